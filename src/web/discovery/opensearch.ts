// /opensearch.xml (OpenSearch 1.1): lets a browser add the catalogue as a search engine, with suggestions from
// /api/v1/opensearch-suggest (the "application/x-suggestions+json" shape: [query, [completions]]).
import { escapeXml } from './xml.ts';

/** OpenSearch 1.1 limits: ShortName 16 characters, LongName 48, Description 1024. */
const SHORT_NAME_MAX = 16;
const LONG_NAME_MAX = 48;
const DESCRIPTION_MAX = 1024;

export interface OpenSearchOptions {
  readonly origin: string;
  readonly name: string;
  /** Used when the name is longer than ShortName allows. */
  readonly shortName: string;
  readonly description: string;
  readonly searchPath: string;
  readonly suggestPath: string;
  readonly logoPath: string;
  readonly language: string;
}

export function openSearchXml(o: OpenSearchOptions): string {
  const shortName = o.name.length <= SHORT_NAME_MAX ? o.name : o.shortName.slice(0, SHORT_NAME_MAX);
  const url = (path: string) => escapeXml(o.origin + path);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">',
    `  <ShortName>${escapeXml(shortName)}</ShortName>`,
    `  <LongName>${escapeXml(o.name.slice(0, LONG_NAME_MAX))}</LongName>`,
    `  <Description>${escapeXml(o.description.slice(0, DESCRIPTION_MAX))}</Description>`,
    '  <InputEncoding>UTF-8</InputEncoding>',
    `  <Language>${escapeXml(o.language)}</Language>`,
    `  <Image type="image/svg+xml" width="64" height="64">${url(o.logoPath)}</Image>`,
    `  <Url type="text/html" method="get" template="${url(o.searchPath)}?q={searchTerms}"/>`,
    `  <Url type="application/x-suggestions+json" method="get" template="${url(o.suggestPath)}?q={searchTerms}"/>`,
    `  <Url type="application/opensearchdescription+xml" rel="self" template="${url('/opensearch.xml')}"/>`,
    '</OpenSearchDescription>',
    '',
  ].join('\n');
}

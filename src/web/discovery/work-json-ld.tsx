// schema.org JSON-LD for a work page: the work as a Book (or CreativeWork for films, music …) with its authors, first
// year, languages, ISBNs, and one workExample per edition, so search engines can tell editions apart.
// A data block, which CSP does not execute (no script runs inline on this site); `<` is escaped so a title holding
// "</script>" cannot end it.
import type { BibRecord, Format } from '../../core/types.ts';
import type { WorkView } from '../../services/catalogue-reader.ts';
import { groupEditions } from '../pages/work-edition-grouping.ts';

const BOOK_FORMATS: ReadonlySet<Format> = new Set(['book', 'large-print', 'easy-read', 'ebook', 'audiobook', 'eaudiobook', 'talking-book']);
/** schema.org BookFormatType, where our format says it; printed books do not say hardcover or paperback. */
const BOOK_FORMAT_TYPES: Partial<Record<Format, string>> = {
  ebook: 'https://schema.org/EBook', audiobook: 'https://schema.org/AudiobookFormat',
  eaudiobook: 'https://schema.org/AudiobookFormat', 'talking-book': 'https://schema.org/AudiobookFormat',
};
/** MARC codes that name no language: undetermined, multiple, no linguistic content. */
const NOT_A_LANGUAGE = new Set(['und', 'mul', 'zxx', 'mis']);

type JsonObject = Record<string, unknown>;

export function workJsonLd(view: WorkView): JsonObject {
  const { work } = view;
  const isBook = work.formats.some((f) => BOOK_FORMATS.has(f));
  const editions = groupEditions(view.records);
  return compact({
    '@context': 'https://schema.org',
    '@type': isBook ? 'Book' : 'CreativeWork',
    name: work.title,
    alternativeHeadline: work.subtitle,
    author: work.authors.map(agent),
    datePublished: work.yearMin === null ? null : String(work.yearMin),
    inLanguage: languageTags(work.languages),
    keywords: work.subjects.length > 0 ? work.subjects.join(', ') : null,
    isbn: isBook ? [...new Set(editions.flatMap((e) => e.isbns))] : null,
    workExample: editions.map((e) => edition(e.record, e.isbns)),
  });
}

function edition(record: BibRecord, isbns: readonly string[]): JsonObject {
  const isBook = record.formats.some((f) => BOOK_FORMATS.has(f));
  return compact({
    '@type': isBook ? 'Book' : 'CreativeWork',
    name: record.title,
    datePublished: record.year === null ? null : String(record.year),
    bookEdition: isBook ? record.edition : null,
    bookFormat: isBook ? record.formats.map((f) => BOOK_FORMAT_TYPES[f]).find(Boolean) ?? null : null,
    isbn: isBook ? [...isbns] : null,
    publisher: record.publisher ? { '@type': 'Organization', name: record.publisher } : null,
    inLanguage: languageTags(record.languages.slice(0, 1)),
  });
}

/** Catalogue names are "Family, Given" for persons; a name without a comma is most often a corporate body. */
function agent(name: string): JsonObject {
  return { '@type': name.includes(', ') ? 'Person' : 'Organization', name };
}

/** MARC language codes as BCP 47 tags ("swe" → "sv", "ger" → "de"), the form schema.org asks for. */
function languageTags(codes: readonly string[]): string[] {
  return [...new Set(codes.filter((c) => /^[a-z]{3}$/.test(c) && !NOT_A_LANGUAGE.has(c)).flatMap((c) => {
    try {
      return Intl.getCanonicalLocales(c);
    } catch {
      return [];
    }
  }))];
}

/** Leaves out empty values: schema.org readers treat a present-but-empty property as a claim. */
function compact(object: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0)));
}

/** JSON that is safe inside <script>: no "<" (so no "</script>" or "<!--"), no line separators JS would trip on. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export function WorkJsonLd({ view }: { readonly view: WorkView }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(workJsonLd(view)) }} />;
}

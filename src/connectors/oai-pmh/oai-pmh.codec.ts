// OAI-PMH 2.0 wire format: request dates in the repository's granularity, and replies read as a stream into typed
// values — each record's metadata kept as the XML string of its root element (MARCXML), never as a DOM.
import { errors } from '../../core/errors.ts';
import { readXml } from '../xml-http/xml-stream.ts';

export type OaiVerb = 'Identify' | 'ListMetadataFormats' | 'ListSets' | 'ListIdentifiers' | 'ListRecords' | 'GetRecord';
export type OaiGranularity = 'YYYY-MM-DD' | 'YYYY-MM-DDThh:mm:ssZ';
export type OaiDeletedRecordPolicy = 'no' | 'transient' | 'persistent';

export interface OaiHeader {
  readonly identifier: string;
  readonly datestamp: string;
  readonly setSpecs: readonly string[];
  /** `status="deleted"`: the item was withdrawn; the record has no metadata. */
  readonly deleted: boolean;
}

export interface OaiRecord {
  readonly header: OaiHeader;
  /** The metadata's root element as XML (e.g. `<record xmlns="http://www.loc.gov/MARC21/slim">…`); null when deleted. */
  readonly metadata: string | null;
}

export interface OaiResumptionToken {
  /** Opaque: sent back exactly as received. Empty on the page that completes a list. */
  readonly value: string;
  readonly completeListSize: number | null;
  readonly cursor: number | null;
  readonly expirationDate: string | null;
}

export interface OaiIdentify {
  readonly repositoryName: string;
  readonly baseUrl: string;
  readonly protocolVersion: string;
  readonly adminEmails: readonly string[];
  readonly earliestDatestamp: string;
  readonly deletedRecord: OaiDeletedRecordPolicy;
  readonly granularity: OaiGranularity;
}

export interface OaiMetadataFormat {
  readonly metadataPrefix: string;
  readonly schema: string;
  readonly metadataNamespace: string;
}

export interface OaiSet {
  readonly setSpec: string;
  readonly setName: string;
}

export interface OaiError {
  readonly code: string;
  readonly message: string;
}

export interface OaiReply {
  readonly responseDate: string | null;
  /** The verb element the reply holds, null when it holds only errors. */
  readonly verb: OaiVerb | null;
  readonly errors: readonly OaiError[];
  readonly identify: OaiIdentify | null;
  readonly metadataFormats: readonly OaiMetadataFormat[];
  readonly sets: readonly OaiSet[];
  readonly records: readonly OaiRecord[];
  readonly resumptionToken: OaiResumptionToken | null;
}

const VERBS: ReadonlySet<string> = new Set<OaiVerb>(['Identify', 'ListMetadataFormats', 'ListSets', 'ListIdentifiers', 'ListRecords', 'GetRecord']);

/** A date as the repository's granularity requires (both are UTC); from/until are inclusive, so truncating to the day is safe. */
export function formatOaiDate(date: Date, granularity: OaiGranularity): string {
  if (Number.isNaN(date.getTime())) throw errors.badRequest('Invalid date for an OAI-PMH harvest');
  const iso = date.toISOString();
  return granularity === 'YYYY-MM-DD' ? iso.slice(0, 10) : `${iso.slice(0, 19)}Z`;
}

/** Reads one OAI-PMH reply. Fails on malformed XML or a root that is not `OAI-PMH`; protocol errors are returned. */
export async function readOaiReply(source: string, text: AsyncIterable<string>): Promise<OaiReply> {
  let responseDate: string | null = null;
  let verb: OaiVerb | null = null;
  const oaiErrors: OaiError[] = [];
  const identify: Record<string, string> = {};
  const adminEmails: string[] = [];
  const metadataFormats: OaiMetadataFormat[] = [];
  const sets: OaiSet[] = [];
  const records: OaiRecord[] = [];
  let resumptionToken: OaiResumptionToken | null = null;
  let fields: Record<string, string> = {};
  let header = { identifier: '', datestamp: '', setSpecs: [] as string[], deleted: false };
  let metadata: string | null = null;

  await readXml(source, text, {
    open(element, path) {
      if (path.length === 1 && element.local !== 'OAI-PMH') {
        throw errors.sourceFailed(source, `the reply is not OAI-PMH (its root element is <${element.local}>)`);
      }
      if (path.length === 2 && VERBS.has(element.local)) verb = element.local as OaiVerb;
      const at = path.slice(2).join('/');
      if (at === 'record') {
        header = { identifier: '', datestamp: '', setSpecs: [], deleted: false };
        metadata = null;
      } else if (at === 'record/header') {
        header.deleted = element.attributes.status === 'deleted';
      } else if (at === 'metadataFormat' || at === 'set') {
        fields = {};
      }
      return path.length === 5 && at.startsWith('record/metadata/');
    },
    captured(_element, xml) {
      metadata = xml;
    },
    close(element, raw, path) {
      const value = raw.trim();
      if (path.length === 2 && element.local === 'responseDate') responseDate = value;
      if (path.length === 2 && element.local === 'error') oaiErrors.push({ code: element.attributes.code ?? '', message: value });
      const at = path.slice(2).join('/');
      switch (at) {
        case 'record/header/identifier': header.identifier = value; break;
        case 'record/header/datestamp': header.datestamp = value; break;
        case 'record/header/setSpec': header.setSpecs.push(value); break;
        case 'record': records.push({ header, metadata: header.deleted ? null : metadata }); break;
        case 'adminEmail': adminEmails.push(value); break;
        case 'metadataFormat/metadataPrefix': case 'metadataFormat/schema': case 'metadataFormat/metadataNamespace':
        case 'set/setSpec': case 'set/setName':
          fields[element.local] = value;
          break;
        case 'metadataFormat':
          metadataFormats.push({ metadataPrefix: fields.metadataPrefix ?? '', schema: fields.schema ?? '', metadataNamespace: fields.metadataNamespace ?? '' });
          break;
        case 'set': sets.push({ setSpec: fields.setSpec ?? '', setName: fields.setName ?? '' }); break;
        case 'resumptionToken': resumptionToken = readToken(value, element.attributes); break;
        default:
          if (path.length === 3 && path[1] === 'Identify') identify[element.local] = value;
      }
    },
  });
  return {
    responseDate,
    verb,
    errors: oaiErrors,
    identify: verb === 'Identify' ? toIdentify(identify, adminEmails) : null,
    metadataFormats,
    sets,
    records,
    resumptionToken,
  };
}

function readToken(value: string, attributes: Readonly<Record<string, string>>): OaiResumptionToken {
  return {
    value,
    completeListSize: count(attributes.completeListSize),
    cursor: count(attributes.cursor),
    expirationDate: attributes.expirationDate ?? null,
  };
}

function count(value: string | undefined): number | null {
  return value !== undefined && /^\d+$/.test(value.trim()) ? Number(value) : null;
}

function toIdentify(fields: Record<string, string>, adminEmails: string[]): OaiIdentify {
  const deleted = fields.deletedRecord;
  return {
    repositoryName: fields.repositoryName ?? '',
    baseUrl: fields.baseURL ?? '',
    protocolVersion: fields.protocolVersion ?? '',
    adminEmails,
    earliestDatestamp: fields.earliestDatestamp ?? '',
    // A repository that says nothing usable about deletions is taken to keep no record of them.
    deletedRecord: deleted === 'transient' || deleted === 'persistent' ? deleted : 'no',
    // Every repository must accept day granularity (spec §3.3.1), so anything unknown falls back to it.
    granularity: fields.granularity === 'YYYY-MM-DDThh:mm:ssZ' ? 'YYYY-MM-DDThh:mm:ssZ' : 'YYYY-MM-DD',
  };
}

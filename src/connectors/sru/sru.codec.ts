// SRU 1.1/1.2/2.0 wire format: searchRetrieve and explain replies read as a stream into typed values; each record's
// data kept as the XML string of its root element (MARCXML, namespace declared), surrogate diagnostics apart.
import { errors } from '../../core/errors.ts';
import { readXml } from '../xml-http/xml-stream.ts';

export type SruVersion = '1.1' | '1.2' | '2.0';

export const SRU_1_NAMESPACE = 'http://www.loc.gov/zing/srw/';
export const SRU_2_NAMESPACE = 'http://docs.oasis-open.org/ns/search-ws/sruResponse';

export interface SruDiagnostic {
  /** e.g. `info:srw/diagnostic/1/16` (unsupported index). */
  readonly uri: string;
  readonly message: string | null;
  readonly details: string | null;
}

/** One position of the result: a record, or a surrogate diagnostic standing in for a record the server could not give. */
export type SruRecordResult =
  | { readonly kind: 'record'; readonly position: number | null; readonly schema: string | null; readonly recordData: string }
  | { readonly kind: 'rejected'; readonly position: number | null; readonly diagnostic: SruDiagnostic };

export interface SruSearchReply {
  /** From the reply's namespace (2.0) or its <version> element (1.x). */
  readonly version: SruVersion | null;
  readonly numberOfRecords: number | null;
  readonly records: readonly SruRecordResult[];
  readonly nextRecordPosition: number | null;
  /** Response-level diagnostics; the client decides whether they are fatal. */
  readonly diagnostics: readonly SruDiagnostic[];
}

export interface SruExplainReply {
  readonly version: SruVersion | null;
  readonly database: string | null;
  readonly title: string | null;
  /** Indexes as `set.name` (e.g. `dc.title`). */
  readonly indexes: readonly string[];
  readonly schemas: readonly { readonly name: string; readonly identifier: string }[];
  readonly diagnostics: readonly SruDiagnostic[];
}

type Path = readonly string[];

/** Reads a searchRetrieveResponse; fails on malformed XML or another root element. */
export async function readSruSearchReply(source: string, text: AsyncIterable<string>): Promise<SruSearchReply> {
  const reply = { version: null as SruVersion | null, numberOfRecords: null as number | null, nextRecordPosition: null as number | null };
  const records: SruRecordResult[] = [];
  const diagnostics = new DiagnosticReader();
  let record: { position: number | null; schema: string | null; data: string | null; text: string } | null = null;

  await readXml(source, text, {
    open(element, path) {
      if (path.length === 1) reply.version = rootVersion(source, element.local, element.uri, 'searchRetrieveResponse');
      const at = path.slice(1).join('/');
      if (at === 'records/record') record = { position: null, schema: null, data: null, text: '' };
      diagnostics.open(at);
      // The record's root element is captured whole, unless it is a surrogate diagnostic, read field by field.
      return path.length === 5 && at.startsWith('records/record/recordData/') && element.local !== 'diagnostic';
    },
    captured(_element, xml) {
      if (record) record.data = xml;
    },
    close(element, raw, path) {
      const value = raw.trim();
      const at = path.slice(1).join('/');
      diagnostics.close(at, element.local, value);
      if (at === 'version' && reply.version !== '2.0') reply.version = asVersion(value);
      else if (at === 'numberOfRecords') reply.numberOfRecords = count(value);
      else if (at === 'nextRecordPosition') reply.nextRecordPosition = count(value);
      else if (record && at === 'records/record/recordSchema') record.schema = value;
      else if (record && at === 'records/record/recordPosition') record.position = count(value);
      else if (record && at === 'records/record/recordData') record.text = value; // recordPacking=string: the XML escaped as text
      else if (record && at === 'records/record') {
        const surrogate = diagnostics.takeSurrogate();
        if (surrogate) records.push({ kind: 'rejected', position: record.position, diagnostic: surrogate });
        else records.push({ kind: 'record', position: record.position, schema: record.schema, recordData: record.data ?? record.text });
        record = null;
      }
    },
  });
  return { ...reply, records, diagnostics: diagnostics.responseLevel };
}

/** Reads an explainResponse: the database, its indexes and record schemas. */
export async function readSruExplainReply(source: string, text: AsyncIterable<string>): Promise<SruExplainReply> {
  const reply = { version: null as SruVersion | null, database: null as string | null, title: null as string | null };
  const indexes: string[] = [];
  const schemas: { name: string; identifier: string }[] = [];
  const diagnostics = new DiagnosticReader();

  await readXml(source, text, {
    open(element, path) {
      if (path.length === 1) reply.version = rootVersion(source, element.local, element.uri, 'explainResponse');
      const at = path.slice(1).join('/');
      diagnostics.open(at);
      if (at.endsWith('/explain/indexInfo/index/map/name')) {
        const set = element.attributes.set;
        indexes.push(set ? `${set}.` : '');
      } else if (at.endsWith('/explain/schemaInfo/schema')) {
        schemas.push({ name: element.attributes.name ?? '', identifier: element.attributes.identifier ?? '' });
      }
    },
    close(element, raw, path) {
      const value = raw.trim();
      const at = path.slice(1).join('/');
      diagnostics.close(at, element.local, value);
      if (at === 'version' && reply.version !== '2.0') reply.version = asVersion(value);
      else if (at.endsWith('/explain/serverInfo/database')) reply.database = value;
      else if (at.endsWith('/explain/databaseInfo/title') && reply.title === null) reply.title = value;
      else if (at.endsWith('/explain/indexInfo/index/map/name')) indexes[indexes.length - 1] += value;
    },
  });
  return { ...reply, indexes, schemas, diagnostics: diagnostics.responseLevel };
}

/** Collects diagnostics both where SRU puts them: the response's <diagnostics> and a record's <recordData>. */
class DiagnosticReader {
  readonly responseLevel: SruDiagnostic[] = [];
  private surrogate: SruDiagnostic | null = null;
  private fields: Record<string, string> = {};

  open(at: string): void {
    if (at === 'diagnostics/diagnostic' || at === 'records/record/recordData/diagnostic') this.fields = {};
  }

  close(at: string, local: string, value: string): void {
    if (at.startsWith('diagnostics/diagnostic/') || at.startsWith('records/record/recordData/diagnostic/')) this.fields[local] = value;
    else if (at === 'diagnostics/diagnostic') this.responseLevel.push(this.diagnostic());
    else if (at === 'records/record/recordData/diagnostic') this.surrogate = this.diagnostic();
  }

  takeSurrogate(): SruDiagnostic | null {
    const surrogate = this.surrogate;
    this.surrogate = null;
    return surrogate;
  }

  private diagnostic(): SruDiagnostic {
    return { uri: this.fields.uri ?? '', message: this.fields.message || null, details: this.fields.details || null };
  }
}

function rootVersion(source: string, local: string, uri: string, expected: string): SruVersion | null {
  if (local !== expected) throw errors.sourceFailed(source, `the reply is not an SRU ${expected} (its root element is <${local}>)`);
  return uri === SRU_2_NAMESPACE ? '2.0' : null;
}

function asVersion(value: string): SruVersion | null {
  return value === '1.1' || value === '1.2' || value === '2.0' ? value : null;
}

function count(value: string): number | null {
  return /^\d+$/.test(value) ? Number(value) : null;
}

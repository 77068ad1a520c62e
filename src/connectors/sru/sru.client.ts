// SRU client (versions 1.1, 1.2, 2.0): searchRetrieve, explain, and harvestAll paging through a whole result set;
// fatal diagnostics become typed errors naming the source, surrogate diagnostics stay per-record rejections.
import { errors } from '../../core/errors.ts';
import { httpGet, withQuery, type HttpSettings } from '../xml-http/http-get.ts';
import {
  readSruExplainReply, readSruSearchReply,
  type SruDiagnostic, type SruExplainReply, type SruRecordResult, type SruVersion,
} from './sru.codec.ts';

export interface SruClientOptions extends HttpSettings {
  /** The source (member library) id named in every error. */
  readonly source: string;
  /** e.g. `http://127.0.0.1:9999/Default` */
  readonly baseUrl: string;
  /** Default 1.2. */
  readonly version?: SruVersion;
  /** `marcxml` or `info:srw/schema/1/marcxml-v1.1`, as the server names it. Default `marcxml`. */
  readonly recordSchema?: string;
}

export interface SruSearch {
  /** CQL; build it from user input with cql.ts. */
  readonly query: string;
  /** 1-based. Default 1. */
  readonly startRecord?: number;
  /** Default 10. */
  readonly maximumRecords?: number;
  readonly signal?: AbortSignal;
}

export interface SruSearchResult {
  readonly numberOfRecords: number;
  /** Records and surrogate diagnostics, in result order. */
  readonly records: readonly SruRecordResult[];
  readonly nextRecordPosition: number | null;
  /** Non-fatal diagnostics that came with records. */
  readonly diagnostics: readonly SruDiagnostic[];
}

export class SruClient {
  private readonly version: SruVersion;
  private readonly recordSchema: string;

  constructor(private readonly options: SruClientOptions) {
    this.version = options.version ?? '1.2';
    this.recordSchema = options.recordSchema ?? 'marcxml';
  }

  async searchRetrieve(search: SruSearch): Promise<SruSearchResult> {
    const { query, startRecord = 1, maximumRecords = 10, signal } = search;
    if (!Number.isInteger(startRecord) || startRecord < 1) throw errors.badRequest('SRU startRecord must be a whole number from 1', { startRecord });
    if (!Number.isInteger(maximumRecords) || maximumRecords < 0) throw errors.badRequest('SRU maximumRecords must be a whole number from 0', { maximumRecords });
    const is2 = this.version === '2.0';
    const url = withQuery(this.options.baseUrl, {
      version: this.version,
      // SRU 2.0 dropped `operation`; a request with a query is a searchRetrieve.
      operation: is2 ? undefined : 'searchRetrieve',
      query,
      startRecord,
      maximumRecords,
      recordSchema: this.recordSchema,
      // "xml" = records as XML, not escaped into a string; 2.0 renamed the parameter (recordPacking means something else there).
      [is2 ? 'recordXMLEscaping' : 'recordPacking']: 'xml',
    });
    const { source } = this.options;
    const reply = await httpGet(source, url, this.options, (text) => readSruSearchReply(source, text), signal);
    // A diagnostic with no records means the search could not run (bad index, bad query, position out of range).
    if (reply.diagnostics.length > 0 && reply.records.length === 0) throw this.diagnosticError(reply.diagnostics[0], query);
    if (reply.numberOfRecords === null) throw errors.sourceFailed(source, 'the SRU reply has no numberOfRecords', undefined, { query });
    return { numberOfRecords: reply.numberOfRecords, records: reply.records, nextRecordPosition: reply.nextRecordPosition, diagnostics: reply.diagnostics };
  }

  async explain(signal?: AbortSignal): Promise<SruExplainReply> {
    const { source, baseUrl } = this.options;
    const url = withQuery(baseUrl, { version: this.version, operation: this.version === '2.0' ? undefined : 'explain' });
    const reply = await httpGet(source, url, this.options, (text) => readSruExplainReply(source, text), signal);
    if (reply.diagnostics.length > 0) throw this.diagnosticError(reply.diagnostics[0], null);
    return reply;
  }

  /**
   * Every record of `query` exactly once, paging by `batchSize`. Servers need not send nextRecordPosition
   * (Zebra never does), so paging counts delivered positions; one that does not advance is a failing source.
   */
  async *harvestAll(query: string, batchSize = 100, signal?: AbortSignal): AsyncGenerator<SruRecordResult> {
    if (!Number.isInteger(batchSize) || batchSize < 1) throw errors.badRequest('SRU batch size must be a whole number from 1', { batchSize });
    const { source } = this.options;
    for (let start = 1; ;) {
      const page = await this.searchRetrieve({ query, startRecord: start, maximumRecords: batchSize, signal });
      if (start > page.numberOfRecords) return;
      if (page.records.length === 0) {
        throw errors.sourceFailed(source, `SRU returned no records at position ${start} of ${page.numberOfRecords}`, undefined, { query, startRecord: start });
      }
      yield* page.records;
      const next = page.nextRecordPosition ?? start + page.records.length;
      if (next <= start) {
        throw errors.sourceFailed(source, `SRU nextRecordPosition ${next} does not advance past ${start}: the result would loop`, undefined, { query, startRecord: start, nextRecordPosition: next });
      }
      // Asking past the end would draw diagnostic 61 (first record position out of range).
      if (next > page.numberOfRecords) return;
      start = next;
    }
  }

  private diagnosticError(diagnostic: SruDiagnostic, query: string | null): Error {
    const text = `SRU diagnostic ${diagnostic.uri}${diagnostic.message ? ` ${diagnostic.message}` : ''}${diagnostic.details ? ` (${diagnostic.details})` : ''}`;
    return errors.sourceFailed(this.options.source, text, undefined, { diagnostic, query });
  }
}

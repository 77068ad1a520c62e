// A Z39.50 client for one target: init, search by PQF, present records in a syntax, close.
import { errors, isSamverkaError } from '../../core/errors.ts';
import { diagnosticError } from './bib1-diagnostics.ts';
import {
  decodePdu, encodeClose, encodeInitRequest, encodePresentRequest, encodeSearchRequest,
  type InitResponse, type Pdu,
} from './z3950.codec.ts';
import { Z3950Connection } from './z3950.connection.ts';
import { parsePqf } from './pqf.ts';
import { RECORD_SYNTAX, type RecordSyntaxName, type Records, type Z3950Record } from './z3950.records.ts';

export interface Z3950ConnectOptions {
  readonly host: string;
  readonly port: number;
  /** Database name(s) searched, e.g. "Default" or a library system's catalogue database. */
  readonly database: string | readonly string[];
  /** Limit for connecting and for each response; default 10 s. */
  readonly timeoutMs?: number;
  /** Names the source in errors; default `host:port/database`. */
  readonly source?: string;
  /** Propose UTF-8 in the Init (character set negotiation); default: no negotiation. */
  readonly charset?: 'utf-8' | null;
  /** Largest APDU accepted; default 16 MiB. */
  readonly maxPduBytes?: number;
  readonly preferredMessageSize?: number;
  readonly exceptionalRecordSize?: number;
}

export interface PresentOptions {
  readonly syntax: RecordSyntaxName;
  /** Element set name: "F" full (default), "B" brief, one the target defines, or null to send none. */
  readonly elementSet?: string | null;
}

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_PDU_BYTES = 16 << 20;
const RESULT_SET = 'default';
/** Z39.50 closeReason `finished`. */
const CLOSE_FINISHED = 0;

/** Connects to a Z39.50 target. Call `init()` first, or let the first search do it. */
export async function connect(options: Z3950ConnectOptions): Promise<Z3950Client> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const databases = typeof options.database === 'string' ? [options.database] : [...options.database];
  const source = options.source ?? `${options.host}:${options.port}/${databases.join('+')}`;
  const connection = await Z3950Connection.open({
    host: options.host, port: options.port, source, timeoutMs, maxPduBytes: options.maxPduBytes ?? DEFAULT_MAX_PDU_BYTES,
  });
  return new Z3950Client(connection, source, databases, options);
}

export class Z3950Client {
  private initResponse: Promise<InitResponse> | null = null;
  /** Operations run one at a time: Z39.50 without concurrent operations is strictly request–response. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly connection: Z3950Connection,
    readonly source: string,
    private readonly databases: readonly string[],
    private readonly options: Z3950ConnectOptions,
  ) {}

  /** Initializes the association (once); a rejecting target throws `source-failed` with its diagnostic. */
  init(): Promise<InitResponse> {
    this.initResponse ??= this.serial(async () => {
      const response = await this.exchange(encodeInitRequest({
        options: ['search', 'present'],
        preferredMessageSize: this.options.preferredMessageSize ?? 1 << 20,
        exceptionalRecordSize: this.options.exceptionalRecordSize ?? 8 << 20,
        implementationId: 'samverka',
        implementationName: 'Samverka',
        implementationVersion: '0.1',
        proposeUtf8: this.options.charset === 'utf-8',
      }), 'Init', 'init-response');
      if (!response.accepted) {
        if (response.diagnostic !== null) throw diagnosticError(this.source, response.diagnostic);
        throw errors.sourceFailed(this.source, 'the target rejected the Init request');
      }
      return response;
    });
    return this.initResponse;
  }

  /** Searches with a PQF query into the result set "default"; returns the hit count. */
  async search(pqf: string): Promise<{ count: number }> {
    const query = parsePqf(pqf);
    await this.init();
    return this.serial(async () => {
      const response = await this.exchange(encodeSearchRequest({
        resultSetName: RESULT_SET, databaseNames: this.databases, query, preferredRecordSyntax: null,
      }), 'Search', 'search-response');
      this.throwDiagnostics(response.records);
      if (!response.searchStatus) throw errors.sourceFailed(this.source, 'the search failed without a diagnostic');
      return { count: response.resultCount };
    });
  }

  /**
   * Presents `count` records from position `start` (1-based) of the last search's result set. A target may
   * answer with fewer records than asked for (message size): the rest are asked for until all are there.
   * A record the target cannot give comes back as a `diagnostic` record; the others still arrive.
   */
  async present(start: number, count: number, options: PresentOptions): Promise<Z3950Record[]> {
    if (!Number.isSafeInteger(start) || start < 1 || !Number.isSafeInteger(count) || count < 0) {
      throw errors.badRequest(`present(${start}, ${count}): start must be ≥ 1 and count ≥ 0`);
    }
    await this.init();
    return this.serial(async () => {
      const records: Z3950Record[] = [];
      while (records.length < count) {
        const response = await this.exchange(encodePresentRequest({
          resultSetName: RESULT_SET,
          start: start + records.length,
          count: count - records.length,
          elementSetName: options.elementSet === undefined ? 'F' : options.elementSet,
          preferredRecordSyntax: RECORD_SYNTAX[options.syntax],
        }), 'Present', 'present-response');
        this.throwDiagnostics(response.records);
        const batch = response.records?.kind === 'records' ? response.records.records : [];
        if (batch.length === 0) {
          throw errors.sourceFailed(this.source, `present returned no records at position ${start + records.length} (status ${response.presentStatus})`);
        }
        records.push(...batch.slice(0, count - records.length));
      }
      return records;
    });
  }

  /** Ends the association politely (Close, then the target's Close) and drops the connection. Never throws. */
  async close(): Promise<void> {
    await this.queue.catch(() => undefined);
    if (!this.connection.closed) {
      try {
        await this.connection.request(encodeClose(CLOSE_FINISHED), 'Close');
      } catch {
        // The target may drop the connection instead of answering Close: either way we are done.
      }
    }
    this.connection.destroy();
  }

  /** Drops the connection at once, failing any operation in flight: for an abort, where a polite Close would wait. */
  destroy(): void {
    this.connection.destroy();
  }

  private serial<T>(operation: () => Promise<T>): Promise<T> {
    const run = this.queue.then(operation, operation);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async exchange<K extends Pdu['kind']>(request: Uint8Array, what: string, expected: K): Promise<Extract<Pdu, { kind: K }>> {
    let pdu: Pdu;
    try {
      pdu = decodePdu(await this.connection.request(request, what));
    } catch (e) {
      if (isSamverkaError(e) && e.details.source !== undefined) throw e;
      if (isSamverkaError(e, 'timeout')) throw e;
      this.connection.destroy();
      throw errors.sourceFailed(this.source, `${what}: ${e instanceof Error ? e.message : String(e)}`, e);
    }
    if (pdu.kind === 'close') {
      this.connection.destroy();
      const info = pdu.diagnosticInformation === null ? '' : `: ${pdu.diagnosticInformation}`;
      throw errors.sourceFailed(this.source, `the target closed the association (reason ${pdu.closeReason})${info}`);
    }
    if (pdu.kind !== expected) {
      this.connection.destroy();
      throw errors.sourceFailed(this.source, `${what}: expected ${expected}, got ${pdu.kind === 'unsupported' ? `APDU [${pdu.tag}]` : pdu.kind}`);
    }
    return pdu as Extract<Pdu, { kind: K }>;
  }

  private throwDiagnostics(records: Records | null): void {
    if (records?.kind === 'diagnostics' && records.diagnostics.length > 0) {
      throw diagnosticError(this.source, records.diagnostics[0]);
    }
  }
}

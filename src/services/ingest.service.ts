// The import use case: reads MARC records of one member library and loads them in batches into the store,
// the works and the search index. `samverka import` and the harvesters call it; the summary is the CLI's JSON.
import { isSamverkaError, errors, SamverkaError } from '../core/errors.ts';
import type { Library, LibraryId } from '../core/types.ts';
import type { HoldingsMapping } from '../catalogue/holdings-mapping.ts';
import type { MarcEncoding, MarcFormat, MarcReadResult } from '../marc/marc-reader.ts';
import type { SearchIndex } from '../search/search-index.ts';
import type { Store } from '../store/store.ts';
import { importBatch, type BatchContext, type BatchEntry, type BatchOutcome } from './import-batch.ts';
import { preparedFromFile } from './import-pipeline.ts';
import type { TallyCache } from './work-assembly.ts';
import { normalizationFingerprint, preparedHere, type ImportItem, type Rejection } from './record-content.ts';

export type { Rejection } from './import-batch.ts';

export interface ImportOptions {
  /** Fields tried for the record id when 001 is missing, as tag + subfield ("035a", "999c"). */
  readonly idFallbacks?: readonly string[];
  /** Where the source keeps item data; null or absent when its records carry none. */
  readonly holdings?: HoldingsMapping | null;
  /** The library's branch ids; unmapped branch codes go to the first. */
  readonly branches: readonly string[];
  /** Called after each record read with the number read so far. */
  readonly onProgress?: (read: number) => void;
}

export interface ImportFileOptions extends ImportOptions {
  readonly format?: MarcFormat;
  readonly encoding?: MarcEncoding;
}

/** The result of an import, exactly the JSON of `samverka import --json` (DESIGN.md §5); read = added + updated + deleted + unchanged + rejected. */
export interface ImportSummary {
  read: number;
  added: number;
  updated: number;
  deleted: number;
  unchanged: number;
  rejected: number;
  rejections: Rejection[];
  seconds: number;
}

export interface IngestDependencies {
  readonly store: Store;
  readonly index: SearchIndex;
  readonly libraries: readonly Library[];
  readonly clock?: () => Date;
  /** Records per transaction: big enough to amortize the batch queries, small enough to keep memory flat. */
  readonly batchSize?: number;
  /** MARC language code whose titles a work prefers to show. */
  readonly preferredLanguage?: string;
  /** Files from this size up are read in a worker thread (default about 2,000 records); tests lower it. */
  readonly pipelineMinBytes?: number;
  /** Records of a file committed together (default 5,000); the batches of other sources are committed one by one. */
  readonly fileTransactionRecords?: number;
}

const DEFAULT_BATCH_SIZE = 1_000;
/**
 * The first batch is this small, and each next one twice the last, up to the batch size: the import's thread starts
 * writing while the worker that reads the file is still warming up, instead of waiting for a whole batch (0.25 s).
 */
const FIRST_BATCH_SIZE = 100;
/**
 * A file's batches share a transaction until it holds this many records. Each batch rewrites the rows of the works it
 * touches, which lie on most pages of the works, tallies and search tables, and every commit wrote those pages to the
 * WAL again. Five batches to a commit made an import of 9,000 records into a catalogue of ten libraries 6 % faster,
 * with no more memory than one batch needs. A source read over the network commits each batch, so that no
 * transaction waits for the network.
 */
const FILE_TRANSACTION_RECORDS = 5_000;
/**
 * ...or has been open this long: a portal beside the import waits for the write lock meanwhile (SQLite's busy
 * timeout is 5 s), and on a slower machine 5,000 records could take longer than that.
 */
const FILE_TRANSACTION_MS = 2_000;

export class IngestService {
  constructor(private readonly deps: IngestDependencies) {}

  /**
   * Imports a MARC file (ISO 2709 or MARCXML); `file-unreadable` when it cannot be opened or read. A big file
   * is read and normalized in a worker thread while this one groups and writes.
   */
  async importFile(library: LibraryId, path: string, options: ImportFileOptions): Promise<ImportSummary> {
    this.requireLibrary(library);
    const ctx = this.batchContext(library, options);
    const { format, encoding } = options;
    const task = { path, format, encoding, fallbacks: options.idFallbacks ?? [], ctx, fingerprint: normalizationFingerprint(ctx) };
    return this.importItems(ctx, preparedFromFile(task, this.deps.pipelineMinBytes), options, this.deps.fileTransactionRecords ?? FILE_TRANSACTION_RECORDS);
  }

  /**
   * Imports records read from a source. Bad records are rejected one by one with their position; records
   * whose content, normalizer and mapping are unchanged are skipped without a write. When the input fails
   * mid-way (malformed XML), the records read before the failure are kept and the error is thrown.
   */
  async importRecords(library: LibraryId, input: AsyncIterable<MarcReadResult>, options: ImportOptions): Promise<ImportSummary> {
    this.requireLibrary(library);
    const ctx = this.batchContext(library, options);
    return this.importItems(ctx, preparedHere(input, ctx, normalizationFingerprint(ctx), options.idFallbacks ?? []), options);
  }

  private batchContext(library: LibraryId, options: ImportOptions): BatchContext {
    return {
      library,
      holdings: options.holdings ?? null,
      branches: options.branches,
      asOf: (this.deps.clock?.() ?? new Date()).toISOString(),
      preferredLanguage: this.deps.preferredLanguage,
    };
  }

  private async importItems(
    ctx: BatchContext, input: AsyncIterable<ImportItem>, options: ImportOptions, transactionRecords = 1,
  ): Promise<ImportSummary> {
    const started = performance.now();
    const summary: ImportSummary = { read: 0, added: 0, updated: 0, deleted: 0, unchanged: 0, rejected: 0, rejections: [], seconds: 0 };
    const reject = (rejection: Rejection) => {
      summary.rejected++;
      summary.rejections.push(rejection);
    };
    const batchSize = this.deps.batchSize ?? DEFAULT_BATCH_SIZE;
    let batchLimit = Math.min(FIRST_BATCH_SIZE, batchSize);
    const items = input[Symbol.asyncIterator]();
    let ended = false;
    /** Why reading the input stopped early; the batches read before it are still written. */
    let failure: { readonly error: unknown } | undefined;

    /** The next batch: up to the batch limit, fewer at the end of the input or where reading it failed. */
    const readBatch = async (): Promise<BatchEntry[]> => {
      // Local id → entry: a later record with the same id replaces an earlier one of the same batch.
      const batch = new Map<string, BatchEntry>();
      while (!ended && batch.size < batchLimit) {
        let next: IteratorResult<ImportItem>;
        try {
          next = await items.next();
        } catch (error) {
          failure = { error };
          ended = true;
          break;
        }
        if (next.done) {
          ended = true;
          break;
        }
        const item = next.value;
        summary.read++;
        options.onProgress?.(summary.read);
        if ('rejection' in item) {
          reject(item.rejection);
          continue;
        }
        const { entry } = item;
        // The same id twice in a file (a delta that changes a record twice, or a careless export): the later
        // version wins, and the earlier one counts as unchanged since it leaves no trace. Versions further apart
        // than a batch are both stored in turn, so a re-import of such a file rewrites that record.
        if (batch.delete(entry.localId)) summary.unchanged++;
        batch.set(entry.localId, entry);
      }
      batchLimit = Math.min(batchLimit * 2, batchSize);
      return [...batch.values()];
    };

    try {
      let pending: BatchEntry[] = await readBatch();
      while (pending.length > 0) {
        // Counted once the transaction is committed: a failed one leaves nothing of its batches stored.
        const outcomes: BatchOutcome[] = [];
        await this.deps.store.transaction(async (tx) => {
          const began = performance.now();
          let written = 0;
          // Shared by the batches of this transaction only, so that the tallies kept stay few.
          const tallies: TallyCache = new Map();
          for (;;) {
            outcomes.push(await importBatch(tx, this.deps.index, ctx, pending, tallies));
            written += pending.length;
            pending = [];
            if (ended || written >= transactionRecords || performance.now() - began >= FILE_TRANSACTION_MS) break;
            pending = await readBatch();
            if (pending.length === 0) break;
          }
        });
        for (const outcome of outcomes) {
          summary.added += outcome.added;
          summary.updated += outcome.updated;
          summary.deleted += outcome.deleted;
          summary.unchanged += outcome.unchanged;
          outcome.rejections.forEach(reject);
        }
        if (!ended) pending = await readBatch();
      }
    } finally {
      // Closes the file (or stops the worker) when a batch failed mid-way; a no-op once the input is done.
      await items.return?.();
    }
    summary.seconds = Math.round(performance.now() - started) / 1000;
    if (failure) throw inputFailed(failure.error, summary);
    return summary;
  }

  private requireLibrary(library: LibraryId): void {
    if (!this.deps.libraries.some((l) => l.id === library)) throw errors.unknownLibrary(library);
  }
}

/** The input's own error, told how far the import got (the summary so far is in `details.summary`): the records before it are stored. */
function inputFailed(error: unknown, summary: ImportSummary): unknown {
  if (!isSamverkaError(error)) return error;
  const { read } = summary;
  const message = read === 0 ? error.message : `${error.message} (after record ${read}; the records read before it are stored)`;
  return new SamverkaError(error.code, message, { cause: error, details: { ...error.details, read, summary } });
}

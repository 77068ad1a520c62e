// One commit of a harvest: the records and deletions received up to a checkpoint, imported in ONE store
// transaction together with the checkpoint's cursor, the full harvest's marks and a renewal of the lease — so a
// crash leaves either all of it or none of it, and the stored cursor never runs ahead of the stored records.
import type { Library, LibraryId } from '../core/types.ts';
import { recordLocalId } from '../catalogue/normalize.ts';
import type { MarcReadResult } from '../marc/marc-reader.ts';
import type { HarvestItem } from '../connectors/connector.ts';
import type { SearchIndex } from '../search/search-index.ts';
import type { Store } from '../store/store.ts';
import { IngestService, type ImportOptions, type ImportSummary } from './ingest.service.ts';

/** A record or a deletion: what a commit carries. */
export type ReceivedItem = Extract<HarvestItem, { kind: 'record' | 'deleted' }>;

export interface CommitContext {
  readonly store: Store;
  readonly index: SearchIndex;
  readonly libraries: readonly Library[];
  readonly library: LibraryId;
  readonly importOptions: ImportOptions;
  readonly clock?: () => Date;
  readonly preferredLanguage?: string;
  /** The generation of the running full harvest, whose marks record what it saw; null for an incremental one. */
  readonly generation: number | null;
  /** Run inside the transaction before anything is written; throws when this process may no longer harvest. */
  readonly guard: (tx: Store) => Promise<void>;
}

/** The leader of a deletion the source sent as an id only: leader/05 `d` is what the import deletes by. */
const DELETION_LEADER = '00000dam a2200000   4500';

/** A deletion as the import reads it: a record with leader/05 `d` and 001 = the local id. */
export function deletionRecord(localId: string, position: number): MarcReadResult {
  return { ok: true, position, record: { leader: DELETION_LEADER, fields: [{ tag: '001', value: localId }] }, warnings: [] };
}

async function* results(items: readonly ReceivedItem[], firstPosition: number): AsyncGenerator<MarcReadResult> {
  let position = firstPosition;
  for (const item of items) {
    position++;
    yield item.kind === 'record' ? item.result : deletionRecord(item.localId, position);
  }
}

/** The local ids a full harvest has seen among `items` (records, readable or not), and how many it could not identify. */
export function seenIds(items: readonly ReceivedItem[], idFallbacks: readonly string[]): { ids: string[]; unidentified: number } {
  const ids: string[] = [];
  let unidentified = 0;
  for (const item of items) {
    if (item.kind !== 'record') continue;
    const id = item.result.ok ? recordLocalId(item.result.record, idFallbacks) : item.result.id?.trim() || null;
    if (id === null) unidentified++;
    else ids.push(id);
  }
  return { ids, unidentified };
}

/**
 * Imports `items` and stores `cursor` in one transaction (the import's own batches join it). `position` is the
 * number of items received before these, so that deletions get positions in the harvest's order.
 */
export async function commitItems(ctx: CommitContext, items: readonly ReceivedItem[], cursor: string | null, position: number): Promise<ImportSummary> {
  const { store, library } = ctx;
  return store.transaction(async (tx) => {
    await ctx.guard(tx);
    const ingest = new IngestService({
      store: tx, index: ctx.index, libraries: ctx.libraries, clock: ctx.clock, preferredLanguage: ctx.preferredLanguage,
    });
    const summary = await ingest.importRecords(library, results(items, position), ctx.importOptions);
    if (ctx.generation !== null) await tx.markHarvested(library, ctx.generation, seenIds(items, ctx.importOptions.idFallbacks ?? []).ids);
    if (cursor !== null) await tx.saveHarvestCursor(library, cursor);
    return summary;
  });
}

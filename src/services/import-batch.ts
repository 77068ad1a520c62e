// One batch of an import in one transaction: sorts records into new, changed, unchanged and deleted,
// takes the normalized form of what changed, places it into works and rewrites those works in the store and the search index.
import { recordId } from '../core/ids.ts';
import type { BibRecord, RecordId } from '../core/types.ts';
import type { GroupingFeatures } from '../catalogue/grouping-features.ts';
import { NORMALIZER_VERSION } from '../catalogue/normalize.ts';
import type { SearchIndex } from '../search/search-index.ts';
import type { RawMarc, RecordState, RecordWork, Store } from '../store/store.ts';
import type { BatchContext, BatchEntry, Rejection } from './record-content.ts';
import { WorkAssembly, type TallyCache } from './work-assembly.ts';

export type { BatchContext, BatchEntry, Rejection } from './record-content.ts';

export interface BatchOutcome {
  added: number;
  updated: number;
  deleted: number;
  unchanged: number;
  readonly rejections: Rejection[];
}

interface Change {
  readonly record: BibRecord;
  readonly features: GroupingFeatures;
  readonly recordJson?: string;
  readonly raw: RawMarc;
  readonly hash: string;
}

interface SortedBatch {
  readonly outcome: BatchOutcome;
  /** Records leaving their works: deleted, or changed and about to be placed again. */
  readonly leaving: RecordWork[];
  readonly deletedIds: RecordId[];
  readonly changes: Change[];
}

/** Sorts a batch by what the store holds: deletions, unchanged records (same hash), and normalized changes. */
function sortBatch(entries: readonly BatchEntry[], states: ReadonlyMap<RecordId, RecordState>, ctx: BatchContext): SortedBatch {
  const sorted: SortedBatch = {
    outcome: { added: 0, updated: 0, deleted: 0, unchanged: 0, rejections: [] }, leaving: [], deletedIds: [], changes: [],
  };
  const { outcome } = sorted;
  for (const entry of entries) {
    const id = recordId(ctx.library, entry.localId);
    const state = states.get(id);
    const { content } = entry;
    if (content === null) {
      if (state === undefined) outcome.unchanged++;
      else {
        sorted.leaving.push({ recordId: id, workId: state.workId });
        sorted.deletedIds.push(id);
        outcome.deleted++;
      }
      continue;
    }
    const { raw, hash } = content;
    if (state?.hash === hash) {
      outcome.unchanged++;
      continue;
    }
    const normalized = content.normalized();
    if (!normalized.ok) {
      // Rejected by reason, never the whole import; a stored older version of the record stays as it was.
      outcome.rejections.push({ position: entry.position, id: entry.localId, reason: normalized.reason });
      continue;
    }
    const { record, features, recordJson } = normalized;
    if (state === undefined) outcome.added++;
    else {
      sorted.leaving.push({ recordId: id, workId: state.workId });
      outcome.updated++;
    }
    sorted.changes.push({ record, features, recordJson, raw, hash });
  }
  return sorted;
}

/**
 * Imports one batch (local ids unique within it) in one transaction. A deletion of a record the store does
 * not have counts as `unchanged`: nothing was there to delete, and `read` stays the sum of the other counts.
 * Batches of one import may share `tallies` (see TallyCache): a cached tally is checked against the store.
 */
export async function importBatch(
  store: Store, index: SearchIndex, ctx: BatchContext, entries: readonly BatchEntry[], tallies?: TallyCache,
): Promise<BatchOutcome> {
  return store.transaction(async (tx) => {
    const states = await tx.recordStates(entries.map((e) => recordId(ctx.library, e.localId)));
    const { outcome, leaving, deletedIds, changes } = sortBatch(entries, states, ctx);
    if (leaving.length === 0 && changes.length === 0) return outcome;

    const overrides = await tx.overridesByRecords(changes.map((c) => c.record.id));
    const assembly = new WorkAssembly(tx, ctx.preferredLanguage, tallies);
    const placements = await assembly.place(
      leaving,
      changes.map((c) => ({ record: c.record, features: c.features, override: overrides.get(c.record.id) ?? null })),
    );
    if (deletedIds.length > 0) await tx.deleteRecords(deletedIds);
    if (changes.length > 0) {
      await tx.upsertRecords(
        changes.map((c, i) => ({
          record: c.record,
          recordJson: c.recordJson,
          workId: placements[i].workId,
          hash: c.hash,
          normalizerVersion: String(NORMALIZER_VERSION),
          updatedAt: ctx.asOf,
          raw: c.raw,
        })),
      );
    }
    await assembly.commit(index);
    return outcome;
  });
}

// The body of one harvest: pulls items from the connector, commits them at checkpoints (the first checkpoint after
// `commitEvery` items, so each transaction is big enough to be cheap and small enough never to hold the database
// long), and after a complete full harvest sweeps the records the source no longer has.
import { errors } from '../core/errors.ts';
import type { Harvester, HarvestRequest } from '../connectors/connector.ts';
import { commitItems, seenIds, type CommitContext, type ReceivedItem } from './harvest-commit.ts';
import { addSummaries, emptySummary } from './import-summary.ts';
import type { ImportSummary } from './ingest.service.ts';

export interface RunOptions {
  /** Items per commit, at least: commits happen at the first checkpoint after this many. */
  readonly commitEvery: number;
  /** Items a connector may send without a checkpoint before the harvest stops (they are all held in memory). */
  readonly maxUncommitted: number;
  /** Called after each commit with the summary so far. */
  readonly onCommit?: (summary: ImportSummary) => void;
}

export interface RunResult {
  readonly summary: ImportSummary;
  /** What stopped the harvest; null when it ran to the end. */
  readonly error: unknown;
  /** Records of a full harvest that could not be identified: a sweep could delete a record the source still has. */
  readonly unidentified: number;
}

/**
 * Runs the harvest to its end or its first error. What was received up to the last checkpoint before an error is
 * still committed; what came after it is dropped, and a resumed harvest receives it again.
 */
export async function runHarvest(ctx: CommitContext, harvester: Harvester, request: HarvestRequest, options: RunOptions): Promise<RunResult> {
  let summary = emptySummary();
  let pending: ReceivedItem[] = [];
  let covered = 0; // pending items that the latest checkpoint covers
  let cursor: string | null = null; // the latest checkpoint's cursor, not yet committed
  let received = 0;
  let unidentified = 0;

  // Takes the covered items out first: a commit that fails is never tried again with other items under its cursor.
  const commit = async () => {
    const position = received - pending.length;
    const items = pending.slice(0, covered);
    const at = cursor;
    pending = pending.slice(covered);
    covered = 0;
    cursor = null;
    if (ctx.generation !== null) unidentified += seenIds(items, ctx.importOptions.idFallbacks ?? []).unidentified;
    summary = addSummaries(summary, await commitItems(ctx, items, at, position));
    options.onCommit?.(summary);
  };

  let error: unknown = null;
  try {
    for await (const item of harvester.harvest(request)) {
      if (item.kind === 'checkpoint') {
        covered = pending.length;
        cursor = item.cursor;
        if (covered >= options.commitEvery) await commit();
        continue;
      }
      received++;
      pending.push(item);
      if (pending.length > options.maxUncommitted) {
        throw errors.sourceFailed(ctx.library, `${pending.length} records came without a checkpoint; stopping before memory runs out`);
      }
    }
  } catch (caught) {
    error = caught;
  }
  // The source failed after a checkpoint that is not committed yet: what came before it is still good.
  if (cursor !== null) {
    try {
      await commit();
    } catch (caught) {
      error ??= caught;
    }
  }
  return { summary, error, unidentified };
}

const SWEEP_BATCH = 1_000;

/** Deletes, through the import, the library's records that the complete full harvest of `ctx.generation` did not see. */
export async function sweepUnseen(ctx: CommitContext & { readonly generation: number }): Promise<ImportSummary> {
  const { store, library, generation } = ctx;
  let summary = emptySummary();
  for (let after: string | null = null; ;) {
    const ids = await store.unmarkedRecords(library, generation, after, SWEEP_BATCH);
    if (ids.length === 0) break;
    const deletions = ids.map((localId): ReceivedItem => ({ kind: 'deleted', localId }));
    summary = addSummaries(summary, await commitItems({ ...ctx, generation: null }, deletions, null, 0));
    after = ids[ids.length - 1];
  }
  await store.endFullHarvest(library);
  return summary;
}

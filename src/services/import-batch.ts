// One batch of an import in one transaction: sorts records into new, changed, unchanged and deleted,
// normalizes what changed, places it into works and rewrites those works in the store and the search index.
import { createHash } from 'node:crypto';
import { isSamverkaError } from '../core/errors.ts';
import { recordId } from '../core/ids.ts';
import type { BibRecord, LibraryId, RecordId } from '../core/types.ts';
import type { HoldingsMapping } from '../catalogue/holdings-mapping.ts';
import { NORMALIZER_VERSION, normalizeRecord } from '../catalogue/normalize.ts';
import { writeIso2709 } from '../marc/iso2709.ts';
import { writeMarcXml } from '../marc/marcxml.ts';
import type { MarcRecord } from '../marc/marc-record.ts';
import { rejectionReason } from '../marc/read-result.ts';
import type { SearchIndex } from '../search/search-index.ts';
import type { RawMarc, RecordState, RecordWork, Store } from '../store/store.ts';
import { WorkAssembly } from './work-assembly.ts';

export interface BatchContext {
  readonly library: LibraryId;
  readonly holdings: HoldingsMapping | null;
  readonly branches: readonly string[];
  /** The import's time: `updatedAt` of what it changes, `asOf` of the holdings it reads. */
  readonly asOf: string;
  readonly preferredLanguage?: string;
}

export interface BatchEntry {
  readonly position: number;
  readonly localId: string;
  readonly marc: MarcRecord;
}

export interface Rejection {
  readonly position: number;
  /** The record's id as the source gave it; empty when it could not be read. */
  readonly id: string;
  readonly reason: string;
}

export interface BatchOutcome {
  added: number;
  updated: number;
  deleted: number;
  unchanged: number;
  readonly rejections: Rejection[];
}

/**
 * What a record's hash covers besides its MARC: everything that shapes its normalization. Change any of it
 * (a new normalizer, another item mapping, other branches) and every record is normalized again.
 */
export function normalizationFingerprint(ctx: Pick<BatchContext, 'holdings' | 'branches'>): string {
  return JSON.stringify({ normalizer: NORMALIZER_VERSION, holdings: ctx.holdings, branches: ctx.branches });
}

function contentHash(fingerprint: string, raw: RawMarc): string {
  return createHash('sha256').update(fingerprint).update('\n').update(raw.data).digest('base64url');
}

/**
 * The record as stored: canonical ISO 2709 in UTF-8 (compact, the usual exchange form), or MARCXML for a
 * record beyond ISO 2709's length limits. Canonical, so the same content always gives the same bytes and hash.
 */
function rawMarc(marc: MarcRecord): RawMarc {
  try {
    return { format: 'iso2709', data: writeIso2709(marc) };
  } catch (error) {
    if (!isSamverkaError(error, 'marc-invalid')) throw error;
    return { format: 'marcxml', data: writeMarcXml(marc) };
  }
}

const isDeletion = (marc: MarcRecord): boolean => marc.leader[5] === 'd';

interface Change {
  readonly record: BibRecord;
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
function sortBatch(
  entries: readonly BatchEntry[], states: ReadonlyMap<RecordId, RecordState>, ctx: BatchContext, fingerprint: string,
): SortedBatch {
  const sorted: SortedBatch = {
    outcome: { added: 0, updated: 0, deleted: 0, unchanged: 0, rejections: [] }, leaving: [], deletedIds: [], changes: [],
  };
  const { outcome } = sorted;
  for (const entry of entries) {
    const id = recordId(ctx.library, entry.localId);
    const state = states.get(id);
    if (isDeletion(entry.marc)) {
      if (state === undefined) outcome.unchanged++;
      else {
        sorted.leaving.push({ recordId: id, workId: state.workId });
        sorted.deletedIds.push(id);
        outcome.deleted++;
      }
      continue;
    }
    const raw = rawMarc(entry.marc);
    const hash = contentHash(fingerprint, raw);
    if (state?.hash === hash) {
      outcome.unchanged++;
      continue;
    }
    let record: BibRecord;
    try {
      record = normalizeRecord(entry.marc, { ...ctx, localId: entry.localId });
    } catch (error) {
      // Rejected by reason, never the whole import; a stored older version of the record stays as it was.
      outcome.rejections.push({ position: entry.position, id: entry.localId, reason: rejectionReason(error) });
      continue;
    }
    if (state === undefined) outcome.added++;
    else {
      sorted.leaving.push({ recordId: id, workId: state.workId });
      outcome.updated++;
    }
    sorted.changes.push({ record, raw, hash });
  }
  return sorted;
}

/**
 * Imports one batch (local ids unique within it) in one transaction. A deletion of a record the store does
 * not have counts as `unchanged`: nothing was there to delete, and `read` stays the sum of the other counts.
 */
export async function importBatch(
  store: Store, index: SearchIndex, ctx: BatchContext, fingerprint: string, entries: readonly BatchEntry[],
): Promise<BatchOutcome> {
  return store.transaction(async (tx) => {
    const states = await tx.recordStates(entries.map((e) => recordId(ctx.library, e.localId)));
    const { outcome, leaving, deletedIds, changes } = sortBatch(entries, states, ctx, fingerprint);
    if (leaving.length === 0 && changes.length === 0) return outcome;

    const overrides = await tx.overridesByRecords(changes.map((c) => c.record.id));
    const assembly = new WorkAssembly(tx, ctx.preferredLanguage);
    const placements = await assembly.place(
      leaving,
      changes.map((c) => ({ record: c.record, override: overrides.get(c.record.id) ?? null })),
    );
    if (deletedIds.length > 0) await tx.deleteRecords(deletedIds);
    if (changes.length > 0) {
      await tx.upsertRecords(
        changes.map((c, i) => ({
          record: c.record,
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

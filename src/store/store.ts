// The catalogue store: records as received and normalized, works, grouping keys, decisions and staff overrides.
// Implemented by store/sqlite (embedded) and, later, store/postgres; both run store.contract.ts.
// src/store imports src/core only (plus kysely and the database drivers in the implementations).
import type { BibRecord, GroupingDecision, LibraryId, RecordId, Work, WorkId } from '../core/types.ts';

/** The MARC record exactly as the source sent it: ISO 2709 bytes, or one MARCXML `<record>` element. */
export type RawMarc =
  | { readonly format: 'iso2709'; readonly data: Uint8Array }
  | { readonly format: 'marcxml'; readonly data: string };

/** A stored record: the normalized record, the work it belongs to, and what it was made from. */
export interface StoredRecord {
  readonly record: BibRecord;
  readonly workId: WorkId;
  /** Fingerprint of the MARC content and everything that shaped its normalization: equal hash = nothing to do. */
  readonly hash: string;
  readonly normalizerVersion: string;
  /** ISO timestamp of the import that last changed this record. */
  readonly updatedAt: string;
}

export interface RecordWrite extends StoredRecord {
  readonly raw: RawMarc;
  /** `record` as JSON when the caller has it already (the import worker made it): the store need not make it again. */
  readonly recordJson?: string;
}

/** What an import needs to decide whether a record changed, and which work it leaves if it does. */
export interface RecordState {
  readonly hash: string;
  readonly workId: WorkId;
}

/** A record's grouping keys, with the work it is stored in. */
export interface GroupingKeyEntry {
  readonly recordId: RecordId;
  readonly workId: WorkId;
  readonly keys: readonly string[];
}

/** A work holding a record filed under a grouping key. */
export interface GroupingKeyHit {
  readonly key: string;
  readonly workId: WorkId;
}

/**
 * A staff decision that pins a record to a work and survives re-import: `merge` puts it into another
 * work (which other records may still join), `split` gives it a work of its own that nothing else joins.
 * Kept even while the record is absent, so a record deleted and sent again keeps its place.
 */
export interface GroupingOverride {
  readonly recordId: RecordId;
  readonly kind: 'merge' | 'split';
  readonly workId: WorkId;
  readonly createdAt: string;
}

export interface RecordWork {
  readonly recordId: RecordId;
  readonly workId: WorkId;
}

/** Where the harvest of one member library's source stands. */
export interface HarvestState {
  /** The cursor of the last committed checkpoint (opaque, the connector's); null before the first. */
  readonly cursor: string | null;
  /** The generation of the last full harvest begun: its marks say which records that harvest saw. */
  readonly generation: number;
}

/** Who may harvest a library's source now; held by one process at a time, until `expiresAt` unless renewed. */
export interface HarvestLease {
  readonly library: LibraryId;
  readonly holder: string;
  /** ISO timestamp. */
  readonly expiresAt: string;
}

export interface HarvestCounts {
  readonly read: number;
  readonly added: number;
  readonly updated: number;
  readonly deleted: number;
  readonly unchanged: number;
  readonly rejected: number;
}

/** The last harvest runs of one source, for the source-health page: what happened, never how to reach it. */
export interface SourceHealthRecord {
  readonly library: LibraryId;
  readonly kind: string;
  /** ISO timestamps. */
  readonly lastAttemptAt: string | null;
  readonly lastSuccessAt: string | null;
  /** How the last finished run ended (`ok`, `unreachable`, `failed`); null until one has finished. */
  readonly lastOutcome: string | null;
  /** The last failure's message (already free of credentials), kept after later successes for staff to see. */
  readonly lastError: string | null;
  readonly lastErrorAt: string | null;
  /** What the last finished run did. */
  readonly lastCounts: HarvestCounts | null;
}

/** A work's tally as the services keep it (JSON, opaque to the store), so that a record joins it without its records being read. */
export interface StoredTally {
  readonly workId: WorkId;
  readonly data: string;
}

export interface Store {
  /** Hash and current work of the records that exist among `ids`. */
  recordStates(ids: readonly RecordId[]): Promise<Map<RecordId, RecordState>>;
  /** Adds or replaces records (matched by `record.id`). */
  upsertRecords(records: readonly RecordWrite[]): Promise<void>;
  /** Deletes records with their grouping keys and decisions; unknown ids are ignored. Overrides stay. */
  deleteRecords(ids: readonly RecordId[]): Promise<void>;
  /** Moves records to other works without touching their content or `updatedAt`. */
  moveRecords(moves: readonly RecordWork[]): Promise<void>;
  recordsByIds(ids: readonly RecordId[]): Promise<StoredRecord[]>;
  /** Every record of these works, in no particular order. */
  recordsByWorks(workIds: readonly WorkId[]): Promise<StoredRecord[]>;
  rawMarc(id: RecordId): Promise<RawMarc | null>;
  workIdOfRecord(id: RecordId): Promise<WorkId | null>;
  /** Number of records, of one library or of all. */
  recordCount(library?: LibraryId): Promise<number>;

  /**
   * Replaces each listed record's grouping keys (an empty list removes them), filed with `workId`: the work the record
   * is stored in. When the record moves to another work later, its keys follow it.
   */
  replaceGroupingKeys(entries: readonly GroupingKeyEntry[]): Promise<void>;
  /**
   * The works holding records filed under any of these keys, each key and work once, in no order. Records in
   * `excluding` (those an import places anew) are left out: a work found only through them is not found.
   */
  worksByGroupingKeys(keys: readonly string[], excluding?: readonly RecordId[]): Promise<GroupingKeyHit[]>;

  /** Adds or replaces each record's grouping decision. */
  upsertDecisions(decisions: readonly GroupingDecision[]): Promise<void>;
  decisionsByRecords(ids: readonly RecordId[]): Promise<GroupingDecision[]>;

  setOverrides(overrides: readonly GroupingOverride[]): Promise<void>;
  removeOverrides(recordIds: readonly RecordId[]): Promise<void>;
  overridesByRecords(recordIds: readonly RecordId[]): Promise<Map<RecordId, GroupingOverride>>;

  upsertWorks(works: readonly Work[]): Promise<void>;
  /** Deletes works with their tallies. */
  deleteWorks(ids: readonly WorkId[]): Promise<void>;
  /**
   * The stored tallies among these works, by work; a work without one is absent. Whoever changes a work's
   * records writes its tally in the same transaction (services/work-assembly.ts does), or deletes the work.
   */
  workTallies(ids: readonly WorkId[]): Promise<Map<WorkId, string>>;
  upsertWorkTallies(tallies: readonly StoredTally[]): Promise<void>;
  /** Deletes the tallies of these works, leaving the works. */
  deleteWorkTallies(ids: readonly WorkId[]): Promise<void>;
  getWork(id: WorkId): Promise<Work | null>;
  /** The ids among `ids` that name a stored work. */
  existingWorkIds(ids: readonly WorkId[]): Promise<Set<WorkId>>;
  /** Up to `limit` works in id order, after the work `after` (null: from the first): the catalogue page by page. */
  worksAfter(after: WorkId | null, limit: number): Promise<Work[]>;

  /** The harvest state of a library's source; null before its first harvest. */
  harvestState(library: LibraryId): Promise<HarvestState | null>;
  saveHarvestCursor(library: LibraryId, cursor: string): Promise<void>;
  /** Starts a full harvest: returns a new generation and forgets the marks of earlier ones. */
  beginFullHarvest(library: LibraryId): Promise<number>;
  /** Marks records (by local id) as seen by the full harvest of `generation`. */
  markHarvested(library: LibraryId, generation: number, localIds: readonly string[]): Promise<void>;
  /** Up to `limit` local ids, in order after `after`, of the library's records that `generation` did not mark. */
  unmarkedRecords(library: LibraryId, generation: number, after: string | null, limit: number): Promise<string[]>;
  /** Forgets every mark of a library's full harvests (its sweep is done). */
  endFullHarvest(library: LibraryId): Promise<void>;

  /**
   * Takes or renews the lease of `lease.library`: granted when there is none, it has expired at `now`, it is
   * already `lease.holder`'s, or its holder is `replacing` (known to be dead). Returns the lease in force after.
   */
  acquireHarvestLease(lease: HarvestLease, now: string, replacing?: string): Promise<HarvestLease>;
  /** Gives up a lease; one another holder has taken meanwhile stays. */
  releaseHarvestLease(library: LibraryId, holder: string): Promise<void>;
  harvestLeases(): Promise<HarvestLease[]>;

  sourceHealth(): Promise<SourceHealthRecord[]>;
  saveSourceHealth(health: SourceHealthRecord): Promise<void>;

  /**
   * Runs `fn` with a store whose every call is part of one transaction: committed when `fn` resolves,
   * rolled back when it throws. Inside a transaction, calling `transaction` again runs `fn` in the same one.
   */
  transaction<T>(fn: (store: Store) => Promise<T>): Promise<T>;
  /** True when the database answers. */
  healthy(): Promise<boolean>;
  /** Releases what the store itself opened; a database handle passed in stays with its owner. */
  close(): Promise<void>;
}

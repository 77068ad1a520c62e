// Kysely table types of the SQLite store (the tables made by migrations.ts).

export interface RecordsTable {
  id: string;
  library: string;
  local_id: string;
  hash: string;
  normalizer_version: string;
  /** `iso2709` or `marcxml`. */
  raw_format: string;
  /** The MARC as received; MARCXML is stored as its UTF-8 bytes. */
  raw: Uint8Array;
  /** The normalized BibRecord as JSON. */
  data: string;
  work_id: string;
  updated_at: string;
}

export interface GroupingKeysTable {
  /** The key's text as a number (grouping-key-hash.ts, migration 0006). */
  key_hash: number;
  record_id: string;
  /** The record's work, copied by a trigger whenever the record moves (migration 0005). */
  work_id: string;
}

export interface GroupingDecisionsTable {
  record_id: string;
  work_id: string;
  match: string;
  key: string | null;
  reason: string;
}

export interface GroupingOverridesTable {
  record_id: string;
  kind: string;
  work_id: string;
  created_at: string;
}

export interface WorksTable {
  id: string;
  /** The Work as JSON. */
  data: string;
}

export interface HarvestStateTable {
  library: string;
  cursor: string | null;
  generation: number;
}

export interface HarvestMarksTable {
  library: string;
  local_id: string;
  generation: number;
}

export interface HarvestLeasesTable {
  library: string;
  holder: string;
  expires_at: string;
}

export interface SourceHealthTable {
  library: string;
  kind: string;
  last_attempt_at: string | null;
  last_success_at: string | null;
  last_outcome: string | null;
  last_error: string | null;
  last_error_at: string | null;
  /** HarvestCounts as JSON. */
  last_counts: string | null;
}

export interface WorkTalliesTable {
  work_id: string;
  /** The services' tally of the work as JSON. */
  data: string;
}

export interface StoreTables {
  records: RecordsTable;
  grouping_keys: GroupingKeysTable;
  grouping_decisions: GroupingDecisionsTable;
  grouping_overrides: GroupingOverridesTable;
  works: WorksTable;
  work_tallies: WorkTalliesTable;
  harvest_state: HarvestStateTable;
  harvest_marks: HarvestMarksTable;
  harvest_leases: HarvestLeasesTable;
  source_health: SourceHealthTable;
}

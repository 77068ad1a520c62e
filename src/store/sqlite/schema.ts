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
  key: string;
  record_id: string;
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

export interface StoreTables {
  records: RecordsTable;
  grouping_keys: GroupingKeysTable;
  grouping_decisions: GroupingDecisionsTable;
  grouping_overrides: GroupingOverridesTable;
  works: WorksTable;
}

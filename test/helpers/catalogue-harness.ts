// Test helper: a whole catalogue in memory — SQLite store and SQLite search index on one database, as app.ts
// wires them — with the ingest, catalogue and grouping services over it, and ways to feed it real MARC files.
import { join } from 'node:path';
import type { Library } from '../../src/core/types.ts';
import type { MarcRecord } from '../../src/marc/marc-record.ts';
import { readMarcFile, type MarcReadResult } from '../../src/marc/marc-reader.ts';
import { SqliteSearchIndex } from '../../src/search/sqlite/sqlite-search-index.ts';
import type { SearchQuery } from '../../src/search/search-index.ts';
import { CatalogueService } from '../../src/services/catalogue.service.ts';
import { GroupingService } from '../../src/services/grouping.service.ts';
import { IngestService } from '../../src/services/ingest.service.ts';
import { openSqliteDatabase } from '../../src/store/sqlite/sqlite-database.ts';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';

const ROOT = join(import.meta.dirname, '..', '..');
export const demoMarc = (name: string): string => join(ROOT, 'demo', 'marc', name);
export const fixtureMarc = (name: string): string => join(ROOT, 'test', 'fixtures', 'marc', name);

export const LIBRIS_BIB = demoMarc('se_libris_librisxl_bib.utf8.mrc');
export const FENNICA = demoMarc('fi_fennica_bib-rdf-pipeline_testinput.utf8.mrc');

/** Two members of the Jämtland demo configuration (ids and branch names as in FACTS.md). */
export const LIBRARIES: readonly Library[] = [
  { id: 'berg', name: 'Bergs bibliotek', branches: [{ id: 'berg-svenstavik', name: 'Svenstavik' }] },
  {
    id: 'krokom', name: 'Krokoms bibliotek',
    branches: [{ id: 'krokom-krokom', name: 'Krokom' }, { id: 'krokom-follinge', name: 'Föllinge' }],
  },
];
export const branchesOf = (id: string): string[] => LIBRARIES.find((l) => l.id === id)!.branches.map((b) => b.id);

export type Catalogue = Awaited<ReturnType<typeof openCatalogue>>;

/** A clock that moves one minute per call, so that any rewrite of a record would show in `updatedAt`. */
export function tickingClock(start = Date.UTC(2025, 0, 1)): () => Date {
  let ticks = 0;
  return () => new Date(start + ticks++ * 60_000);
}

export async function openCatalogue(options: { batchSize?: number; fileTransactionRecords?: number } = {}) {
  const database = openSqliteDatabase(':memory:');
  const store = await SqliteStore.open(database);
  const index = new SqliteSearchIndex(database);
  const clock = tickingClock();
  const { batchSize, fileTransactionRecords } = options;
  const ingest = new IngestService({ store, index, libraries: LIBRARIES, clock, batchSize, fileTransactionRecords });
  const catalogue = new CatalogueService({ store, index, libraries: LIBRARIES });
  const grouping = new GroupingService({ store, index, clock });
  return { database, store, index, ingest, catalogue, grouping, close: async () => { database.close(); } };
}

export function query(text: string, filters: SearchQuery['filters'] = {}): SearchQuery {
  return { text, filters, sort: 'relevance', page: 1, pageSize: 100 };
}

/** A real file's records, each passed through `change` (a test's own edit of a real record, or null to drop it). */
export async function* edited(
  path: string, change: (record: MarcRecord, position: number) => MarcRecord | null,
): AsyncGenerator<MarcReadResult> {
  for await (const result of readMarcFile(path)) {
    if (!result.ok) {
      yield result;
      continue;
    }
    const record = change(result.record, result.position);
    if (record !== null) yield { ...result, record };
  }
}

// Test helper: a catalogue in memory (SQLite store and search index on one database, as app.ts wires them) with a
// fixed clock, the harvest and source-health services over it, and harvesters that fail or wait on command.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { errors } from '../../src/core/errors.ts';
import type { Connector, Harvester, HarvestItem } from '../../src/connectors/connector.ts';
import { createMarcFileConnector } from '../../src/connectors/marc-file/marc-file.connector.ts';
import { SqliteSearchIndex } from '../../src/search/sqlite/sqlite-search-index.ts';
import { CatalogueService } from '../../src/services/catalogue.service.ts';
import { HarvestService, type HarvestDependencies } from '../../src/services/harvest.service.ts';
import { IngestService } from '../../src/services/ingest.service.ts';
import { SourceHealthService } from '../../src/services/source-health.service.ts';
import { openSqliteDatabase } from '../../src/store/sqlite/sqlite-database.ts';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { branchesOf, LIBRARIES } from './catalogue-harness.ts';

const ROOT = join(import.meta.dirname, '..', '..');
export const NOW = new Date('2025-03-01T10:00:00.000Z');

export type HarvestCatalogue = Awaited<ReturnType<typeof openHarvestCatalogue>>;

/** The store of a catalogue in one value: equal snapshots = the same records, works, holdings and grouping. */
export function snapshot(c: { database: ReturnType<typeof openSqliteDatabase> }): unknown {
  return ['records', 'works', 'grouping_keys', 'grouping_decisions'].map((table) =>
    c.database.prepare(`select * from ${table} order by 1, 2`).all(),
  );
}

/**
 * A catalogue of the two test libraries; `connectors` says where each harvests from. Another HarvestService on
 * the same store (`second`, or one made by `service`) is another process: a holder of its own.
 */
export async function openHarvestCatalogue(connectors: ReadonlyMap<string, Connector>, options: Partial<HarvestDependencies> = {}) {
  const database = openSqliteDatabase(':memory:');
  const store = await SqliteStore.open(database);
  const index = new SqliteSearchIndex(database);
  const clock = () => NOW;
  const libraries = LIBRARIES;
  const ingest = new IngestService({ store, index, libraries, clock });
  const catalogue = new CatalogueService({ store, index, libraries });
  const health = new SourceHealthService({
    store, clock,
    sources: libraries.map((l) => ({
      library: l.id, kind: connectors.get(l.id)?.kind ?? null, harvestable: connectors.get(l.id)?.harvest !== undefined, intervalMinutes: null,
    })),
  });
  const importOptions = (id: string) => ({ branches: branchesOf(id), idFallbacks: ['035a', '999c'] });
  const service = (holder: string, over: Partial<HarvestDependencies> = {}) => new HarvestService({
    store, index, libraries, connectors, importOptions, health, clock, commitEvery: 1, lease: { holder }, ...options, ...over,
  });
  return {
    database, store, index, ingest, catalogue, health, importOptions, service,
    harvest: service('test:1:a'), second: service('test:2:b'), close: async () => database.close(),
  };
}

/** A temporary export folder holding copies of real MARC files under the names given. */
export function exportFolder(files: Record<string, string>): { folder: string; remove(): void } {
  const folder = mkdtempSync(join(tmpdir(), 'samverka-harvest-'));
  for (const [name, source] of Object.entries(files)) copyFileSync(join(ROOT, source), join(folder, name));
  return { folder, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

export function marcFileConnector(library: string, folder: string, batchSize = 10): Connector {
  return createMarcFileConnector(library, { kind: 'marc-file', folder }, { batchSize });
}

/** A connector whose harvester is the one given (a test's own harvester of real records). */
export function connectorWith(library: string, harvester: Harvester): Connector {
  return { library, kind: 'marc-file', harvest: harvester };
}

/** The harvester of a source that breaks off (a crash, a dropped connection) after `records` record items. */
export function breakingAfter(harvester: Harvester, records: number, library = 'krokom'): Harvester {
  return {
    async *harvest(request) {
      let seen = 0;
      for await (const item of harvester.harvest(request)) {
        if (item.kind !== 'checkpoint' && ++seen > records) throw errors.sourceFailed(library, `connection dropped after ${records} records`);
        yield item;
      }
    },
  };
}

/** The harvester of a source that waits, after its first item, until the test opens the gate. */
export function gated(harvester: Harvester): { harvester: Harvester; started: Promise<void>; open(): void } {
  let open!: () => void;
  let began!: () => void;
  const gate = new Promise<void>((resolve) => { open = resolve; });
  const started = new Promise<void>((resolve) => { began = resolve; });
  return {
    started,
    open,
    harvester: {
      async *harvest(request) {
        let first = true;
        for await (const item of harvester.harvest(request)) {
          yield item as HarvestItem;
          if (first) {
            first = false;
            began();
            await gate;
          }
        }
      },
    },
  };
}

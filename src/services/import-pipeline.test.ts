// An import read in a worker thread must store exactly what the same import stores in one thread: the same
// summary, rows, hashes and works, and the same failure (with the records before it kept) for malformed XML.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { isSamverkaError } from '../core/errors.ts';
import {
  branchesOf, FENNICA, fixtureMarc, LIBRARIES, LIBRIS_BIB, openCatalogue, tickingClock, type Catalogue,
} from '../../test/helpers/catalogue-harness.ts';
import { IngestService } from './ingest.service.ts';
import { warmImportWorker } from './import-worker-start.ts';

/** An ingest over the catalogue's store that reads every file, however small, in the worker (or never). */
function ingestOf(c: Catalogue, worker: boolean, batchSize?: number): IngestService {
  return new IngestService({
    store: c.store, index: c.index, libraries: LIBRARIES, clock: tickingClock(), batchSize,
    pipelineMinBytes: worker ? 0 : Number.MAX_SAFE_INTEGER,
  });
}

function tables(c: Catalogue): unknown {
  return ['records', 'works', 'work_tallies', 'grouping_keys', 'grouping_decisions'].map((table) =>
    c.database.prepare(`select * from ${table} order by 1, 2`).all(),
  );
}

async function both<T>(run: (ingest: IngestService, c: Catalogue) => Promise<T>): Promise<{ here: T; worker: T }> {
  const results: { value: T; snapshot: unknown }[] = [];
  for (const worker of [false, true]) {
    const c = await openCatalogue();
    try {
      results.push({ value: await run(ingestOf(c, worker, 40), c), snapshot: tables(c) });
    } finally {
      await c.close();
    }
  }
  assert.deepEqual(results[1].snapshot, results[0].snapshot);
  return { here: results[0].value, worker: results[1].value };
}

const options = (library: string) => ({ branches: branchesOf(library) });

describe('import pipeline', () => {
  it('stores the same rows and summary from a worker as in one thread, duplicates and rejections included', async () => {
    const { here, worker } = await both(async (ingest) => {
      const summaries = [];
      // Fennica holds one record twice and seven records without a title; Libris joins the same works twice.
      for (const [library, file] of [['berg', FENNICA], ['berg', LIBRIS_BIB], ['krokom', LIBRIS_BIB]] as const) {
        summaries.push({ ...(await ingest.importFile(library, file, options(library))), seconds: 0 });
      }
      return summaries;
    });
    assert.deepEqual(worker, here);
    assert.equal(here[0].rejected, 7);
  });

  it('finds every record unchanged when a worker re-reads a file imported in one thread', async () => {
    const c = await openCatalogue();
    try {
      await ingestOf(c, false).importFile('berg', FENNICA, options('berg'));
      const before = tables(c);
      const again = await ingestOf(c, true).importFile('berg', FENNICA, options('berg'));
      assert.equal(again.added + again.updated + again.deleted, 0);
      assert.equal(again.unchanged + again.rejected, again.read);
      assert.deepEqual(tables(c), before);
    } finally {
      await c.close();
    }
  });

  it('stops at malformed XML read in a worker with the same error, keeping the records before it', async () => {
    const xml = readFileSync(fixtureMarc('se_libris_librisxl_bib.marcxml.xml'), 'utf8');
    const cut = nthIndexOf(xml, '</record>', 13) + '</record>'.length;
    // Hand-made damage: a record whose leader element is never closed properly.
    const broken = `${xml.slice(0, cut)}\n<record><leader>00000nam a2200000 a 4500</leadr></record>${xml.slice(cut)}`;
    const path = join(mkdtempSync(join(tmpdir(), 'samverka-pipeline-')), 'broken.xml');
    writeFileSync(path, broken);
    const { here, worker } = await both(async (ingest, c) => {
      const error = await ingest.importFile('berg', path, options('berg')).then(() => null, (e: unknown) => e);
      assert.ok(isSamverkaError(error, 'xml-malformed'), String(error));
      return { message: error.message, stored: await c.store.recordCount('berg') };
    });
    assert.deepEqual(worker, here);
    assert.equal(here.stored, 13);
  });

  it('stores the same from a worker started before its task (the command line warms one up)', async () => {
    const { here, worker } = await both(async (ingest, c) => {
      warmImportWorker();
      const summary = await ingest.importFile('krokom', LIBRIS_BIB, options('krokom'));
      return { ...summary, seconds: 0, stored: await c.store.recordCount('krokom') };
    });
    assert.deepEqual(worker, here);
    assert.ok(here.stored > 0);
  });

  it('lets the process end when no import takes the warm worker', () => {
    const module = new URL('./import-worker-start.ts', import.meta.url).href;
    const output = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e',
      `const m = await import(${JSON.stringify(module)}); m.warmImportWorker(); console.log('warmed');`],
    { encoding: 'utf8', timeout: 60_000 });
    assert.equal(output.trim(), 'warmed');
  });

  it('refuses an unreadable file from a worker as file-unreadable', async () => {
    const c = await openCatalogue();
    try {
      await assert.rejects(
        ingestOf(c, true).importFile('berg', '/nonexistent/file.mrc', options('berg')),
        (e: unknown) => isSamverkaError(e, 'file-unreadable'),
      );
    } finally {
      await c.close();
    }
  });
});

function nthIndexOf(text: string, needle: string, n: number): number {
  let at = -1;
  for (let i = 0; i < n; i++) at = text.indexOf(needle, at + 1);
  return at;
}

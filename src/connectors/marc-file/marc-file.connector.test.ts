// The marc-file connector over a real export folder: the shared connector contract (ISO 2709 and MARCXML files),
// then what only a folder has — name order, each file once, replaced files read again, resuming inside a file,
// unfinished copies left alone, and a file that cannot be read named in the error.
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { isSamverkaError } from '../../core/errors.ts';
import { controlField } from '../../marc/marc-record.ts';
import { readMarcFile } from '../../marc/marc-reader.ts';
import { connectorContract, harvestCommitting, recordsOf } from '../connector.contract.ts';
import type { HarvestRequest } from '../connector.ts';
import { createMarcFileConnector } from './marc-file.connector.ts';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const LIBRIS = 'demo/marc/se_libris_librisxl_bib.utf8.mrc'; // 28 records, ISO 2709
const HELMET_XML = 'test/fixtures/marc/fi_helmet_real-curated.marcxml.xml'; // 20 records, MARCXML

const folders: string[] = [];
after(() => folders.forEach((f) => rmSync(f, { recursive: true, force: true })));

function folderWith(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'samverka-marc-file-'));
  folders.push(folder);
  for (const [name, source] of Object.entries(files)) copyFileSync(join(REPO, source), join(folder, name));
  return folder;
}

const request = (over: Partial<HarvestRequest> = {}): HarvestRequest => ({ since: null, full: false, signal: new AbortController().signal, ...over });
const ids = (items: Parameters<typeof recordsOf>[0]) => recordsOf(items).map((r) => controlField(r, '001'));

connectorContract('marc-file', async () => {
  const folder = folderWith({ '2025-01-01-libris.mrc': LIBRIS, '2025-01-02-helmet.xml': HELMET_XML });
  return {
    connector: createMarcFileConnector('krokom', { kind: 'marc-file', folder }, { batchSize: 10 }),
    unreachable: createMarcFileConnector('krokom', { kind: 'marc-file', folder: join(folder, 'no-such-folder') }),
    expected: { files: [LIBRIS, HELMET_XML], records: 48 },
    teardown: async () => {},
  };
});

describe('marc-file connector', () => {
  it('has no harvester without a folder: such a source is loaded with `samverka import`', () => {
    const connector = createMarcFileConnector('krokom', { kind: 'marc-file' });
    assert.equal(connector.harvest, undefined);
    assert.equal(connector.kind, 'marc-file');
  });

  it('reads the files in name order, each once; a new file is read at the next harvest, alone', async () => {
    const folder = folderWith({ 'b-second.xml': HELMET_XML, 'a-first.mrc': LIBRIS });
    const harvester = createMarcFileConnector('krokom', { kind: 'marc-file', folder }).harvest!;
    const first = await harvestCommitting(harvester, request());
    assert.equal(first.error, null);
    const libris: (string | null)[] = [];
    for await (const r of readMarcFile(join(REPO, LIBRIS))) if (r.ok) libris.push(controlField(r.record, '001'));
    assert.equal(recordsOf(first.committed).length, 48);
    assert.deepEqual(ids(first.committed).slice(0, 28), libris, 'a-first.mrc came first');

    copyFileSync(join(REPO, LIBRIS), join(folder, 'c-third.mrc'));
    const second = await harvestCommitting(harvester, request({ since: first.cursor }));
    assert.deepEqual(ids(second.committed), libris, 'only the new file');
    const third = await harvestCommitting(harvester, request({ since: second.cursor }));
    assert.deepEqual(third.committed, [], 'nothing new: nothing read');
    assert.notEqual(third.cursor, null);
  });

  it('reads a file again when it is replaced by new content, and every file again for a full harvest', async () => {
    const folder = folderWith({ 'export.mrc': LIBRIS });
    const harvester = createMarcFileConnector('krokom', { kind: 'marc-file', folder }).harvest!;
    const first = await harvestCommitting(harvester, request());
    // The same name, new content: the export was written again.
    writeFileSync(join(folder, 'export.mrc'), readFileSync(join(REPO, LIBRIS)).subarray(0, readFileSync(join(REPO, LIBRIS)).indexOf(0x1d) + 1));
    utimesSync(join(folder, 'export.mrc'), new Date(), new Date(Date.now() + 60_000));
    const replaced = await harvestCommitting(harvester, request({ since: first.cursor }));
    assert.equal(recordsOf(replaced.committed).length, 1);
    const full = await harvestCommitting(harvester, request({ since: replaced.cursor, full: true }));
    assert.equal(recordsOf(full.committed).length, 1);
  });

  it('resumes inside a file from a checkpoint, giving exactly the records after it', async () => {
    const folder = folderWith({ 'export.mrc': LIBRIS });
    const harvester = createMarcFileConnector('krokom', { kind: 'marc-file', folder }, { batchSize: 10 }).harvest!;
    const all = ids((await harvestCommitting(harvester, request())).committed);
    const items = harvester.harvest(request())[Symbol.asyncIterator]();
    let cursor: string | null = null;
    while (cursor === null) {
      const { value } = await items.next();
      if (value?.kind === 'checkpoint') cursor = value.cursor;
    }
    await items.return?.();
    const rest = await harvestCommitting(harvester, request({ since: cursor }));
    assert.deepEqual(ids(rest.committed), all.slice(10));
  });

  it('leaves dotfiles and unfinished copies alone, and starts over from a cursor it cannot read', async () => {
    const folder = folderWith({ '.hidden.mrc': LIBRIS, 'incoming.mrc.part': LIBRIS, 'copying.tmp': LIBRIS, 'real.xml': HELMET_XML });
    const harvester = createMarcFileConnector('krokom', { kind: 'marc-file', folder }).harvest!;
    assert.equal(recordsOf((await harvestCommitting(harvester, request())).committed).length, 20);
    assert.equal(recordsOf((await harvestCommitting(harvester, request({ since: 'not ours' }))).committed).length, 20);
  });

  it('a file that cannot be read stops the harvest with an error naming it; the files before it are committed', async () => {
    const folder = folderWith({ '1-good.mrc': LIBRIS });
    // A real MARCXML export cut off in the middle of a record, as a failed copy leaves it.
    const xml = readFileSync(join(REPO, HELMET_XML), 'utf8');
    writeFileSync(join(folder, '2-broken.xml'), xml.slice(0, Math.floor(xml.length / 2)) + '</marc:collection>');
    const harvester = createMarcFileConnector('krokom', { kind: 'marc-file', folder }).harvest!;
    const result = await harvestCommitting(harvester, request());
    assert.ok(isSamverkaError(result.error, 'source-failed'), String(result.error));
    assert.match((result.error as Error).message, /krokom.*2-broken\.xml/);
    assert.ok(recordsOf(result.committed).length >= 28, 'the good file and the records before the break');
  });
});

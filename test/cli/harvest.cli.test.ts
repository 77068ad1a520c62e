// The `samverka harvest` contract of DESIGN.md §5, through the real command: JSON summaries (one object for
// --library, one per line otherwise), exit status, a source without a harvester, an unreachable source that
// deletes nothing — and a harvest killed with SIGKILL mid-way, which keeps exactly its last commit and resumes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { recordLocalId } from '../../src/catalogue/normalize.ts';
import { readMarcFile } from '../../src/marc/marc-reader.ts';
import { cliWorkspace } from '../helpers/cli-workspace.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'samverka.mjs');
const LIBRIS = join(ROOT, 'demo', 'marc', 'se_libris_librisxl_bib.utf8.mrc'); // 28 records
const JAZZ = join(ROOT, 'demo', 'marc', 'ca_evergreen_jazz_1k.utf8.mrc'); // 1,000 records

function workspace(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'samverka-harvest-cli-'));
  const exports = join(dir, 'exports');
  mkdirSync(exports);
  for (const [name, source] of Object.entries(files)) copyFileSync(source, join(exports, name));
  const { env, run, database } = cliWorkspace([
    '  - id: krokom',
    '    name: Krokoms bibliotek',
    `    source: { kind: marc-file, folder: ${JSON.stringify(exports)} }`,
    '  - id: are',
    '    name: Åre bibliotek',
    '    source: { kind: marc-file }',
    '  - id: berg',
    '    name: Bergs bibliotek',
    `    source: { kind: marc-file, folder: ${JSON.stringify(join(dir, 'not-mounted'))} }`,
  ], dir);
  return { dir, exports, env, run, database };
}

const KEYS = ['library', 'status', 'full', 'read', 'added', 'updated', 'deleted', 'unchanged', 'rejected', 'swept', 'rejections', 'seconds'];

test('harvest --library --json prints one summary object; harvesting again with nothing new reads nothing', () => {
  const { run } = workspace({ 'export.mrc': LIBRIS });
  const first = run('harvest', '--library', 'krokom', '--json');
  assert.equal(first.status, 0, first.stderr);
  assert.equal(first.stdout.trim().split('\n').length, 1, 'one line, one object');
  const summary = JSON.parse(first.stdout);
  assert.deepEqual(Object.keys(summary).sort(), [...KEYS].sort());
  assert.deepEqual([summary.library, summary.status, summary.read, summary.added, summary.rejected], ['krokom', 'ok', 28, 28, 0]);

  const again = JSON.parse(run('harvest', '--library', 'krokom', '--json').stdout);
  assert.deepEqual([again.status, again.read, again.added], ['ok', 0, 0]);
});

test('harvest --json without --library: one object per line, per member; an unreachable source exits non-zero and deletes nothing', () => {
  const { run } = workspace({ 'export.mrc': LIBRIS });
  const result = run('harvest', '--json');
  assert.equal(result.status, 1, 'berg could not be reached');
  const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
  assert.deepEqual(lines.map((l) => [l.library, l.status]), [['krokom', 'ok'], ['are', 'not-harvestable'], ['berg', 'unreachable']]);
  assert.match(lines[2].error, /Source berg is unavailable: .*not-mounted/);
  assert.match(lines[1].note, /samverka import/);

  const full = JSON.parse(run('harvest', '--library', 'berg', '--full', '--json').stdout);
  assert.deepEqual([full.status, full.deleted], ['unreachable', 0]);
  assert.equal(JSON.parse(run('harvest', '--library', 'krokom', '--json').stdout).read, 0, 'krokom\'s records are all still there');
});

test('a source with nothing to harvest says so and exits 0; an unknown library exits non-zero', () => {
  const { run } = workspace({});
  const are = run('harvest', '--library', 'are');
  assert.equal(are.status, 0, are.stderr);
  assert.match(are.stdout, /are: not-harvestable: the marc-file source of are has no harvester: its records come through `samverka import`/);
  const unknown = run('harvest', '--library', 'narnia', '--json');
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /Unknown library "narnia"/);
  assert.equal(unknown.stdout, '');
});

/** The local ids of a file's records, as the import reads them (001, else 035 $a, else 999 $c). */
async function localIds(path: string): Promise<string[]> {
  const ids: string[] = [];
  for await (const r of readMarcFile(path)) if (r.ok) ids.push(recordLocalId(r.record, ['035a', '999c'])!);
  return ids;
}

/** The committed cursor, read the way another process would while the harvest runs; null before the first commit. */
function committedCursor(database: string): { done: { name: string }[]; current: { name: string; records: number } | null } | null {
  if (!existsSync(database)) return null;
  const db = new Database(database, { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare("select cursor from harvest_state where library = 'krokom'").get() as { cursor: string | null } | undefined;
    return row?.cursor ? JSON.parse(row.cursor) : null;
  } catch {
    return null; // the schema is not made yet
  } finally {
    db.close();
  }
}

test('kill -9 mid-harvest: the store holds exactly the records before the committed cursor; the next harvest completes it', async () => {
  const { env, run, database } = workspace({ '1-jazz.mrc': JAZZ, '2-libris.mrc': LIBRIS });
  const child = spawn(process.execPath, [BIN, 'harvest', '--library', 'krokom', '--json'], { env, stdio: 'ignore' });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let cursor = committedCursor(database);
  while (cursor === null && child.exitCode === null) {
    await new Promise((resolve) => setTimeout(resolve, 5));
    cursor = committedCursor(database);
  }
  assert.equal(child.exitCode, null, 'still harvesting at its first commit');
  child.kill('SIGKILL');
  await exited;

  cursor = committedCursor(database)!;
  const jazz = await localIds(JAZZ);
  const expected = cursor.done.length > 0 ? jazz : jazz.slice(0, cursor.current!.records);
  const db = new Database(database, { readonly: true });
  const stored = (db.prepare("select local_id from records where library = 'krokom'").all() as { local_id: string }[]).map((r) => r.local_id);
  db.close();
  assert.ok(stored.length > 0 && stored.length < 1028, `killed mid-way (${stored.length} records stored)`);
  assert.deepEqual(stored.sort(), expected.sort(), 'no record beyond the cursor, none before it missing');

  // The killed process's lease names a process that no longer runs on this host: taken over at once.
  const resumed = run('harvest', '--library', 'krokom', '--json');
  assert.equal(resumed.status, 0, resumed.stderr);
  const summary = JSON.parse(resumed.stdout);
  assert.deepEqual([summary.status, summary.read], ['ok', 1028 - stored.length]);
  const all = new Database(database, { readonly: true });
  assert.equal((all.prepare("select count(*) as n from records where library = 'krokom'").get() as { n: number }).n, 1028);
  all.close();
});

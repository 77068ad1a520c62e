// The `samverka import` contract of DESIGN.md §5, through the real command: one JSON object on stdout, counts,
// idempotence, deletions, and the exit status for an unknown library, an unreadable file and malformed XML.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliWorkspace } from '../helpers/cli-workspace.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const LIBRIS = join(ROOT, 'demo', 'marc', 'se_libris_librisxl_bib.utf8.mrc');
const LIBRIS_XML = join(ROOT, 'test', 'fixtures', 'marc', 'se_libris_librisxl_bib.marcxml.xml');
/** 2.6 MB, 1,262 records: big enough to be read in the command's worker thread (PIPELINE_MIN_BYTES). */
const RHODE_ISLAND = join(ROOT, 'test', 'fixtures', 'marc', 'us_gpo_cgp_Northeast__rhodeisland_RECORD_SET_20250422.mrc');

function workspace() {
  return cliWorkspace([
    '  - id: krokom',
    '    name: Krokoms bibliotek',
    '    source: { kind: marc-file }',
    '  - id: are',
    '    name: Åre bibliotek',
    '    source: { kind: marc-file }',
  ]);
}

const KEYS = ['read', 'added', 'updated', 'deleted', 'unchanged', 'rejected', 'rejections', 'seconds'];

test('import --json prints exactly one summary object; the same file again changes nothing', () => {
  const { run } = workspace();
  const first = run('import', '--library', 'krokom', LIBRIS, '--json');
  assert.equal(first.status, 0, first.stderr);
  const summary = JSON.parse(first.stdout);
  assert.deepEqual(Object.keys(summary).sort(), [...KEYS].sort());
  assert.equal(first.stdout.trim().split('\n').length, 1, 'one line, one object');
  assert.equal(summary.read, 28);
  assert.equal(summary.added, 28);
  assert.equal(summary.rejected, 0);

  const again = JSON.parse(run('import', '--library', 'krokom', LIBRIS, '--json').stdout);
  assert.equal(again.read, 28);
  assert.equal(again.unchanged, 28);
  assert.equal(again.added + again.updated + again.deleted, 0);

  // The same records as MARCXML are the same records: nothing to do.
  const xml = JSON.parse(run('import', '--library', 'krokom', LIBRIS_XML, '--json').stdout);
  assert.equal(xml.unchanged, 28);
});

test('a big file is read by the command\'s worker thread: every record is stored once, and again nothing changes', () => {
  const { run } = workspace();
  const first = run('import', '--library', 'are', RHODE_ISLAND, '--json');
  assert.equal(first.status, 0, first.stderr);
  const summary = JSON.parse(first.stdout);
  assert.equal(summary.read, 1262);
  assert.equal(summary.added + summary.rejected, 1262);
  assert.ok(summary.added > 1200, `most records are stored (${summary.added})`);
  const again = JSON.parse(run('import', '--library', 'are', RHODE_ISLAND, LIBRIS, '--json').stdout);
  assert.equal(again.unchanged, summary.added);
  assert.equal(again.added, 28, 'a second, small file of the same command is read without the worker');
});

test('an import runs with the code cache of the last one: the command and its worker compile nothing anew', (t) => {
  const cache = join(ROOT, 'node_modules', '.cache', 'samverka-cli');
  if (process.env.SAMVERKA_NO_BUNDLE === '1' || !existsSync(join(ROOT, 'node_modules', 'esbuild'))) {
    t.skip('the command runs through tsx here, without a bundle or code cache');
    return;
  }
  const { run } = workspace();
  // The first run may build the bundle and write the caches; from the second on they fit and are left alone. A cache
  // that V8 rejected (written under other V8 flags than the command runs with) would be written again by every run.
  for (const library of ['krokom', 'are']) assert.equal(run('import', '--library', library, RHODE_ISLAND, '--json').status, 0);
  const { dir } = JSON.parse(readFileSync(join(cache, 'current.json'), 'utf8')) as { dir: string };
  const caches = () => readdirSync(join(cache, dir)).filter((f) => /\.(import|worker)\..*\.code-cache$/.test(f)).sort()
    .map((f) => `${f} ${statSync(join(cache, dir, f)).mtimeMs}`);
  const before = caches();
  assert.equal(before.length, 2, `the command's and the worker's cache: ${before.join(', ')}`);
  assert.equal(run('import', '--library', 'krokom', RHODE_ISLAND, '--json').status, 0);
  assert.deepEqual(caches(), before);
});

test('a delta with leader/05 "d" deletes the record', () => {
  const { dir, run } = workspace();
  run('import', '--library', 'are', LIBRIS, '--json');
  const bytes = readFileSync(LIBRIS);
  const end = bytes.indexOf(0x1d) + 1; // the first record only
  const deletion = Buffer.from(bytes.subarray(0, end));
  deletion[5] = 'd'.charCodeAt(0);
  const delta = join(dir, 'delta.mrc');
  writeFileSync(delta, deletion);
  const summary = JSON.parse(run('import', '--library', 'are', delta, '--json').stdout);
  assert.equal(summary.deleted, 1);
  assert.equal(summary.read, 1);
});

test('an unknown library and an unreadable file end with a clear message and a non-zero exit', () => {
  const { run } = workspace();
  const unknown = run('import', '--library', 'narnia', LIBRIS, '--json');
  assert.notEqual(unknown.status, 0);
  assert.match(unknown.stderr, /Unknown library "narnia"/);
  assert.equal(unknown.stdout, '');

  const missing = run('import', '--library', 'krokom', '/no/such/file.mrc', '--json');
  assert.notEqual(missing.status, 0);
  assert.match(missing.stderr, /Cannot read \/no\/such\/file\.mrc/);

  // A path that cannot even be looked at (through a file) gets the same message, not a stack trace.
  const through = run('import', '--library', 'krokom', `${LIBRIS}/inside.mrc`, '--json');
  assert.notEqual(through.status, 0);
  assert.match(through.stderr, /Cannot read .*inside\.mrc/);
  assert.doesNotMatch(through.stderr, /\n\s+at /);
});

test('malformed XML fails the command but keeps the records read before the error', () => {
  const { dir, run } = workspace();
  const text = readFileSync(LIBRIS_XML, 'utf8');
  const cut = text.indexOf('<record', text.indexOf('<record', text.indexOf('<record') + 1) + 1);
  const broken = join(dir, 'broken.xml');
  writeFileSync(broken, `${text.slice(0, cut)}<datafield tag="245"><subfield code="a">unclosed</record></collection>`);
  const result = run('import', '--library', 'krokom', broken, '--json');
  assert.notEqual(result.status, 0);
  assert.match(result.stderr, /xml|XML/);
  const partial = JSON.parse(result.stdout);
  assert.ok(partial.added >= 2, `records before the error are stored (${partial.added})`);
  const again = JSON.parse(run('import', '--library', 'krokom', LIBRIS_XML, '--json').stdout);
  assert.equal(again.unchanged, partial.added, 'what was stored before the error is still there');
});

// The command line's bundles run with V8's code cache (scripts/bundle-loader.cjs): the first run writes it as the
// process ends, later runs use it, and a cache that does not fit (damaged, or from another Node) is replaced, never
// a reason for a command to fail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const LOADER = join(import.meta.dirname, '..', '..', 'scripts', 'bundle-loader.cjs');

/** A bundle that exports a function and prints what it computed, as the command's bundle prints its output. */
function bundle(): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'samverka-loader-'));
  const file = join(dir, 'entry.cjs');
  writeFileSync(file, 'function square(n) { return n * n; }\nmodule.exports = { square };\nconsole.log(String(square(7)));\n');
  return { dir, file };
}

function run(file: string, kind = 'import'): string {
  const source = `const m = require(${JSON.stringify(LOADER)}).runBundle(${JSON.stringify(file)}, ${JSON.stringify(kind)}); if (m.square(3) !== 9) process.exit(3);`;
  return execFileSync(process.execPath, ['-e', source], { encoding: 'utf8' }).trim();
}

const cachesIn = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.code-cache'));

test('the first run writes the code cache, the next runs use it unchanged', () => {
  const { dir, file } = bundle();
  assert.equal(run(file), '49');
  const caches = cachesIn(dir);
  assert.equal(caches.length, 1, 'one cache, for this kind of run and this Node version');
  assert.ok(caches[0].includes(process.version));
  const written = statSync(join(dir, caches[0]));
  assert.ok(written.size > 0);
  assert.equal(run(file), '49');
  assert.equal(statSync(join(dir, caches[0])).mtimeMs, written.mtimeMs, 'an accepted cache is not written again');
  assert.deepEqual(cachesIn(dir), caches, 'no temporary files are left');
});

test('a damaged cache is replaced and the bundle still runs', () => {
  const { dir, file } = bundle();
  run(file);
  const cache = join(dir, cachesIn(dir)[0]);
  writeFileSync(cache, 'not V8 code');
  assert.equal(run(file), '49');
  assert.notEqual(statSync(cache).size, 'not V8 code'.length, 'rewritten from the run that rejected it');
  assert.equal(run(file), '49');
});

test('each kind of run keeps a cache of its own, and an odd command name never names a file', () => {
  const { dir, file } = bundle();
  run(file, 'import');
  run(file, 'serve');
  run(file, '../../etc/passwd');
  assert.deepEqual(cachesIn(dir).map((name) => name.split('.')[2]).sort(), ['default', 'import', 'serve']);
});

#!/usr/bin/env node
// Runs the test suites with node:test through tsx. `npm test` runs every test that needs no outside
// service; `--peers` runs the suites that need a real peer (Zebra, yaz-ztest, PostgreSQL, Chromium),
// which .ci/run starts first. Peer suites are named `*.peer.test.ts`.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const peers = process.argv.includes('--peers');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));

function find(dir, out = []) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) find(path, out);
    else if (/\.test\.tsx?$/.test(name)) out.push(path);
  }
  return out;
}

const files = ['src', 'test', 'bench']
  .flatMap((d) => find(d))
  .filter((f) => /\.peer\.test\.tsx?$/.test(f) === peers)
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

if (files.length === 0) {
  console.error('run-tests: no test files found');
  process.exit(1);
}
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-reporter=spec', ...files],
  { stdio: 'inherit', env: { ...process.env, TZ: process.env.TZ ?? 'UTC' } },
);
process.exit(result.status ?? 1);

// Test helper: a temporary folder with a configuration file and a data folder, and `run` for the real `samverka`
// command in it — the product as an operator runs it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'samverka.mjs');

/** `libraries` are the YAML lines of the `libraries:` list, written under a fixed consortium. */
export function cliWorkspace(libraries: readonly string[], dir = mkdtempSync(join(tmpdir(), 'samverka-cli-'))) {
  const config = join(dir, 'samverka.yaml');
  writeFileSync(config, ['consortium: { name: Testkonsortiet, defaultLanguage: sv }', 'libraries:', ...libraries].join('\n'));
  const env = { ...process.env, SAMVERKA_CONFIG: config, SAMVERKA_DATA: join(dir, 'data'), LOG_LEVEL: 'silent' };
  const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env });
  return { dir, env, run, bin: BIN, database: join(dir, 'data', 'samverka.db') };
}

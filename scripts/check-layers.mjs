#!/usr/bin/env node
// Enforces the layer rules of DESIGN.md §2: each folder under src/ may import only the layers listed here.
// Tests (*.test.ts) and contract suites (*.contract.ts) may import anything they exercise.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ALLOWED = {
  core: [],
  marc: ['core'],
  catalogue: ['core', 'marc'],
  connectors: ['core', 'marc', 'config'],
  search: ['core'],
  store: ['core'],
  config: ['core'],
  // services use the interfaces of connectors, search and store, never an implementation
  services: ['core', 'marc', 'catalogue', 'connectors/connector.ts', 'search/search-index.ts', 'store/store.ts', 'store/content-store.ts'],
  web: ['core', 'services'],
  cli: ['core', 'services', 'config', 'app.ts'],
};

const root = resolve('src');
const problems = [];

function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (/\.tsx?$/.test(name) && !/\.(test|contract)\.tsx?$/.test(name)) check(path);
  }
}

function check(file) {
  const rel = relative(root, file);
  const layer = rel.includes('/') ? rel.split('/')[0] : null;
  if (layer === null) return; // src/app.ts: the composition root may import everything
  const allowed = ALLOWED[layer];
  if (!allowed) return problems.push(`${rel}: folder "${layer}" is not a layer of DESIGN.md §2`);
  const source = readFileSync(file, 'utf8');
  for (const match of source.matchAll(/(?:import|export)\s[^'";]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g)) {
    const target = relative(root, resolve(dirname(file), match[1] ?? match[2]));
    if (target.startsWith('..')) continue;
    const targetLayer = target.includes('/') ? target.split('/')[0] : target;
    if (targetLayer === layer) continue;
    const ok = allowed.some((a) => a === targetLayer || a === target);
    if (!ok) problems.push(`${rel}: imports ${target}, but ${layer}/ may import only ${allowed.join(', ') || 'nothing of the project'}`);
  }
}

walk(root);
if (problems.length > 0) {
  console.error(`Layer check failed (DESIGN.md §2):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('Layer check passed.');

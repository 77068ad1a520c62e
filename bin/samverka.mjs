#!/usr/bin/env node
// Entry point of the `samverka` command: runs the sources as one esbuild bundle, rebuilt when a source changed
// (scripts/cli-bundle.mjs), or through tsx when esbuild is not installed. Either way there is no build step to run.
import { cliBundle, runBundle } from '../scripts/cli-bundle.mjs';

const bundle = await cliBundle();
if (bundle) {
  runBundle(bundle);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}

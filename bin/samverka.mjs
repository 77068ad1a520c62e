#!/usr/bin/env node
// Entry point of the `samverka` command: runs the sources as one esbuild bundle, rebuilt when a source changed
// (scripts/cli-bundle.mjs), or through tsx when esbuild is not installed. Either way there is no build step to run.
import { setFlagsFromString } from 'node:v8';
import { cliBundle, runBundle } from '../scripts/cli-bundle.mjs';

/**
 * Commands that run for seconds or minutes, not a server's lifetime, inline less when V8 optimizes a function. Its
 * optimizing compiler took a quarter of an import's CPU time, on helper threads that share two cores with the
 * import's own: it compiles ~300 functions anew in every command, the biggest for 40–80 ms each. With a third of
 * the default budget (920 bytes of bytecode inlined into one function), its time halved, and one library's import
 * into ten took 6 % less time, 20,000 new records into an empty catalogue 5 % less, their own thread no more CPU
 * (interleaved pairs; 150 bytes was no better). The server, whose compiled code serves for days, keeps the default.
 * Set before any code is compiled: V8 accepts a code cache (scripts/bundle-loader.cjs) only under the flags it was
 * written with.
 */
const INLINING_BUDGET = 300;
if (process.argv[2] !== 'serve') setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINING_BUDGET}`);

const bundle = await cliBundle();
if (bundle) {
  runBundle(bundle);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}

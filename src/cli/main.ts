// The `samverka` command's entry. It only starts what must start first, then loads the command line (program.ts):
// `samverka import` of a big file starts its worker thread here, so that the worker loads and reads its first
// records while this thread loads the rest of Samverka and opens the catalogue (~0.3 s of every import).
import { setFlagsFromString } from 'node:v8';
import { warmImportWorkerFor } from '../services/import-worker-start.ts';

/**
 * Commands that run for seconds or minutes, not a server's lifetime, inline less when they optimize a function. V8's
 * optimizing compiler took a quarter of an import's CPU time, on helper threads that share two cores with the
 * import's own: it compiles ~300 functions anew in every command, the biggest for 40–80 ms each. With a third of
 * the default budget (920 bytes of bytecode inlined into one function), its time halved, and one library's import
 * into ten took 6 % less time, 20,000 new records into an empty catalogue 5 % less, their own thread no more CPU
 * (interleaved pairs; 150 bytes was no better). The server, whose compiled code serves for days, keeps the default.
 */
const INLINING_BUDGET = 300;
if (process.argv[2] !== 'serve') setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINING_BUDGET}`);

if (process.argv[2] === 'import') warmImportWorkerFor(process.argv.slice(3));

import('./program.ts')
  .then((program) => program.run(process.argv))
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });

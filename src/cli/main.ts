// The `samverka` command's entry. It only starts what must start first, then loads the command line (program.ts):
// `samverka import` of a big file starts its worker thread here, so that the worker loads and reads its first
// records while this thread loads the rest of Samverka and opens the catalogue (~0.3 s of every import).
import { warmImportWorkerFor } from '../services/import-worker-start.ts';

if (process.argv[2] === 'import') warmImportWorkerFor(process.argv.slice(3));

import('./program.ts')
  .then((program) => program.run(process.argv))
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });

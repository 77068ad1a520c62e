// Starting an import worker (import-worker.ts), early when the command line knows it will want one. Kept apart from
// the pipeline so that `samverka import` can start its worker before it loads anything else (src/cli/main.ts).
import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

/** About 2,000 ISO 2709 records: below it a worker's start-up (loading the sources, ~0.3 s) outweighs the gain. */
export const PIPELINE_MIN_BYTES = 2 * 1024 * 1024;

/**
 * Set by the command line's bundle (scripts/cli-bundle.mjs): the source of a worker that runs the bundle's worker
 * entry. Absent when the sources run through tsx.
 */
declare const SAMVERKA_WORKER_BOOT: string | undefined;

/** Runs the worker entry: the bundle's, or the source under tsx, which the worker's thread must register for itself. */
function startWorker(): Worker {
  if (typeof SAMVERKA_WORKER_BOOT === 'string') return new Worker(SAMVERKA_WORKER_BOOT, { eval: true });
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./import-worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(boot, { eval: true });
}

/** A worker started before its task was known; `exited` once it is gone (then it is of no use). */
let warm: { readonly worker: Worker; exited: boolean } | null = null;

/**
 * Starts an import worker now, so that its start-up and its first records overlap the caller's own start (about
 * 0.3 s of each `samverka import`); the next file big enough for a worker takes it. An idle warm worker never
 * keeps the process alive.
 */
export function warmImportWorker(): void {
  if (warm !== null) return;
  const started = { worker: startWorker(), exited: false };
  started.worker.unref();
  // Errors reach the import that takes the worker, through the exit it then sees; unheard, they would crash the process.
  started.worker.on('error', () => undefined);
  started.worker.once('exit', () => (started.exited = true));
  warm = started;
}

/**
 * Warms a worker when one of `paths` is a file big enough to be read in one. Other arguments, and paths that cannot
 * be looked at, are passed over: the import itself says what is wrong with them.
 */
export function warmImportWorkerFor(paths: readonly string[]): void {
  if (paths.some((path) => sizeOf(path) >= PIPELINE_MIN_BYTES)) warmImportWorker();
}

function sizeOf(path: string): number {
  try {
    return statSync(path, { throwIfNoEntry: false })?.size ?? 0;
  } catch {
    return 0;
  }
}

/** The warm worker when one is running, else a new one. */
export function takeImportWorker(): Worker {
  const taken = warm;
  warm = null;
  return taken !== null && !taken.exited ? taken.worker : startWorker();
}

// Two cores for one import: a worker thread reads, normalizes and hashes a MARC file while the import's own
// thread groups and writes the records before. Small files stay in one thread, where a worker costs more than it saves.
import { stat } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { readMarcFile } from '../marc/marc-reader.ts';
import { failureError, unpackChunk, type ParentMessage, type WorkerMessage, type WorkerTask } from './import-wire.ts';
import { preparedHere, type ImportItem } from './record-content.ts';

/** About 2,000 ISO 2709 records: below it a worker's start-up (loading the sources, ~0.3 s) outweighs the gain. */
export const PIPELINE_MIN_BYTES = 2 * 1024 * 1024;

/** The records of a file, prepared in a worker thread when the file is big enough to gain from one. */
export async function* preparedFromFile(task: WorkerTask, minBytes = PIPELINE_MIN_BYTES): AsyncGenerator<ImportItem> {
  const size = await stat(task.path).then((s) => s.size, () => 0);
  if (size < minBytes) {
    const { format, encoding, fallbacks, ctx, fingerprint } = task;
    yield* preparedHere(readMarcFile(task.path, { format, encoding, idFields: fallbacks }), ctx, fingerprint, fallbacks);
    return;
  }
  yield* preparedInWorker(task);
}

/** Set by the command line's bundle (scripts/cli-bundle.mjs) to its folder; absent when the sources run through tsx. */
declare const SAMVERKA_BUNDLE_DIR: string | undefined;

/** Runs the worker entry: the bundle's, or the source under tsx, which the worker's thread must register for itself. */
function startWorker(): Worker {
  if (typeof SAMVERKA_BUNDLE_DIR === 'string') return new Worker(new URL('./import-worker.js', SAMVERKA_BUNDLE_DIR));
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

/** The warm worker when one is running, else a new one; either way it is handed its task. */
function workerFor(task: WorkerTask): Worker {
  const taken = warm;
  warm = null;
  const worker = taken !== null && !taken.exited ? taken.worker : startWorker();
  worker.ref();
  worker.postMessage({ task } satisfies ParentMessage);
  return worker;
}

async function* preparedInWorker(task: WorkerTask): AsyncGenerator<ImportItem> {
  const worker = workerFor(task);
  const inbox: (WorkerMessage | { crashed: Error })[] = [];
  let wake: (() => void) | null = null;
  const deliver = (message: WorkerMessage | { crashed: Error }) => {
    inbox.push(message);
    wake?.();
    wake = null;
  };
  worker.on('message', deliver);
  worker.on('error', (error) => deliver({ crashed: error }));
  worker.on('exit', (code) => deliver({ crashed: new Error(`The import worker stopped (exit code ${code})`) }));
  try {
    for (;;) {
      while (inbox.length === 0) await new Promise<void>((resolve) => (wake = resolve));
      const message = inbox.shift()!;
      if ('done' in message) return;
      if ('crashed' in message) throw message.crashed;
      if ('failure' in message) throw failureError(message.failure);
      // The worker may prepare one more chunk as soon as this one is taken.
      worker.postMessage('more' satisfies ParentMessage);
      yield* unpackChunk(message.chunk);
    }
  } finally {
    await worker.terminate();
  }
}

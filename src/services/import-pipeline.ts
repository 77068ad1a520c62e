// Two cores for one import: a worker thread reads, normalizes and hashes a MARC file while the import's own
// thread groups and writes the records before. Small files stay in one thread, where a worker costs more than it saves.
import { stat } from 'node:fs/promises';
import type { Worker } from 'node:worker_threads';
import { readMarcFile } from '../marc/marc-reader.ts';
import { failureError, unpackChunk, type ParentMessage, type WorkerMessage, type WorkerTask } from './import-wire.ts';
import { preparedHere, type ImportItem } from './record-content.ts';
import { PIPELINE_MIN_BYTES, takeImportWorker } from './import-worker-start.ts';

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

/** How long a worker that is done may take to end by itself before it is stopped. */
const WORKER_END_MS = 2_000;

/** A warm worker or a new one, handed its task. */
function workerFor(task: WorkerTask): Worker {
  const worker = takeImportWorker();
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
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  worker.on('exit', (code) => deliver({ crashed: new Error(`The import worker stopped (exit code ${code})`) }));
  let done = false;
  try {
    for (;;) {
      while (inbox.length === 0) await new Promise<void>((resolve) => (wake = resolve));
      const message = inbox.shift()!;
      if ('done' in message) {
        done = true;
        return;
      }
      if ('crashed' in message) throw message.crashed;
      if ('failure' in message) throw failureError(message.failure);
      // The worker may prepare one more chunk as soon as this one is taken.
      worker.postMessage('more' satisfies ParentMessage);
      yield* unpackChunk(message.chunk);
    }
  } finally {
    // A worker that is done ends by itself (and may save its compiled code for the next command, see
    // scripts/bundle-loader.cjs); any other is stopped now.
    if (done) await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, WORKER_END_MS).unref())]);
    await worker.terminate();
  }
}

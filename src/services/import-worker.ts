// The import worker's thread: reads, parses, normalizes and hashes a MARC file ahead of the import's thread,
// which meanwhile groups and writes the records before. Started by import-worker-start.ts.
import { parentPort } from 'node:worker_threads';
import { readMarcFile } from '../marc/marc-reader.ts';
import type { ParentMessage, WireChunk, WireItem, WorkerMessage, WorkerTask } from './import-wire.ts';
import { wireFailure } from './import-wire.ts';
import { contentHash, normalized, rawMarc, readItem } from './record-content.ts';

/** Records per message: enough to amortize a message, few enough that the import's thread never waits long. */
const CHUNK_RECORDS = 250;
const FIRST_CHUNK_RECORDS = 100;
/** Chunks sent ahead of the import's thread: bounds the memory a fast reader can fill. */
const CHUNKS_AHEAD = 8;

if (parentPort === null) throw new Error('import-worker.ts runs only as a worker thread');
const port = parentPort;

let credit = CHUNKS_AHEAD;
let wake: (() => void) | null = null;
let task: WorkerTask | null = null;
const onMessage = (message: ParentMessage) => {
  if (message !== 'more') task = message.task;
  else credit++;
  wake?.();
  wake = null;
};
port.on('message', onMessage);

async function send(items: WireItem[], parts: Uint8Array[]): Promise<void> {
  while (credit === 0) await new Promise<void>((resolve) => (wake = resolve));
  credit--;
  const bytes = Buffer.concat(parts);
  // A fresh buffer of its own (concat may return a slice of the shared pool), so it can be transferred.
  const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const chunk: WireChunk = { items, bytes: own as ArrayBuffer };
  port.postMessage({ chunk } satisfies WorkerMessage, [chunk.bytes]);
}

async function run(task: WorkerTask): Promise<void> {
  const { ctx, fingerprint, fallbacks } = task;
  let items: WireItem[] = [];
  let parts: Uint8Array[] = [];
  let offset = 0;
  let sent = 0;
  try {
    for await (const result of readMarcFile(task.path, { format: task.format, encoding: task.encoding, idFields: fallbacks })) {
      const item = readItem(result, fallbacks);
      if ('rejection' in item) items.push(item);
      else if (item.deletion) items.push({ position: item.position, localId: item.localId, deletion: true });
      else {
        const raw = rawMarc(item.marc);
        const norm = normalized(item.marc, ctx, item.localId);
        let span: readonly [number, number] | string;
        if (raw.format === 'marcxml') span = raw.data;
        else {
          parts.push(raw.data);
          span = [offset, (offset += raw.data.byteLength)];
        }
        items.push({
          position: item.position,
          localId: item.localId,
          hash: contentHash(fingerprint, raw),
          raw: span,
          json: norm.ok ? JSON.stringify(norm.record) : null,
          features: norm.ok ? JSON.stringify(norm.features) : null,
          reason: norm.ok ? '' : norm.reason,
        });
      }
      // The first chunk is small: the import's thread starts on it while this one warms up.
      if (items.length >= (sent === 0 ? FIRST_CHUNK_RECORDS : CHUNK_RECORDS)) {
        sent++;
        await send(items, parts);
        items = [];
        parts = [];
        offset = 0;
      }
    }
  } finally {
    // The records read before a failure reach the import, which keeps them, ahead of the failure itself.
    if (items.length > 0) await send(items, parts);
  }
}

/** Waits for the task (a warm worker is started before it is known), runs it, then lets the thread end. */
async function main(): Promise<void> {
  while (task === null) await new Promise<void>((resolve) => (wake = resolve));
  try {
    await run(task);
    port.postMessage({ done: true } satisfies WorkerMessage);
  } catch (error) {
    port.postMessage({ failure: wireFailure(error) } satisfies WorkerMessage);
  }
  // Lets the thread end once its last messages are out.
  port.off('message', onMessage);
}

void main();

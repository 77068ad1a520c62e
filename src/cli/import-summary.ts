// Helpers of `samverka import`: adding up the summaries of several files, and counting a file's records
// cheaply beforehand so the progress bar has a total.
import { createReadStream } from 'node:fs';
import type { ImportSummary } from '../services/ingest.service.ts';

export function emptySummary(): ImportSummary {
  return { read: 0, added: 0, updated: 0, deleted: 0, unchanged: 0, rejected: 0, rejections: [], seconds: 0 };
}

export function addSummaries(a: ImportSummary, b: ImportSummary): ImportSummary {
  return {
    read: a.read + b.read,
    added: a.added + b.added,
    updated: a.updated + b.updated,
    deleted: a.deleted + b.deleted,
    unchanged: a.unchanged + b.unchanged,
    rejected: a.rejected + b.rejected,
    rejections: [...a.rejections, ...b.rejections],
    seconds: Math.round((a.seconds + b.seconds) * 1000) / 1000,
  };
}

const RECORD_TERMINATOR = 0x1d;
const XML_RECORD_END = /<\/(?:[\w.-]+:)?record>/g;

/** Records in an ISO 2709 file (record terminators) or a MARCXML file (closing record tags); an estimate for a bar. */
export async function countRecordsInFile(path: string): Promise<number> {
  let count = 0;
  let xml: boolean | null = null;
  let tail = '';
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    if (xml === null) xml = chunk.toString('latin1').trimStart().startsWith('<');
    if (xml) {
      const text = tail + chunk.toString('latin1');
      count += text.match(XML_RECORD_END)?.length ?? 0;
      tail = text.slice(-16).replace(/.*>/s, '');
    } else {
      for (let at = chunk.indexOf(RECORD_TERMINATOR); at !== -1; at = chunk.indexOf(RECORD_TERMINATOR, at + 1)) count++;
    }
  }
  return count;
}

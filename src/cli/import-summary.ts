// A helper of `samverka import`: counting a file's records cheaply beforehand so the progress bar has a total.
import { createReadStream } from 'node:fs';

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

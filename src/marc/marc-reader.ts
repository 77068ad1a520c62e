// The one way in for MARC data: streams ISO 2709, MARCXML or MARC-in-JSON from a stream or a file, record by record.
import { open, type FileHandle } from 'node:fs/promises';
import { errors } from '../core/errors.ts';
import { readIso2709Records } from './iso2709-stream.ts';
import { readMarcXmlRecords } from './marcxml.ts';
import { readMijRecords } from './mij.ts';
import type { MarcFormat, MarcReadOptions, MarcReadResult } from './read-result.ts';

export type { MarcEncoding } from './encoding.ts';
export type { MarcFormat, MarcReadOptions, MarcReadResult } from './read-result.ts';

const CHUNK_BYTES = 256 * 1024;

async function* byteChunks(input: AsyncIterable<Uint8Array | string> | NodeJS.ReadableStream): AsyncGenerator<Uint8Array> {
  for await (const chunk of input as AsyncIterable<Uint8Array | string>) {
    if (chunk.length > 0) yield typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
  }
}

function isBlankOrBom(b: number): boolean {
  return b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09 || b === 0xef || b === 0xbb || b === 0xbf;
}

/** Reads ahead to the first non-blank byte to tell the format, then replays what it read. */
async function sniffFormat(chunks: AsyncIterator<Uint8Array>): Promise<{ format: MarcFormat; seen: Uint8Array[] }> {
  const seen: Uint8Array[] = [];
  for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
    seen.push(next.value);
    const first = next.value.find((b) => !isBlankOrBom(b));
    if (first !== undefined) return { format: first === 0x3c ? 'marcxml' : first === 0x7b || first === 0x5b ? 'mij' : 'iso2709', seen };
  }
  return { format: 'iso2709', seen };
}

async function* replay(seen: Uint8Array[], rest: AsyncIterator<Uint8Array>): AsyncGenerator<Uint8Array> {
  yield* seen;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

/**
 * Reads MARC records from a byte stream, never holding more than one record (or one chunk) in memory.
 * Bad records come back as rejections with their position; malformed XML throws `xml-malformed` after the
 * records before the error.
 */
export async function* readMarc(
  input: AsyncIterable<Uint8Array> | NodeJS.ReadableStream, options: MarcReadOptions = {},
): AsyncGenerator<MarcReadResult> {
  const chunks = byteChunks(input);
  try {
    let format = options.format ?? 'auto';
    let stream: AsyncIterable<Uint8Array> = chunks;
    if (format === 'auto') {
      const sniffed = await sniffFormat(chunks);
      format = sniffed.format;
      stream = replay(sniffed.seen, chunks);
    }
    if (format === 'marcxml') yield* readMarcXmlRecords(stream, options);
    else if (format === 'mij') yield* readMijRecords(stream, options);
    else yield* readIso2709Records(stream, options);
  } finally {
    await chunks.return(undefined);
  }
}

async function* fileChunks(handle: FileHandle, path: string): AsyncGenerator<Uint8Array> {
  try {
    for await (const chunk of handle.createReadStream({ highWaterMark: CHUNK_BYTES })) yield chunk as Buffer;
  } catch (error) {
    throw errors.fileUnreadable(path, error);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Reads a MARC file as a stream; a file that cannot be opened or read throws `file-unreadable`. */
export async function* readMarcFile(path: string, options: MarcReadOptions = {}): AsyncGenerator<MarcReadResult> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw errors.fileUnreadable(path, error);
  }
  yield* readMarc(fileChunks(handle, path), options);
}

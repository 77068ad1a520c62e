// Test helper for the MARC codec tests: where the real MARC files are, and how to feed and drain a reader.
import type { MarcReadResult } from '../../src/marc/read-result.ts';

/** Real records converted by yaz and others (demo/marc/SOURCES.md). */
export const demoMarc = new URL('../../demo/marc/', import.meta.url).pathname;
/** Real records in their original encodings and formats (test/fixtures/marc/SOURCES.md). */
export const fixtureMarc = new URL('../../test/fixtures/marc/', import.meta.url).pathname;

export async function collect(results: AsyncIterable<MarcReadResult>): Promise<MarcReadResult[]> {
  const out: MarcReadResult[] = [];
  for await (const r of results) out.push(r);
  return out;
}

/** The bytes (or UTF-8 text) in chunks of `size`: records and tags cut anywhere, as a network or file gives them. */
export async function* chunked(input: Uint8Array | string, size: number): AsyncGenerator<Uint8Array> {
  const bytes = typeof input === 'string' ? Buffer.from(input) : input;
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

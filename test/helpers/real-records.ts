// Test-only: the real records of demo/marc (and the shared data set) for the catalogue's golden tests.
import { join } from 'node:path';
import { controlField } from '../../src/marc/marc-record.ts';
import type { MarcRecord } from '../../src/marc/marc-record.ts';
import { readMarcFile } from '../../src/marc/marc-reader.ts';

const ROOT = join(import.meta.dirname, '..', '..');
export const DEMO_MARC = join(ROOT, 'demo', 'marc');
/** Real records kept for tests only (provenance in its SOURCES.md); holds the GPO map series. */
export const FIXTURE_MARC = join(ROOT, 'test', 'fixtures', 'marc');

/** Every record the reader accepts from a real file, in file order. */
export async function readRealRecords(path: string): Promise<MarcRecord[]> {
  const out: MarcRecord[] = [];
  for await (const result of readMarcFile(path)) if (result.ok) out.push(result.record);
  return out;
}

/** The one record of a demo/marc file whose 001 is `id`; throws when the fixture no longer holds it. */
export async function realRecord(file: string, id: string): Promise<MarcRecord> {
  const found = (await readRealRecords(join(DEMO_MARC, file))).find((r) => controlField(r, '001')?.trim() === id);
  if (!found) throw new Error(`${file} has no record with 001 ${id}`);
  return found;
}


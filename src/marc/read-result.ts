// What the MARC readers yield: a record with its warnings, or the rejection of one record with its reason.
import type { MarcEncoding } from './encoding.ts';
import type { MarcRecord } from './marc-record.ts';

/** `mij`: MARC-in-JSON, one record per line. */
export type MarcFormat = 'auto' | 'iso2709' | 'marcxml' | 'mij';

export interface MarcReadOptions {
  /** `auto`: the first non-whitespace byte `<` means MARCXML, `{` or `[` MARC-in-JSON, anything else ISO 2709. */
  format?: MarcFormat;
  /** ISO 2709 only (MARCXML declares its own); `auto` decides per record from leader/09 and the bytes. */
  encoding?: MarcEncoding;
  /** Fallback id fields for rejections when 001 cannot be read, e.g. ['035a', '999c']. */
  idFields?: readonly string[];
}

export type MarcReadResult =
  /** position: 1-based record number in the input. */
  | { ok: true; position: number; record: MarcRecord; warnings: readonly string[] }
  | { ok: false; position: number; id: string | null; reason: string };

/** The reason to report for a record whose reading threw. */
export function rejectionReason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

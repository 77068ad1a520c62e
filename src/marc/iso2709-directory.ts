// Where each field of an ISO 2709 record lies: the directory, checked against the field terminators, repaired
// when its intent is clear.
import { errors } from '../core/errors.ts';

export const FIELD_TERMINATOR = 0x1e;

export interface DirectoryEntry {
  readonly tag: string;
  /** Field length including its terminator; NaN when the digits are damaged. */
  readonly length: number;
  /** Offset from the base address; NaN when the digits are damaged. */
  readonly start: number;
}

/** A field's content in the data area, without its terminator: [from, to). */
export interface FieldRange {
  readonly tag: string;
  readonly from: number;
  readonly to: number;
}

export function asciiDigits(bytes: Uint8Array, from: number, to: number): number {
  let value = 0;
  if (to > bytes.length) return NaN;
  for (let i = from; i < to; i++) {
    const d = bytes[i] - 0x30;
    if (d < 0 || d > 9) return NaN;
    value = value * 10 + d;
  }
  return value;
}

/** Reads the 12-byte entries between the leader and `directoryEnd` (the directory's terminator). */
export function readDirectory(bytes: Uint8Array, directoryEnd: number): DirectoryEntry[] {
  if ((directoryEnd - 24) % 12 !== 0) {
    throw errors.marcInvalid(`directory is damaged: its length ${directoryEnd - 24} is not a multiple of 12`);
  }
  const entries: DirectoryEntry[] = [];
  for (let at = 24; at < directoryEnd; at += 12) {
    entries.push({
      tag: String.fromCharCode(bytes[at], bytes[at + 1], bytes[at + 2]),
      length: asciiDigits(bytes, at + 3, at + 7),
      start: asciiDigits(bytes, at + 7, at + 12),
    });
  }
  if (entries.length === 0) throw errors.marcInvalid('record has no fields (empty directory)');
  return entries;
}

/**
 * Resolves the content range of every directory entry in `data` (the bytes after the base address, without the
 * record terminator). Trusts the directory when it agrees with the field terminators; otherwise re-splits at
 * the terminators when their count matches, or accepts missing terminators when the directory accounts for
 * every byte. Throws `marc-invalid` when the intent is not clear.
 */
export function resolveFields(
  data: Uint8Array, entries: readonly DirectoryEntry[], terminated: boolean, warnings: string[],
): FieldRange[] {
  const exact = byDirectory(data, entries);
  if (exact) return exact;
  if (!terminated) {
    throw errors.marcInvalid('record is truncated: the input ends inside it (no record terminator, directory points past the data)');
  }
  const pieces = splitAtTerminators(data);
  if (pieces.length === entries.length) {
    warnings.push('directory lengths/offsets do not match the data: fields re-split at field terminators');
    return pieces.map((p, i) => ({ tag: entries[i].tag, from: p.from, to: p.to }));
  }
  const lenient = withMissingTerminators(data, entries, warnings);
  if (lenient) return lenient;
  throw errors.marcInvalid(
    `directory does not match the data (${entries.length} entries, ${pieces.length} terminated fields): cannot tell where fields start`,
  );
}

/** The directory taken at its word: every field in bounds and ending at its own (and only) terminator. */
function byDirectory(data: Uint8Array, entries: readonly DirectoryEntry[]): FieldRange[] | null {
  const ranges: FieldRange[] = [];
  for (const { tag, length, start } of entries) {
    const last = start + length - 1;
    if (!(length >= 1) || !(start >= 0) || last >= data.length) return null;
    if (data.indexOf(FIELD_TERMINATOR, start) !== last) return null;
    ranges.push({ tag, from: start, to: last });
  }
  return ranges;
}

function splitAtTerminators(data: Uint8Array): { from: number; to: number }[] {
  const pieces: { from: number; to: number }[] = [];
  let from = 0;
  while (from < data.length) {
    let to = data.indexOf(FIELD_TERMINATOR, from);
    if (to < 0) to = data.length;
    pieces.push({ from, to });
    from = to + 1;
  }
  return pieces;
}

/**
 * Accepts a directory whose fields lack some terminators, but only when the fields, in offset order, cover
 * the data with nothing left between them except terminators: then no byte is lost or guessed.
 */
function withMissingTerminators(data: Uint8Array, entries: readonly DirectoryEntry[], warnings: string[]): FieldRange[] | null {
  const ranges: FieldRange[] = [];
  const unterminated: string[] = [];
  for (const { tag, length, start } of entries) {
    if (!(length >= 1) || !(start >= 0) || start + length > data.length) return null;
    const end = start + length;
    const to = data[end - 1] === FIELD_TERMINATOR ? end - 1 : end;
    const inner = data.indexOf(FIELD_TERMINATOR, start);
    if (inner >= 0 && inner < to) return null;
    if (to === end) unterminated.push(tag);
    ranges.push({ tag, from: start, to });
  }
  const ordered = [...ranges].sort((a, b) => a.from - b.from);
  let covered = 0;
  for (const r of ordered) {
    if (r.from < covered) return null;
    for (let i = covered; i < r.from; i++) if (data[i] !== FIELD_TERMINATOR) return null;
    covered = r.to;
  }
  for (let i = covered; i < data.length; i++) if (data[i] !== FIELD_TERMINATOR) return null;
  warnings.push(`field terminator missing after ${unterminated.join(', ')}: fields taken from the directory`);
  return ranges;
}

// Streams ISO 2709 records out of byte chunks: splits at 0x1D, skips junk between records, keeps memory bounded.
import { splitAt } from './byte-split.ts';
import { parseIso2709, RECORD_TERMINATOR } from './iso2709.ts';
import { idFromIso2709 } from './rejection-id.ts';
import { rejectionReason, type MarcReadOptions, type MarcReadResult } from './read-result.ts';

/** No ISO 2709 record is over 99,999 bytes; past this much without 0x1D the input is not ISO 2709 at all. */
const MAX_RECORD_BYTES = 1 << 20;

function isBlank(b: number): boolean {
  return b === 0x0a || b === 0x0d || b === 0x20 || b === 0x09 || b === 0x00 || b === 0x1a;
}

function isDigit(b: number): boolean {
  return b >= 0x30 && b <= 0x39;
}

/** Record length at 00–04 and base address at 12–16: digits in every leader. */
function plausibleLeader(bytes: Uint8Array, at: number): boolean {
  if (at + 24 > bytes.length) return false;
  for (let i = 0; i < 5; i++) if (!isDigit(bytes[at + i]) || !isDigit(bytes[at + 12 + i])) return false;
  return true;
}

/** Where the leader starts, searching from the first non-blank byte; null when there is none. */
function findLeader(bytes: Uint8Array, from: number): number | null {
  for (let i = from; i + 24 <= bytes.length; i++) if (plausibleLeader(bytes, i)) return i;
  return null;
}

/** Reads ISO 2709 records one by one; a bad record is rejected alone and reading goes on. */
export async function* readIso2709Records(
  chunks: AsyncIterable<Uint8Array>, options: MarcReadOptions = {},
): AsyncGenerator<MarcReadResult> {
  let position = 0;
  for await (const piece of splitAt(chunks, RECORD_TERMINATOR, MAX_RECORD_BYTES)) {
    if ('oversize' in piece) {
      yield { ok: false, position: ++position, id: null, reason: `no record terminator (0x1D) within ${piece.oversize} bytes: not ISO 2709 data` };
      continue;
    }
    // Blanks after a record terminator (newlines, padding) are common and harmless; other junk is reported.
    let first = 0;
    while (first < piece.bytes.length && isBlank(piece.bytes[first])) first++;
    if (first === piece.bytes.length) continue;
    position++;
    const start = findLeader(piece.bytes, first);
    if (start === null) {
      yield { ok: false, position, id: null, reason: 'no MARC leader found (junk instead of a record)' };
      continue;
    }
    const bytes = piece.bytes.subarray(start);
    const warnings: string[] = [];
    if (start > first) warnings.push(`${start - first} bytes of junk before the record skipped`);
    try {
      const record = parseIso2709(bytes, options.encoding ?? 'auto', warnings);
      yield { ok: true, position, record, warnings };
    } catch (error) {
      yield { ok: false, position, id: idFromIso2709(bytes, options.idFields), reason: rejectionReason(error) };
    }
  }
}

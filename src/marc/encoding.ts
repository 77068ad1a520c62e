// Character encodings of MARC records: detection from leader/09 and the bytes, and decoding to Unicode.
import { decodeMarc8 } from './marc8.ts';

export type MarcEncoding = 'auto' | 'utf-8' | 'marc-8' | 'iso-8859-1';

const utf8 = new TextDecoder('utf-8', { fatal: true });
/** WHATWG's ISO-8859-1 is Windows-1252, which is what systems that say Latin-1 really write. */
const latin1 = new TextDecoder('windows-1252');
const ESC = 0x1b;

function isLetter(b: number): boolean {
  return (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);
}

/** Bytes that ANSEL leaves undefined but ISO-8859-1 uses for letters (É, Ö, Ü, ÿ …). */
function undefinedInAnsel(b: number): boolean {
  return (b >= 0x80 && b <= 0xa0 && b !== 0x88 && b !== 0x89 && b !== 0x8d && b !== 0x8e)
    || b === 0xaf || b === 0xbb || b === 0xbe || b === 0xbf || (b >= 0xc9 && b <= 0xdf) || b === 0xfc || b === 0xfd || b === 0xff;
}

/**
 * Tells MARC-8 from ISO-8859-1 in bytes that are not UTF-8 and carry no escape sequence. A MARC-8 combining
 * mark (0xE0–0xFE) precedes its base letter; Latin-1 "å ä ö é" (same byte range) often end a word. Grave and
 * acute (0xE1, 0xE2) are left out: MARC-8 cataloguers use them as apostrophes ("Don\u0300t", "livin\u0300 ").
 */
function looksLikeLatin1(bytes: Uint8Array): boolean {
  let marks = 0;
  let stranded = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    if (undefinedInAnsel(b)) return true;
    if (b >= 0xe0) {
      marks++;
      const next = bytes[i + 1];
      const hasBase = next !== undefined && (isLetter(next) || next >= 0xe0);
      if (!hasBase && b !== 0xe1 && b !== 0xe2) stranded++;
    }
  }
  return stranded > 0 && stranded * 10 >= marks;
}

function scan(bytes: Uint8Array): { high: boolean; escape: boolean } {
  let high = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === ESC) return { high, escape: true };
    if (b >= 0x80) high = true;
  }
  return { high, escape: false };
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Decodes the data of a record (fields separated by 0x1E, kept in the text). `auto` decides from leader/09
 * ('a' = UTF-8, blank = MARC-8) and the bytes, since many systems lie: valid multi-byte UTF-8 without MARC-8
 * escapes is UTF-8 whatever 09 says, and bytes that cannot be MARC-8 are read as ISO-8859-1. Invalid UTF-8
 * is repaired byte by byte as Windows-1252 with a warning, so that the valid characters stay as they are.
 */
export function decodeRecordText(bytes: Uint8Array, encoding: MarcEncoding, leader09: string, warnings: string[]): string {
  if (encoding === 'marc-8') return decodeMarc8(bytes, warnings);
  if (encoding === 'iso-8859-1') return latin1.decode(bytes);
  if (encoding === 'utf-8' || leader09 === 'a') return tryUtf8(bytes) ?? repairUtf8(bytes, warnings);
  const { high, escape } = scan(bytes);
  if (escape) return decodeMarc8(bytes, warnings);
  if (!high) return latin1.decode(bytes);
  const text = tryUtf8(bytes);
  if (text !== null) return text;
  if (!looksLikeLatin1(bytes)) return decodeMarc8(bytes, warnings);
  warnings.push('data is neither UTF-8 nor MARC-8: read as ISO-8859-1/Windows-1252');
  return latin1.decode(bytes);
}

/** Length of the valid UTF-8 sequence at `i`, or 0 when the byte there does not start one. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  if (length === 0 || i + length > bytes.length) return 0;
  const second = bytes[i + 1];
  // The second byte's range excludes overlong forms, surrogates and code points past U+10FFFF.
  const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
  const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
  if (second < low || second > high) return 0;
  for (let k = 2; k < length; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return 0;
  return length;
}

/**
 * Decodes bytes that are mostly UTF-8: every valid sequence as UTF-8, every other byte as Windows-1252,
 * which is what a stray "ä" from an ISO-8859-1 system is. Counts the bytes it had to read so.
 */
export function decodeUtf8Repairing(bytes: Uint8Array): { text: string; repaired: number } {
  const parts: string[] = [];
  let repaired = 0;
  let run = 0;
  let i = 0;
  while (i < bytes.length) {
    if (bytes[i] < 0x80) {
      i++;
      continue;
    }
    const length = utf8SequenceLength(bytes, i);
    if (length > 0) {
      i += length;
      continue;
    }
    parts.push(utf8.decode(bytes.subarray(run, i)), latin1.decode(bytes.subarray(i, i + 1)));
    repaired++;
    run = ++i;
  }
  parts.push(utf8.decode(bytes.subarray(run)));
  return { text: parts.join(''), repaired };
}

function repairUtf8(bytes: Uint8Array, warnings: string[]): string {
  const { text, repaired } = decodeUtf8Repairing(bytes);
  warnings.push(`invalid UTF-8: ${repaired} byte(s) read as ISO-8859-1/Windows-1252`);
  return text;
}

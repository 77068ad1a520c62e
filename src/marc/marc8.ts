// MARC-8 → Unicode: escape sequences, G0/G1 sets, and combining marks moved after their base letter.
import {
  BASIC_LATIN, C1_CONTROLS, EXTENDED_LATIN, HOLE, SETS_BY_FINAL, SETS_BY_SHIFT, type Marc8CharacterSet,
} from './marc8-tables.ts';

const ESC = 0x1b;
const FIELD_TERMINATOR = 0x1e;
const RECORD_TERMINATOR = 0x1d;
const utf16 = new TextDecoder('utf-16le');
const COMBINING = /^\p{Mn}$/u;

/** Whether each set position holds a combining mark, computed once per set. */
const combiningCache = new WeakMap<Marc8CharacterSet, Uint8Array>();
function combiningOf(set: Marc8CharacterSet): Uint8Array {
  let marks = combiningCache.get(set);
  if (!marks) {
    marks = Uint8Array.from(set.chars, (ch) => (COMBINING.test(ch) ? 1 : 0));
    combiningCache.set(set, marks);
  }
  return marks;
}

function addWarning(warnings: string[] | undefined, message: string): void {
  if (warnings && !warnings.includes(message)) warnings.push(message);
}

/**
 * Decodes MARC-8 bytes to Unicode (NFC is the caller's step). Each field (0x1E) starts again in the default
 * state, G0 = ASCII and G1 = ANSEL. MARC-8 writes a combining mark BEFORE its base letter; Unicode after it.
 * Sets we do not decode (Arabic, East Asian) and undefined positions become U+FFFD and add a warning.
 */
export function decodeMarc8(bytes: Uint8Array, warnings?: string[]): string {
  const out = new Uint16Array(bytes.length);
  let n = 0;
  let g0 = BASIC_LATIN;
  let g1 = EXTENDED_LATIN;
  const pending: number[] = [];
  const flushMarks = (): void => {
    for (const mark of pending) out[n++] = mark;
    pending.length = 0;
  };
  const emit = (ch: string, set: Marc8CharacterSet, index: number): void => {
    if (ch === HOLE) addWarning(warnings, set.unsupported ? `MARC-8 ${set.name} characters replaced by U+FFFD` : 'undefined MARC-8 character replaced by U+FFFD');
    const code = ch.charCodeAt(0);
    if (combiningOf(set)[index] === 1) {
      pending.push(code);
      return;
    }
    out[n++] = code;
    flushMarks();
  };

  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b === ESC) {
      const next = readEscape(bytes, i, warnings);
      if (next.g0) g0 = next.g0;
      if (next.g1) g1 = next.g1;
      i = next.end;
      continue;
    }
    if (b < 0x20 || b === 0x7f) {
      flushMarks();
      if (b === FIELD_TERMINATOR || b === RECORD_TERMINATOR) {
        g0 = BASIC_LATIN;
        g1 = EXTENDED_LATIN;
      }
      out[n++] = b;
      i++;
      continue;
    }
    if (b === 0x20) {
      out[n++] = 0x20;
      flushMarks();
      i++;
      continue;
    }
    if (b >= 0x80 && b < 0xa0) {
      const control = C1_CONTROLS.get(b);
      if (control) out[n++] = control.charCodeAt(0);
      else addWarning(warnings, `undefined MARC-8 control byte 0x${b.toString(16)} dropped`);
      i++;
      continue;
    }
    const set = b < 0x80 ? g0 : g1;
    if (set.multibyte) {
      emit(HOLE, set, 0);
      i += 3;
      continue;
    }
    const index = (b & 0x7f) - 0x21;
    emit(index >= 0 && index < 94 ? set.chars[index] : HOLE, set, index);
    i++;
  }
  flushMarks();
  return utf16.decode(out.subarray(0, n));
}

interface EscapeResult {
  readonly end: number;
  readonly g0?: Marc8CharacterSet;
  readonly g1?: Marc8CharacterSet;
}

/** Reads one escape sequence at `start`; an unknown one is skipped (ESC only) with a warning. */
function readEscape(bytes: Uint8Array, start: number, warnings: string[] | undefined): EscapeResult {
  let i = start + 1;
  const shifted = SETS_BY_SHIFT.get(bytes[i]);
  if (shifted) return { end: i + 1, g0: shifted };
  let multibyte = false;
  if (bytes[i] === 0x24) { // $
    multibyte = true;
    i++;
  }
  let target: 'g0' | 'g1' = 'g0';
  const designator = bytes[i];
  if (designator === 0x28 || designator === 0x2c) i++; // ( ,
  else if (designator === 0x29 || designator === 0x2d) { // ) -
    target = 'g1';
    i++;
  } else if (!multibyte) {
    addWarning(warnings, 'unknown MARC-8 escape sequence ignored');
    return { end: start + 1 };
  }
  if (bytes[i] === 0x21) i++; // the "!" of ANSEL's final "!E"
  const set = SETS_BY_FINAL.get(bytes[i]);
  if (!set) {
    const unknown: Marc8CharacterSet = { name: 'unknown-set', chars: HOLE.repeat(94), unsupported: true, ...(multibyte ? { multibyte: true } : {}) };
    return { end: Math.min(i + 1, bytes.length), [target]: unknown };
  }
  return { end: i + 1, [target]: set };
}

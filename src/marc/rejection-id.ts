// The id to report with a rejected record: its 001 when it can be read, else the first configured fallback field.
import { isControlField, type Field } from './marc-record.ts';

const utf8 = new TextDecoder('utf-8');
const FIELD_TERMINATOR = 0x1e;
const RECORD_TERMINATOR = 0x1d;
const SUBFIELD_DELIMITER = 0x1f;
const MAX_ID_LENGTH = 200;

/** A field spec: "001" (control field) or "035a" (tag and subfield code). */
function parseSpec(spec: string): { tag: string; code: string | null } {
  return { tag: spec.slice(0, 3), code: spec.length > 3 ? spec[3] : null };
}

function usable(value: string | null | undefined): string | null {
  const id = value?.trim();
  return id && id.length <= MAX_ID_LENGTH && !/[\x00-\x1f]/.test(id) ? id : null;
}

/** From fields already parsed (MARCXML). */
export function idFromFields(fields: readonly Field[], idFields: readonly string[] = []): string | null {
  for (const spec of ['001', ...idFields]) {
    const { tag, code } = parseSpec(spec);
    for (const f of fields) {
      if (f.tag !== tag) continue;
      const value = isControlField(f) ? f.value : f.subfields.find((s) => s.code === code)?.value;
      const id = usable(value);
      if (id) return id;
    }
  }
  return null;
}

/** Best effort from the bytes of a damaged ISO 2709 record: the directory as far as it still reads. */
export function idFromIso2709(bytes: Uint8Array, idFields: readonly string[] = []): string | null {
  const entries = new Map<string, number>();
  let at = 24;
  while (at + 12 <= bytes.length && /^[0-9A-Za-z]{3}\d{9}$/.test(String.fromCharCode(...bytes.subarray(at, at + 12)))) {
    const tag = String.fromCharCode(...bytes.subarray(at, at + 3));
    if (!entries.has(tag)) entries.set(tag, Number(String.fromCharCode(...bytes.subarray(at + 7, at + 12))));
    at += 12;
  }
  if (bytes[at] !== FIELD_TERMINATOR) return null;
  const base = at + 1;
  for (const spec of ['001', ...idFields]) {
    const { tag, code } = parseSpec(spec);
    const start = entries.get(tag);
    if (start === undefined) continue;
    const from = base + start;
    if (from >= bytes.length || (start > 0 && bytes[from - 1] !== FIELD_TERMINATOR)) continue;
    const id = usable(code === null ? readUntil(bytes, from, false) : subfieldValue(bytes, from, code));
    if (id) return id;
  }
  return null;
}

function readUntil(bytes: Uint8Array, from: number, stopAtSubfield: boolean): string {
  let to = from;
  while (to < bytes.length && bytes[to] !== FIELD_TERMINATOR && bytes[to] !== RECORD_TERMINATOR
    && !(stopAtSubfield && bytes[to] === SUBFIELD_DELIMITER)) to++;
  return utf8.decode(bytes.subarray(from, to));
}

function subfieldValue(bytes: Uint8Array, fieldStart: number, code: string): string | null {
  const wanted = code.charCodeAt(0);
  for (let i = fieldStart; i + 1 < bytes.length && bytes[i] !== FIELD_TERMINATOR; i++) {
    if (bytes[i] === SUBFIELD_DELIMITER && bytes[i + 1] === wanted) return readUntil(bytes, i + 2, true);
  }
  return null;
}

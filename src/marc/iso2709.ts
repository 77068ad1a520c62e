// ISO 2709 (the MARC exchange format): one record's bytes to a MarcRecord, repairing damage, and back to UTF-8.
import { errors } from '../core/errors.ts';
import { isControlField, type DataField, type Field, type MarcRecord, type Subfield } from './marc-record.ts';
import { decodeRecordText, type MarcEncoding } from './encoding.ts';
import { FIELD_TERMINATOR, asciiDigits, readDirectory, resolveFields, type FieldRange } from './iso2709-directory.ts';

export const RECORD_TERMINATOR = 0x1d;
const SUBFIELD_DELIMITER = '\x1f';
const TAG = /^[0-9A-Za-z]{3}$/;

const NOT_PRINTABLE_ASCII = /[^\x20-\x7e]/g;

/**
 * The leader as a MarcRecord holds it: 24 ASCII characters, 09 = 'a' (the text is Unicode), and record length
 * (00–04) and base address (12–16) zeroed, since they describe one serialization, not the record; the writers
 * compute them.
 */
export function normalizeLeader(leader: string): string {
  const fixed = leader.slice(0, 24).padEnd(24, ' ').replace(NOT_PRINTABLE_ASCII, ' ');
  return `00000${fixed.slice(5, 9)}a${fixed.slice(10, 12)}00000${fixed.slice(17)}`;
}

/**
 * Parses one ISO 2709 record (with or without its 0x1D terminator). Damage whose repair is clear is repaired
 * and reported in `warnings`; otherwise throws `marc-invalid` with the reason. Text comes back as NFC Unicode.
 */
export function parseIso2709(bytes: Uint8Array, encoding: MarcEncoding = 'auto', warnings: string[] = []): MarcRecord {
  const warned = warnings.length;
  const terminated = bytes[bytes.length - 1] === RECORD_TERMINATOR;
  const end = terminated ? bytes.length - 1 : bytes.length;
  if (end < 25) throw errors.marcInvalid(`record is too short (${end} bytes) to hold a leader and a directory`);
  for (let i = 0; i < 24; i++) {
    if (bytes[i] < 0x20 || bytes[i] > 0x7e) throw errors.marcInvalid(`leader is damaged (byte 0x${bytes[i].toString(16)} at position ${i})`);
  }
  const leader = String.fromCharCode(...bytes.subarray(0, 24));
  const directoryEnd = bytes.subarray(0, end).indexOf(FIELD_TERMINATOR, 24);
  if (directoryEnd < 0) throw errors.marcInvalid('directory has no terminator (0x1E)');
  const entries = readDirectory(bytes, directoryEnd);
  const base = directoryEnd + 1;
  const declaredBase = asciiDigits(bytes, 12, 17);
  if (declaredBase !== base) warnings.push(`leader base address ${leader.slice(12, 17)} corrected to ${base}`);

  const data = bytes.subarray(base, end);
  const ranges = resolveFields(data, entries, terminated, warnings);
  const declaredLength = asciiDigits(bytes, 0, 5);
  if (!terminated) warnings.push('record terminator (0x1D) missing at the end of the input');
  else if (declaredLength !== bytes.length) warnings.push(`leader record length ${leader.slice(0, 5)} corrected to ${bytes.length}`);

  const fieldBytes = joinFields(data, ranges);
  const decoded = decodeRecordText(fieldBytes, encoding, leader[9], warnings);
  const text = decoded.normalize('NFC');
  const texts = text.split('\x1e');

  const fields: Field[] = [];
  ranges.forEach(({ tag }, i) => {
    if (!TAG.test(tag)) warnings.push(`field with unreadable tag ${JSON.stringify(tag)} dropped`);
    else if (tag.startsWith('00')) fields.push({ tag, value: texts[i] });
    else fields.push(dataField(tag, texts[i], warnings));
  });
  if (fields.length === 0) throw errors.marcInvalid('record has no readable fields');
  const record: MarcRecord = { leader: normalizeLeader(leader), fields };
  if (warnings.length === warned && (encoding === 'auto' || encoding === 'utf-8') && text === decoded
    && isCanonical(bytes, data, ranges, fieldBytes, text, texts)) {
    canonicalInput.set(record, bytes);
  }
  return record;
}

/**
 * Records read from bytes that were already canonical (as writeIso2709 writes them), with those bytes: most
 * records of a UTF-8 export are, and writing them again took a tenth of an import's reading thread.
 */
const canonicalInput = new WeakMap<MarcRecord, Uint8Array>();

/**
 * The record as canonical ISO 2709 (what writeIso2709 writes): the bytes it was read from when those were already
 * canonical, else written anew. Throws as writeIso2709 does.
 */
export function canonicalIso2709(record: MarcRecord): Uint8Array {
  return canonicalInput.get(record) ?? writeIso2709(record);
}

const byte = (text: string) => text.charCodeAt(0);
const printable = (code: number) => code >= 0x20 && code <= 0x7e;

/**
 * Whether writeIso2709 would write the parsed record as exactly these bytes. The caller has checked that parsing
 * warned of nothing (so lengths, offsets, tags and terminators were right), read UTF-8 as such, and changed no
 * character by normalizing to NFC. Left to check: the leader's fixed positions, fields lying back to back in
 * directory order, UTF-8 that decoded to as many bytes as it came from (no byte-order mark dropped), and nothing
 * the writer would drop or replace (record terminators in values, subfield delimiters in control fields, empty
 * subfields, unprintable indicators).
 */
function isCanonical(
  bytes: Uint8Array, data: Uint8Array, ranges: readonly FieldRange[], fieldBytes: Uint8Array, text: string, texts: readonly string[],
): boolean {
  if (bytes[9] !== byte('a') || bytes[10] !== byte('2') || bytes[11] !== byte('2')) return false;
  if (bytes[20] !== byte('4') || bytes[21] !== byte('5') || bytes[22] !== byte('0') || bytes[23] !== byte('0')) return false;
  if (bytes[bytes.length - 1] !== RECORD_TERMINATOR) return false;
  const last = ranges[ranges.length - 1];
  if (fieldBytes.length !== last.to || data.length !== last.to + 1) return false;
  for (let i = 0; i < ranges.length; i++) if (ranges[i].from !== (i === 0 ? 0 : ranges[i - 1].to + 1)) return false;
  if (texts.length !== ranges.length || Buffer.byteLength(text) !== fieldBytes.length) return false;
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i];
    if (t.includes('\x1d')) return false;
    if (ranges[i].tag.startsWith('00')) {
      if (t.includes(SUBFIELD_DELIMITER)) return false;
    } else if (!printable(t.charCodeAt(0)) || !printable(t.charCodeAt(1)) || t.includes('\x1f\x1f') || t.endsWith(SUBFIELD_DELIMITER)) {
      return false;
    }
  }
  return true;
}

/** The field contents separated by single terminators: the data area itself unless it had to be repaired. */
function joinFields(data: Uint8Array, ranges: readonly FieldRange[]): Uint8Array {
  const contiguous = ranges.every((r, i) => r.from === (i === 0 ? 0 : ranges[i - 1].to + 1));
  if (contiguous) return data.subarray(0, ranges[ranges.length - 1].to);
  const parts: Uint8Array[] = [];
  ranges.forEach((r, i) => {
    if (i > 0) parts.push(Uint8Array.of(FIELD_TERMINATOR));
    parts.push(data.subarray(r.from, r.to));
  });
  return Buffer.concat(parts);
}

/** A data field from its text: indicators, then subfields each led by a delimiter (read in place, not split). */
function dataField(tag: string, text: string, warnings: string[]): DataField {
  const first = text.indexOf(SUBFIELD_DELIMITER);
  const head = first < 0 ? text : text.slice(0, first);
  if (head.length !== 2) {
    warnings.push(head.length < 2 ? `indicators missing in ${tag}: taken as blank` : `text before the first subfield of ${tag} dropped`);
  }
  const subfields: Subfield[] = [];
  for (let at = first; at >= 0; ) {
    const next = text.indexOf(SUBFIELD_DELIMITER, at + 1);
    const end = next < 0 ? text.length : next;
    // An empty subfield (two delimiters in a row) is dropped.
    if (end > at + 1) subfields.push({ code: text[at + 1], value: text.slice(at + 2, end) });
    at = next;
  }
  if (first < 0) warnings.push(`${tag} has no subfields`);
  return { tag, ind1: head[0] ?? ' ', ind2: head[1] ?? ' ', subfields };
}

const HAS_SEPARATOR = /[\x1d-\x1f]/;
const SEPARATORS = /[\x1d-\x1f]/g;

/** Keeps a value from breaking the structure it is written into. */
function clean(value: string): string {
  return HAS_SEPARATOR.test(value) ? value.replace(SEPARATORS, ' ') : value;
}

/**
 * Writes a record as ISO 2709 in UTF-8: leader/09 'a', record length, base address and directory computed
 * from the bytes. Throws `marc-invalid` for a bad tag or when the record exceeds the format's limits.
 */
export function writeIso2709(record: MarcRecord): Uint8Array {
  const bodies = record.fields.map((f) => {
    if (!TAG.test(f.tag)) throw errors.marcInvalid(`cannot write tag ${JSON.stringify(f.tag)}`);
    if (isControlField(f)) return clean(f.value);
    let body = indicator(f.ind1) + indicator(f.ind2);
    for (const s of f.subfields) body += SUBFIELD_DELIMITER + (clean(s.code)[0] ?? ' ') + clean(s.value);
    return body;
  });
  let directory = '';
  let offset = 0;
  bodies.forEach((body, i) => {
    const length = Buffer.byteLength(body) + 1;
    if (length > 9999) throw errors.marcInvalid(`field ${record.fields[i].tag} is too long for ISO 2709 (${length} bytes)`);
    directory += record.fields[i].tag + pad(length, 4) + pad(offset, 5);
    offset += length;
  });
  const base = 24 + directory.length + 1;
  const total = base + offset + 1;
  if (total > 99999) throw errors.marcInvalid(`record is too long for ISO 2709 (${total} bytes)`);
  const source = normalizeLeader(record.leader);
  const leader = `${pad(total, 5)}${source.slice(5, 10)}22${pad(base, 5)}${source.slice(17, 20)}4500`;
  return Buffer.from(`${leader}${directory}\x1e${bodies.join('\x1e')}\x1e\x1d`, 'utf8');
}

function indicator(value: string): string {
  return value.length === 1 && value >= ' ' && value <= '~' ? value : ' ';
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

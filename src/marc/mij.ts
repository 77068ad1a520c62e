// MARC-in-JSON (one record per line, as Libris XL and marcjs write it): a streaming reader and a writer.
import { errors } from '../core/errors.ts';
import { splitAt } from './byte-split.ts';
import { decodeUtf8Repairing } from './encoding.ts';
import { normalizeLeader } from './iso2709.ts';
import { isControlField, type Field, type MarcRecord, type Subfield } from './marc-record.ts';
import { idFromFields } from './rejection-id.ts';
import { rejectionReason, type MarcReadOptions, type MarcReadResult } from './read-result.ts';

const NEWLINE = 0x0a;
const MAX_LINE_BYTES = 4 << 20;
const TAG = /^[0-9A-Za-z]{3}$/;

type Json = unknown;

function isObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: Json, what: string): string {
  if (typeof value === 'string') return value.normalize('NFC');
  if (typeof value === 'number') return String(value);
  throw errors.marcInvalid(`${what} is not a string`);
}

function subfieldsOf(tag: string, value: Json): Subfield[] {
  if (!Array.isArray(value)) throw errors.marcInvalid(`${tag} has no subfields array`);
  return value.flatMap((s) => {
    if (!isObject(s)) throw errors.marcInvalid(`a subfield of ${tag} is not an object`);
    return Object.entries(s).map(([code, v]) => ({ code: code[0] ?? ' ', value: text(v, `subfield ${tag} $${code}`) }));
  });
}

/** The fields that read, and the first problem that makes the record unusable. */
function fieldsOf(record: Record<string, Json>): { fields: Field[]; problem: string | null } {
  const fields: Field[] = [];
  if (!Array.isArray(record.fields)) return { fields, problem: 'record has no fields array' };
  for (const entry of record.fields) {
    if (!isObject(entry)) return { fields, problem: 'a field is not an object' };
    for (const [tag, value] of Object.entries(entry)) {
      if (!TAG.test(tag)) return { fields, problem: `invalid tag "${tag}"` };
      try {
        if (!isObject(value)) fields.push({ tag, value: text(value, `field ${tag}`) });
        else fields.push({ tag, ind1: indicator(value.ind1), ind2: indicator(value.ind2), subfields: subfieldsOf(tag, value.subfields) });
      } catch (error) {
        return { fields, problem: rejectionReason(error) };
      }
    }
  }
  return { fields, problem: fields.length === 0 ? 'record has no fields' : null };
}

function indicator(value: Json): string {
  return typeof value === 'string' && value.length > 0 ? value[0] : ' ';
}

function toResult(value: Json, position: number, warnings: string[], idFields: readonly string[]): MarcReadResult {
  if (!isObject(value)) return { ok: false, position, id: null, reason: 'line is not a JSON object' };
  const { fields, problem } = fieldsOf(value);
  const leader = value.leader;
  const reject = (reason: string): MarcReadResult => ({ ok: false, position, id: idFromFields(fields, idFields), reason });
  if (typeof leader !== 'string') return reject('record has no leader');
  if (problem !== null) return reject(problem);
  if (leader.length !== 24) warnings.push(`leader has ${leader.length} characters, not 24: padded or cut`);
  return { ok: true, position, record: { leader: normalizeLeader(leader), fields }, warnings };
}

/** Reads MARC-in-JSON lines (a line may also hold an array of records); a bad line is rejected alone. */
export async function* readMijRecords(chunks: AsyncIterable<Uint8Array>, options: MarcReadOptions = {}): AsyncGenerator<MarcReadResult> {
  let position = 0;
  for await (const piece of splitAt(chunks, NEWLINE, MAX_LINE_BYTES)) {
    if ('oversize' in piece) {
      yield { ok: false, position: ++position, id: null, reason: `line of ${piece.oversize} bytes is too long for one record` };
      continue;
    }
    const warnings: string[] = [];
    const { text: line, repaired } = decodeUtf8Repairing(piece.bytes);
    if (line.trim() === '') continue;
    if (repaired > 0) warnings.push(`invalid UTF-8: ${repaired} byte(s) read as ISO-8859-1/Windows-1252`);
    let value: Json;
    try {
      value = JSON.parse(line);
    } catch (error) {
      yield { ok: false, position: ++position, id: null, reason: `not valid JSON: ${rejectionReason(error)}` };
      continue;
    }
    for (const record of Array.isArray(value) ? value : [value]) {
      yield toResult(record, ++position, [...warnings], options.idFields ?? []);
    }
  }
}

/** One record as a MARC-in-JSON object (write it with JSON.stringify, one per line). */
export function toMij(record: MarcRecord): Record<string, Json> {
  return {
    leader: normalizeLeader(record.leader),
    fields: record.fields.map((f) => ({
      [f.tag]: isControlField(f) ? f.value : { ind1: f.ind1, ind2: f.ind2, subfields: f.subfields.map((s) => ({ [s.code]: s.value })) },
    })),
  };
}

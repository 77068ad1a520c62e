// The in-memory MARC21 record and field access helpers. src/marc may import core only.

export interface ControlField {
  readonly tag: string;
  readonly value: string;
}

export interface Subfield {
  readonly code: string;
  readonly value: string;
}

export interface DataField {
  readonly tag: string;
  readonly ind1: string;
  readonly ind2: string;
  readonly subfields: readonly Subfield[];
}

export type Field = ControlField | DataField;

/** A MARC21 record: leader (24 characters) and fields in the order received. Text is always Unicode (NFC). */
export interface MarcRecord {
  readonly leader: string;
  readonly fields: readonly Field[];
}

export function isControlField(field: Field): field is ControlField {
  return 'value' in field;
}

export function isDataField(field: Field): field is DataField {
  return 'subfields' in field;
}

/** The first control field with this tag, or null. */
export function controlField(record: MarcRecord, tag: string): string | null {
  for (const f of record.fields) if (f.tag === tag && isControlField(f)) return f.value;
  return null;
}

/** Where each data field tag stands in a fields array, and how many fields the array held when that was found. */
interface TagIndex {
  readonly length: number;
  readonly positions: Map<string, number[]>;
}

/**
 * Made once per record: normalizing asks a record for its fields by tag some thirty times, and looking through every
 * field each time was a seventh of an import's reading thread. A fields array that has grown since (a record still
 * being built) is indexed again.
 */
const tagIndexes = new WeakMap<readonly Field[], TagIndex>();

function tagPositions(fields: readonly Field[]): Map<string, number[]> {
  let index = tagIndexes.get(fields);
  if (index === undefined || index.length !== fields.length) {
    const positions = new Map<string, number[]>();
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i];
      if (!isDataField(f)) continue;
      const at = positions.get(f.tag);
      if (at === undefined) positions.set(f.tag, [i]);
      else at.push(i);
    }
    tagIndexes.set(fields, (index = { length: fields.length, positions }));
  }
  return index.positions;
}

/** All data fields with one of these tags, in record order. */
export function dataFields(record: MarcRecord, ...tags: string[]): DataField[] {
  const { fields } = record;
  const index = tagPositions(fields);
  let found: number[] | undefined;
  let merged = false;
  for (const tag of tags) {
    const at = index.get(tag);
    if (at === undefined) continue;
    if (found === undefined) found = at;
    else {
      found = [...found, ...at];
      merged = true;
    }
  }
  if (found === undefined) return [];
  if (merged) found = [...new Set(found)].sort((a, b) => a - b);
  return found.map((i) => fields[i] as DataField);
}

/** The first subfield value with this code, or null. */
export function subfield(field: DataField, code: string): string | null {
  for (const s of field.subfields) if (s.code === code) return s.value;
  return null;
}

/** All subfield values whose code is in `codes` (a string of codes, e.g. "abnp"), in field order. */
export function subfields(field: DataField, codes: string): string[] {
  const out: string[] = [];
  for (const s of field.subfields) if (codes.includes(s.code)) out.push(s.value);
  return out;
}

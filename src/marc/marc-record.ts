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

/** All data fields with one of these tags, in record order. */
export function dataFields(record: MarcRecord, ...tags: string[]): DataField[] {
  const out: DataField[] = [];
  for (const f of record.fields) if (isDataField(f) && tags.includes(f.tag)) out.push(f);
  return out;
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

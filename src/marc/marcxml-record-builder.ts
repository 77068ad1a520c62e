// Builds MarcRecords from MARCXML parser events; a record that breaks the MARCXML structure is rejected alone.
import type { SaxesTagNS } from 'saxes';
import type { DataField, Field, Subfield } from './marc-record.ts';
import { normalizeLeader } from './iso2709.ts';
import { idFromFields } from './rejection-id.ts';
import type { MarcReadResult } from './read-result.ts';

const TAG = /^[0-9A-Za-z]{3}$/;
const NON_ASCII = /[^\x00-\x7f]/;

/** MARC21 slim, MarcXchange (ISO 25577) and look-alikes with a changed case or slash; or no namespace. */
function isMarcNamespace(uri: string): boolean {
  return uri === '' || /marc21\/slim|marcxchange/i.test(uri);
}

function attribute(tag: SaxesTagNS, name: string): string | null {
  const direct = tag.attributes[name];
  if (direct) return direct.value;
  for (const a of Object.values(tag.attributes)) if (a.local === name) return a.value;
  return null;
}

function nfc(value: string): string {
  return NON_ASCII.test(value) ? value.normalize('NFC') : value;
}

interface RecordState {
  leader: string | null;
  readonly fields: Field[];
  readonly warnings: string[];
  problem: string | null;
}

export class MarcXmlRecordBuilder {
  private position = 0;
  private record: RecordState | null = null;
  private field: { tag: string; ind1: string; ind2: string; subfields: Subfield[] } | null = null;
  private code: string | null = null;
  private controlTag: string | null = null;
  private capturing = false;
  private buffer = '';

  constructor(
    private readonly idFields: readonly string[],
    private readonly emit: (result: MarcReadResult) => void,
  ) {}

  open(tag: SaxesTagNS): void {
    if (!isMarcNamespace(tag.uri)) return;
    if (tag.local === 'record') {
      this.position++;
      this.record = { leader: null, fields: [], warnings: [], problem: null };
      this.field = null;
      return;
    }
    const record = this.record;
    if (!record) return;
    switch (tag.local) {
      case 'leader':
      case 'controlfield':
        this.controlTag = tag.local === 'controlfield' ? attribute(tag, 'tag') ?? '' : null;
        this.startText();
        break;
      case 'datafield':
        this.field = {
          tag: attribute(tag, 'tag') ?? '',
          ind1: this.indicator(attribute(tag, 'ind1'), record),
          ind2: this.indicator(attribute(tag, 'ind2'), record),
          subfields: [],
        };
        break;
      case 'subfield':
        if (!this.field) break;
        this.code = attribute(tag, 'code') ?? '';
        this.startText();
        break;
    }
  }

  text(text: string): void {
    if (this.capturing) this.buffer += text;
  }

  close(tag: SaxesTagNS): void {
    const record = this.record;
    if (!record || !isMarcNamespace(tag.uri)) return;
    switch (tag.local) {
      case 'leader':
        record.leader = this.endText();
        break;
      case 'controlfield': {
        const value = nfc(this.endText());
        const fieldTag = this.controlTag ?? '';
        if (!TAG.test(fieldTag)) record.problem ??= `controlfield with ${fieldTag ? `invalid tag "${fieldTag}"` : 'no tag'}`;
        record.fields.push({ tag: fieldTag, value });
        break;
      }
      case 'subfield':
        this.closeSubfield(record);
        break;
      case 'datafield':
        this.closeDatafield(record);
        break;
      case 'record':
        this.emit(this.finish(record));
        this.record = null;
        break;
    }
  }

  private startText(): void {
    this.capturing = true;
    this.buffer = '';
  }

  private endText(): string {
    this.capturing = false;
    return this.buffer;
  }

  private indicator(value: string | null, record: RecordState): string {
    if (value !== null && value.length === 1) return value;
    if (value !== null && value.length > 1) record.warnings.push(`indicator "${value}" cut to one character`);
    return value?.[0] ?? ' ';
  }

  private closeSubfield(record: RecordState): void {
    const value = nfc(this.endText());
    if (!this.field) return;
    const code = this.code ?? '';
    if (code.length === 0) record.warnings.push(`subfield without code in ${this.field.tag || 'a datafield'} dropped`);
    else this.field.subfields.push({ code: code[0], value });
    this.code = null;
  }

  private closeDatafield(record: RecordState): void {
    const field = this.field;
    this.field = null;
    if (!field) return;
    if (!TAG.test(field.tag)) record.problem ??= `datafield with ${field.tag ? `invalid tag "${field.tag}"` : 'no tag'}`;
    record.fields.push(field satisfies DataField);
  }

  private finish(record: RecordState): MarcReadResult {
    const position = this.position;
    if (record.leader === null) record.problem ??= 'record has no leader';
    else if (record.fields.length === 0) record.problem ??= 'record has no fields';
    if (record.problem !== null) {
      return { ok: false, position, id: idFromFields(record.fields, this.idFields), reason: record.problem };
    }
    const leader = record.leader ?? '';
    if (leader.length !== 24) record.warnings.push(`leader has ${leader.length} characters, not 24: padded or cut`);
    if (record.fields.some(hasReplacementCharacter)) record.warnings.push('text holds U+FFFD: the input had bytes that are not valid in its encoding');
    return { ok: true, position, record: { leader: normalizeLeader(leader), fields: record.fields }, warnings: record.warnings };
  }
}

function hasReplacementCharacter(field: Field): boolean {
  return 'value' in field ? field.value.includes('\uFFFD') : field.subfields.some((s) => s.value.includes('\uFFFD'));
}

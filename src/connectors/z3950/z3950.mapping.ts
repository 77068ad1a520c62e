// Z39.50 to our types: presented records to MarcReadResults, OPAC holdings and circulation to Holdings, the
// configured charset to a negotiation and a MARC decoding, and record ids to PQF.
import { errors } from '../../core/errors.ts';
import type { Holding, HoldingStatus, LibraryId } from '../../core/types.ts';
import { controlField } from '../../marc/marc-record.ts';
import type { MarcEncoding, MarcReadResult } from '../../marc/marc-reader.ts';
import { readIso2709Payload, readMarcXmlPayload } from '../marc-payload.ts';
import { describeDiagnostic } from './bib1-diagnostics.ts';
import type { CirculationRecord, HoldingsAndCirc, OpacRecord } from './opac.codec.ts';
import { RECORD_SYNTAX, type Z3950Record } from './z3950.records.ts';

export interface Z3950Charset {
  /** Propose UTF-8 in the Init. */
  readonly negotiate: 'utf-8' | null;
  /** How ISO 2709 records are decoded; `auto` decides per record from leader/09 and the bytes. */
  readonly encoding: MarcEncoding;
}

const CHARSETS: Readonly<Record<string, Z3950Charset>> = {
  'utf-8': { negotiate: 'utf-8', encoding: 'utf-8' },
  utf8: { negotiate: 'utf-8', encoding: 'utf-8' },
  'marc-8': { negotiate: null, encoding: 'marc-8' },
  marc8: { negotiate: null, encoding: 'marc-8' },
  'iso-8859-1': { negotiate: null, encoding: 'iso-8859-1' },
  latin1: { negotiate: null, encoding: 'iso-8859-1' },
};

/** The `charset` setting; absent = no negotiation, decoding decided per record. A value we do not know is a configuration error. */
export function z3950Charset(library: LibraryId, charset: string | undefined): Z3950Charset {
  if (charset === undefined) return { negotiate: null, encoding: 'auto' };
  const known = CHARSETS[charset.toLowerCase()];
  if (!known) throw errors.configInvalid([`library ${library}: source.charset "${charset}" is not one of ${Object.keys(CHARSETS).join(', ')}`]);
  return known;
}

/** A PQF term that input cannot break out of: quoted, with `"` and `\` escaped as yaz reads them. */
export function pqfTerm(value: string): string {
  return `"${value.replace(/[\\"]/g, '\\$&')}"`;
}

/** One presented record at `position` of the result set; anything but a MARC record is that position's rejection. */
export function z3950RecordResult(record: Z3950Record, position: number, encoding: MarcEncoding, idFields: readonly string[]): MarcReadResult | Promise<MarcReadResult> {
  switch (record.kind) {
    case 'marc': return readIso2709Payload(record.bytes, position, encoding, idFields);
    case 'xml': return readMarcXmlPayload(record.xml, position, idFields);
    case 'opac':
      if (record.bibliographic === null) return { ok: false, position, id: null, reason: 'the OPAC record holds no bibliographic record' };
      if (record.bibliographicSyntax !== RECORD_SYNTAX.usmarc) {
        return { ok: false, position, id: null, reason: `the OPAC record's bibliographic record is in syntax ${record.bibliographicSyntax ?? 'unknown'}, not USMARC` };
      }
      return readIso2709Payload(record.bibliographic, position, encoding, idFields);
    case 'diagnostic': return { ok: false, position, id: null, reason: `the target could not give this record: ${describeDiagnostic(record.diagnostic)}` };
    case 'other': return { ok: false, position, id: null, reason: `the record came in syntax ${record.syntax ?? 'unknown'}, not the one asked for` };
  }
}

/** The 001 (trimmed, as record ids are made) of an OPAC record's bibliographic part; null when it has none. */
export function opacRecordId(record: OpacRecord, encoding: MarcEncoding): string | null {
  if (record.bibliographic === null) return null;
  const result = readIso2709Payload(record.bibliographic, 1, encoding);
  return result.ok ? controlField(result.record, '001')?.trim() || null : null;
}

export interface OpacHoldingsContext {
  readonly library: LibraryId;
  /** The library's branch ids; the first is where an unmapped location code goes. */
  readonly branches: readonly string[];
  /** Location code → branch id, from the source's holdings mapping. */
  readonly branchMap: Readonly<Record<string, string>>;
  readonly asOf: string;
}

/**
 * OPAC holdings as Holdings, one per item (CircRecord), or one per holding without circulation data (status
 * unknown). Branch: the holding's localLocation (else nucCode) through `branchMap`, or itself when it already is a
 * branch id, else the library's first branch with the code kept in `location`. Location: shelvingLocation.
 * Status: availableNow → available; otherwise on-loan with availablityDate as the due date when the target gives
 * one, and unknown when it gives none (lost, missing or not for loan look the same there). MARC holdings
 * records inside the OPAC record are not read.
 */
export function opacHoldings(record: OpacRecord, ctx: OpacHoldingsContext): Holding[] {
  return record.holdings.flatMap((h) => {
    const place = placeOf(h, ctx);
    if (h.circulationData.length === 0) return [{ ...place, status: 'unknown' as const, dueDate: null, itemId: null }];
    return h.circulationData.map((item) => ({ ...place, ...circulation(item), itemId: item.itemId }));
  });
}

function placeOf(h: HoldingsAndCirc, ctx: OpacHoldingsContext) {
  const code = h.localLocation ?? h.nucCode;
  const mapped = code === null ? undefined : (ctx.branchMap[code] ?? (ctx.branches.includes(code) ? code : undefined));
  const location = mapped !== undefined || code === null ? h.shelvingLocation : [code, h.shelvingLocation].filter(Boolean).join(' / ');
  return { library: ctx.library, branch: mapped ?? ctx.branches[0] ?? ctx.library, callNumber: h.callNumber, location, asOf: ctx.asOf };
}

function circulation(item: CirculationRecord): { status: HoldingStatus; dueDate: string | null } {
  if (item.availableNow) return { status: 'available', dueDate: null };
  const dueDate = isoDate(item.availablityDate);
  return dueDate === null ? { status: 'unknown', dueDate: null } : { status: 'on-loan', dueDate };
}

/** "2024-05-01", "20240501" or "2024-05-01 23:59" → "2024-05-01"; null for anything else. */
function isoDate(value: string | null): string | null {
  const match = value ? /^(\d{4})-?(\d{2})-?(\d{2})/.exec(value.trim()) : null;
  if (!match) return null;
  const iso = `${match[1]}-${match[2]}-${match[3]}`;
  // Date.UTC rolls 2024-02-30 over into March: a date that does not survive the round trip is not a date.
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))).toISOString().slice(0, 10) === iso ? iso : null;
}

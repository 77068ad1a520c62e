// OAI-PMH to our types: a record to a harvest item (deletions by local id), and the harvest cursor — the `from`
// datestamp the next incremental harvest asks for, taken from the repository's own clock.
import type { HarvestCursor, HarvestItem } from '../connector.ts';
import { controlField } from '../../marc/marc-record.ts';
import { readMarcXmlPayload } from '../marc-payload.ts';
import type { OaiRecord } from './oai-pmh.codec.ts';

/** The cursor of a list that started from the beginning and has not yet been seen to its end. */
export const FROM_THE_BEGINNING = '*';

/**
 * Taken off the next `from`: a record stamped just before the list began but committed just after it (the
 * repository's transaction lag) is harvested again rather than missed.
 */
export const OVERLAP_MS = 60_000;

/** The `from` a harvest asks for: none for a full harvest or the beginning; null `valid` for a cursor we cannot read. */
export function harvestFrom(cursor: HarvestCursor | null, full: boolean): { from: Date | null; valid: boolean } {
  if (full || cursor === null || cursor === FROM_THE_BEGINNING) return { from: null, valid: true };
  const at = utcDatetime(cursor);
  return Number.isNaN(at) ? { from: null, valid: false } : { from: new Date(at), valid: true };
}

/** An OAI-PMH UTCdatetime (a day, or a second with Z) in ms; NaN for anything else, which Date.parse would guess at ("next=41" is 2041). */
function utcDatetime(value: string | null): number {
  return value !== null && /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z)?$/.test(value.trim()) ? Date.parse(value.trim()) : NaN;
}

/**
 * The cursor after a complete list. The repository's clock, not ours: the responseDate of the list's first page
 * less OVERLAP_MS, so clock skew between us and the repository cannot lose changes, and `from` being inclusive
 * (and a day-granularity repository truncating it to the day) only widens the overlap. Without a readable
 * responseDate, the latest datestamp seen; without either, where this harvest began.
 */
export function nextCursor(firstResponseDate: string | null, latestDatestamp: string | null, began: HarvestCursor): HarvestCursor {
  const response = utcDatetime(firstResponseDate);
  if (!Number.isNaN(response)) return stamp(response - OVERLAP_MS);
  const latest = utcDatetime(latestDatestamp);
  return Number.isNaN(latest) ? began : stamp(latest);
}

function stamp(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}

/**
 * The local id a deletion names. A deleted record has no metadata, so it is the identifier's last segment
 * (`oai:koha.example:123` → `123`, `…/bib/123` → `123`), which is the record id only where the repository builds
 * identifiers from the record's 001, as Koha does when 001 holds the biblionumber. The harvest warns when the
 * records it sees break that rule. The rare deletion that still carries MARC names its own 001.
 */
export function identifierLocalId(identifier: string): string {
  return identifier.split(/[:/]/).filter((s) => s.trim() !== '').at(-1)?.trim() ?? identifier;
}

/** One record of a list at `position`: a deletion, or its metadata read as MARCXML (a rejection names the identifier). */
export async function oaiHarvestItem(record: OaiRecord, position: number, idFields: readonly string[]): Promise<HarvestItem> {
  const { header, metadata } = record;
  const result = metadata === null ? null : await readMarcXmlPayload(metadata, position, idFields);
  if (header.deleted) {
    const own = result?.ok ? controlField(result.record, '001')?.trim() : undefined;
    return { kind: 'deleted', localId: own || identifierLocalId(header.identifier) };
  }
  if (result === null) return { kind: 'record', result: { ok: false, position, id: header.identifier, reason: 'the record has no metadata and is not marked deleted' } };
  return { kind: 'record', result: result.ok ? result : { ...result, id: result.id ?? header.identifier } };
}

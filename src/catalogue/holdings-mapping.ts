// Holdings from item fields (852, 949, 952 …), mapped per source: branch, call number, status, due date.
import type { Holding, HoldingStatus, LibraryId } from '../core/types.ts';
import { dataFields } from '../marc/marc-record.ts';
import type { DataField, MarcRecord } from '../marc/marc-record.ts';

/** Where a source keeps item data. Every value is a subfield code (or several, where noted). */
export interface HoldingsMapping {
  readonly tag: '852' | '949' | '952' | string;
  /** Branch code subfield(s); the first present wins (Koha: holding branch, then home branch). */
  readonly branch?: string;
  /** Shelving location. */
  readonly location?: string;
  /** One or more codes, joined in field order. */
  readonly callNumber?: string;
  readonly itemId?: string;
  /** A status code translated through `statusMap`; an unmapped code means `unknown`. */
  readonly status?: string;
  /** A due date; present means on loan. */
  readonly dueDate?: string;
  /** Not-for-loan code: any value but empty or "0" means not for loan. */
  readonly notForLoan?: string;
  /** Codes that, when set to anything but "0", mean the copy cannot be lent now (Koha: withdrawn, lost, damaged). */
  readonly unavailable?: string;
  /**
   * True only for sources whose export always says when a copy is out (Koha writes $q, $7, $0, $1, $4):
   * then silence means the copy is on the shelf. Otherwise silence means `unknown`, never `available`.
   */
  readonly silentMeansAvailable?: boolean;
  readonly branchMap?: Readonly<Record<string, string>>;
  readonly statusMap?: Readonly<Record<string, HoldingStatus>>;
}

export const DEFAULT_HOLDINGS_MAPPINGS: Readonly<Record<'852' | '949' | '952', HoldingsMapping>> = {
  /** MARC 21 holdings: $b sublocation (sigel), $c shelving location, $k $h $i $j $m call number, $p piece. */
  '852': { tag: '852', branch: 'b', location: 'c', callNumber: 'khijm', itemId: 'p' },
  /** SirsiDynix/Evergreen item export: $m library, $l home location, $a call number, $v volume, $i barcode, $k current location. */
  '949': {
    tag: '949', branch: 'm', location: 'l', callNumber: 'av', itemId: 'i', status: 'k',
    statusMap: { CHECKEDOUT: 'on-loan', INTRANSIT: 'in-transit', 'IN-TRANSIT': 'in-transit', LOST: 'not-for-loan',
      MISSING: 'not-for-loan', DISCARD: 'not-for-loan', REFERENCE: 'not-for-loan', ONSHELF: 'available', AVAILABLE: 'available' },
  },
  /** Koha items (MARC 21 default framework): $b holding / $a home branch, $c location, $o call number, $p barcode,
   *  $q on loan (due date), $7 not for loan, $0 withdrawn, $1 lost, $4 damaged. */
  '952': {
    tag: '952', branch: 'ba', location: 'c', callNumber: 'o', itemId: 'p', dueDate: 'q', notForLoan: '7',
    unavailable: '014', silentMeansAvailable: true,
  },
};

export interface HoldingsContext {
  readonly library: LibraryId;
  readonly asOf: string;
  /** The library's branch ids; the first is where unmapped branch codes go. */
  readonly branches: readonly string[];
}

function first(field: DataField, codes: string | undefined): string | null {
  if (!codes) return null;
  for (const code of codes) {
    for (const s of field.subfields) if (s.code === code && s.value.trim()) return s.value.trim();
  }
  return null;
}

function all(field: DataField, codes: string | undefined): string | null {
  if (!codes) return null;
  const parts = field.subfields.filter((s) => codes.includes(s.code) && s.value.trim()).map((s) => s.value.trim());
  return parts.length > 0 ? parts.join(' ').replace(/\s+/g, ' ') : null;
}

const isSet = (value: string | null): boolean => value !== null && value !== '0';

/** "2024-05-01", "2024-05-01 23:59:00" or "20240501" → "2024-05-01"; null for anything else. */
function isoDate(value: string | null): string | null {
  const match = value ? /^(\d{4})-?(\d{2})-?(\d{2})/.exec(value) : null;
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  const iso = date.toISOString().slice(0, 10);
  return iso === `${match[1]}-${match[2]}-${match[3]}` ? iso : null;
}

function mapStatus(field: DataField, m: HoldingsMapping): { status: HoldingStatus; dueDate: string | null } {
  const unavailable = m.unavailable ? [...m.unavailable].some((code) => isSet(first(field, code))) : false;
  if (unavailable || isSet(first(field, m.notForLoan))) return { status: 'not-for-loan', dueDate: null };
  const due = first(field, m.dueDate);
  if (due !== null) return { status: 'on-loan', dueDate: isoDate(due) };
  const code = first(field, m.status);
  if (code !== null) {
    const mapped = m.statusMap?.[code] ?? m.statusMap?.[code.toUpperCase()];
    return { status: mapped ?? 'unknown', dueDate: null };
  }
  return { status: m.silentMeansAvailable ? 'available' : 'unknown', dueDate: null };
}

/** One holding per item field that names a branch, location, call number or item; note-only fields are skipped. */
export function mapHoldings(marc: MarcRecord, mapping: HoldingsMapping, ctx: HoldingsContext): Holding[] {
  const out: Holding[] = [];
  const fallbackBranch = ctx.branches[0] ?? ctx.library;
  for (const field of dataFields(marc, mapping.tag)) {
    const code = first(field, mapping.branch);
    const shelf = first(field, mapping.location);
    const callNumber = all(field, mapping.callNumber);
    const itemId = first(field, mapping.itemId);
    if (code === null && shelf === null && callNumber === null && itemId === null) continue;
    // A code that already is one of the library's branch ids needs no map entry.
    const mapped = code === null ? undefined : (mapping.branchMap?.[code] ?? (ctx.branches.includes(code) ? code : undefined));
    const location = mapped !== undefined || code === null ? shelf : [code, shelf].filter(Boolean).join(' / ');
    out.push({
      library: ctx.library,
      branch: mapped ?? fallbackBranch,
      callNumber,
      ...mapStatus(field, mapping),
      asOf: ctx.asOf,
      itemId,
      location,
    });
  }
  return out;
}

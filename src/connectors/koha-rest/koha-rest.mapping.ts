// Koha items (REST) to Holdings, read the way the harvested 952 item fields of the same Koha are read
// (catalogue/holdings-mapping.ts), so a live status and a harvested one of the same copy say the same thing.
import type { Holding, HoldingStatus, LibraryId } from '../../core/types.ts';
import type { KohaItem } from './koha-rest.codec.ts';

export interface KohaMappingContext {
  readonly library: LibraryId;
  /** The library's branch ids; the first is where an unmapped Koha library code goes. */
  readonly branches: readonly string[];
  /** Koha library code (branchcode) → branch id, from the source's holdings mapping. */
  readonly branchMap: Readonly<Record<string, string>>;
  readonly asOf: string;
}

const isSet = (value: number | null | undefined): boolean => typeof value === 'number' && value !== 0;

/** "2026-03-19" or "2026-03-19T…" → "2026-03-19"; null for anything that is not a real date. */
function isoDate(value: string | null | undefined): string | null {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  if (!match) return null;
  const iso = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))).toISOString().slice(0, 10);
  return iso === match[0] ? iso : null;
}

/**
 * Withdrawn, lost or damaged (952 $0 $1 $4) or not for loan (952 $7, or its item type's: the effective status;
 * negative values such as "ordered" count too) → not-for-loan; checked out (952 $q, `checked_out_date`, which holds
 * the due date) → on-loan with that due date; otherwise on the shelf. Koha's /biblios/{id}/items says nothing of
 * transfers, so a copy in transit reads as on the shelf at its holding library, as in the harvested export.
 */
function kohaStatus(item: KohaItem): { status: HoldingStatus; dueDate: string | null } {
  const notForLoan = item.effective_not_for_loan_status ?? item.not_for_loan_status;
  if (isSet(item.withdrawn) || isSet(item.lost_status) || isSet(item.damaged_status) || isSet(notForLoan)) {
    return { status: 'not-for-loan', dueDate: null };
  }
  if (item.checked_out_date) return { status: 'on-loan', dueDate: isoDate(item.checked_out_date) };
  return { status: 'available', dueDate: null };
}

/**
 * One item as a Holding. Branch: the holding library (else the home library, as 952 $b then $a) through
 * `branchMap`, or itself when it already is a branch id, else the library's first branch with the code kept in
 * `location` before the shelving location. The item id is the barcode, as 952 $p.
 */
export function kohaItemHolding(item: KohaItem, ctx: KohaMappingContext): Holding {
  const code = item.holding_library_id?.trim() || item.home_library_id?.trim() || null;
  const mapped = code === null ? undefined : (ctx.branchMap[code] ?? (ctx.branches.includes(code) ? code : undefined));
  const shelf = item.location?.trim() || null;
  return {
    library: ctx.library,
    branch: mapped ?? ctx.branches[0] ?? ctx.library,
    callNumber: item.callnumber?.trim() || null,
    ...kohaStatus(item),
    asOf: ctx.asOf,
    itemId: item.external_id?.trim() || null,
    location: mapped !== undefined || code === null ? shelf : [code, shelf].filter(Boolean).join(' / '),
  };
}

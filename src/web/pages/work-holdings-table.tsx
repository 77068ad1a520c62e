// The copies at one member library as a table: branch, shelf mark, status in words, due date and edition. Copies of
// one edition on the same shelf of a branch share a row ("3 ex.": 2 on the shelf, 1 on loan), so a big work stays short.
import { HOLDING_STATUSES, type HoldingStatus, type LibraryId } from '../../core/types.ts';
import { branchName, libraryName, type PageContext } from './page-context.ts';
import { editionLabel, type Edition } from './work-edition-grouping.ts';
import type { WorkHolding } from './work-holdings.tsx';

interface HoldingRow {
  readonly branch: string;
  readonly callNumber: string | null;
  readonly edition: string;
  readonly year: number;
  readonly copies: WorkHolding[];
}

/** Library and branch names are Swedish on both language versions, so they sort the Swedish way (Å, Ä, Ö last). */
export const swedish = new Intl.Collator('sv');

export interface HoldingsTableProps {
  readonly ctx: PageContext;
  readonly library: LibraryId;
  readonly copies: readonly WorkHolding[];
  readonly editionOf: ReadonlyMap<string, Edition>;
}

export function HoldingsTable({ ctx, library, copies, editionOf }: HoldingsTableProps) {
  const { l } = ctx;
  const headers = {
    branch: l.t('holdings.branch'), callNumber: l.t('holdings.callNumber'), status: l.t('holdings.status'),
    dueDate: l.t('holdings.dueDate'), edition: l.t('holdings.edition'),
  };
  const rows = holdingRows(ctx, library, copies, editionOf);
  return (
    // Explicit roles keep the table's meaning where a narrow screen restyles its rows as cards.
    <table class="holdings__table" role="table">
      <caption class="visually-hidden">{l.t('holdings.caption', { library: libraryName(ctx, library) })}</caption>
      <thead role="rowgroup">
        <tr role="row">{Object.values(headers).map((h) => <th scope="col" role="columnheader">{h}</th>)}</tr>
      </thead>
      <tbody role="rowgroup">
        {rows.map((row) => (
          <tr role="row">
            <th scope="row" role="rowheader">{branchName(ctx, library, row.branch)}</th>
            <td role="cell" data-label={headers.callNumber}>{row.callNumber ?? ''}</td>
            <td role="cell" data-label={headers.status}><Statuses ctx={ctx} copies={row.copies} /></td>
            <td role="cell" data-label={headers.dueDate}>{firstDue(ctx, row.copies)}</td>
            <td role="cell" data-label={headers.edition}>{row.edition}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The earliest due date of the row's copies: when the first of them is back. */
function firstDue(ctx: PageContext, copies: readonly WorkHolding[]): string {
  const due = copies.map((h) => h.dueDate).filter((d) => d !== null).sort()[0];
  return due === undefined ? '' : ctx.l.date(due);
}

function Statuses({ ctx, copies }: { readonly ctx: PageContext; readonly copies: readonly WorkHolding[] }) {
  const { l } = ctx;
  if (copies.length === 1) return <span class={`status status--${copies[0].status}`}>{l.statusName(copies[0].status)}</span>;
  const count = (status: HoldingStatus) => copies.filter((h) => h.status === status).length;
  const present = HOLDING_STATUSES.filter((s) => count(s) > 0);
  const counted = (s: HoldingStatus) => <span class={`status status--${s}`}>{l.t(`holdings.statusCount.${s}`, { count: count(s) })}</span>;
  // "2 på hyllan" says it all; only a mix of statuses needs the total first.
  if (present.length === 1) return counted(present[0]);
  return (
    <div>
      <span class="holdings__copies">{l.t('holdings.copies', { count: copies.length })}</span>
      <ul class="holdings__statuses">{present.map((s) => <li>{counted(s)}</li>)}</ul>
    </div>
  );
}

/** Rows by branch name, then newest edition first, then shelf mark. */
function holdingRows(ctx: PageContext, library: LibraryId, copies: readonly WorkHolding[], editionOf: ReadonlyMap<string, Edition>): HoldingRow[] {
  const rows = new Map<string, HoldingRow>();
  for (const h of copies) {
    const edition = editionOf.get(h.recordId);
    const key = [h.branch, h.callNumber ?? '', edition?.record.id ?? h.recordId].join('\u0000');
    const row = rows.get(key);
    if (row) row.copies.push(h);
    else {
      rows.set(key, {
        branch: h.branch, callNumber: h.callNumber, copies: [h], year: edition?.record.year ?? 0,
        edition: edition ? editionLabel(edition.record, ctx.l.formatName) : '',
      });
    }
  }
  const branch = (row: HoldingRow) => branchName(ctx, library, row.branch);
  return [...rows.values()].sort((a, b) =>
    swedish.compare(branch(a), branch(b)) || b.year - a.year || swedish.compare(a.callNumber ?? '', b.callNumber ?? ''));
}

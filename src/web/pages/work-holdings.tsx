// The copies of a work, one table per member library: branch, shelf mark, status in words, due date, edition.
import type { WorkView } from '../../services/catalogue-reader.ts';
import { branchName, libraryName, type PageContext } from './page-context.ts';

type Holding = WorkView['holdings'][number];

export function WorkHoldings({ ctx, view }: { readonly ctx: PageContext; readonly view: WorkView }) {
  const { l } = ctx;
  if (view.holdings.length === 0) return <p class="holdings-none">{l.t('work.noHoldings')}</p>;
  const byLibrary = new Map<string, Holding[]>();
  for (const h of view.holdings) byLibrary.set(h.library, [...(byLibrary.get(h.library) ?? []), h]);
  const edition = (recordId: string) => {
    const record = view.records.find((r) => r.id === recordId);
    if (!record) return '';
    return [record.year, ...record.formats.map(l.formatName)].filter((part) => part !== null).join(', ');
  };
  const headers = { branch: l.t('holdings.branch'), callNumber: l.t('holdings.callNumber'), status: l.t('holdings.status'), dueDate: l.t('holdings.dueDate'), edition: l.t('holdings.edition') };
  return (
    <div class="holdings">
      {[...byLibrary].map(([library, holdings]) => {
        const asOf = holdings.map((h) => h.asOf).sort().at(-1) ?? '';
        return (
          <div class="holdings__library">
            {/* Explicit roles keep the table's meaning where a narrow screen restyles its rows as cards. */}
            <table class="holdings__table" role="table">
              <caption>{libraryName(ctx, library)}</caption>
              <thead role="rowgroup">
                <tr role="row">{Object.values(headers).map((h) => <th scope="col" role="columnheader">{h}</th>)}</tr>
              </thead>
              <tbody role="rowgroup">
                {holdings.map((h) => (
                  <tr role="row">
                    <td role="cell" data-label={headers.branch}>{branchName(ctx, h.library, h.branch)}</td>
                    <td role="cell" data-label={headers.callNumber}>{h.callNumber ?? ''}</td>
                    <td role="cell" data-label={headers.status}><span class={`status status--${h.status}`}>{l.statusName(h.status)}</span></td>
                    <td role="cell" data-label={headers.dueDate}>{h.dueDate ? l.date(h.dueDate) : ''}</td>
                    <td role="cell" data-label={headers.edition}>{edition(h.recordId)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {asOf && <p class="holdings__as-of">{l.t('holdings.asOf', { date: l.dateTime(asOf) })}</p>}
          </div>
        );
      })}
    </div>
  );
}

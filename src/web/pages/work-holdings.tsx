// Where the copies are: one folding section per member library, its summary telling how many copies and how many are on the shelf.
import type { LibraryId } from '../../core/types.ts';
import type { SourceAvailability } from '../../services/availability-reader.ts';
import type { WorkView } from '../../services/catalogue-reader.ts';
import { libraryName, type PageContext } from './page-context.ts';
import type { Edition } from './work-edition-grouping.ts';
import { AsOfNote } from './work-holdings-as-of.tsx';
import { HoldingsTable, swedish } from './work-holdings-table.tsx';

export type WorkHolding = WorkView['holdings'][number];

/** With this many copies or fewer in all, every library starts open: the page stays short anyway. */
const OPEN_ALL_UP_TO = 12;

export function byLibraryName(ctx: PageContext): (a: LibraryId, b: LibraryId) => number {
  return (a, b) => swedish.compare(libraryName(ctx, a), libraryName(ctx, b));
}

export interface WorkHoldingsProps {
  readonly ctx: PageContext;
  readonly holdings: readonly WorkHolding[];
  readonly editionOf: ReadonlyMap<string, Edition>;
  /** The reader's own libraries (`?library=`): shown first and open. */
  readonly chosen: readonly LibraryId[];
  /** How each library's system answered for live statuses, and when; absent when nobody was asked. */
  readonly sources?: readonly SourceAvailability[];
  readonly checkedAt?: string;
}

export function WorkHoldings({ ctx, holdings, editionOf, chosen, sources = [], checkedAt }: WorkHoldingsProps) {
  const { l } = ctx;
  if (holdings.length === 0) return <p class="holdings-none">{l.t('work.noHoldings')}</p>;
  const sections = librarySections(ctx, holdings, chosen);
  const openAll = holdings.length <= OPEN_ALL_UP_TO;
  const onShelf = holdings.filter((h) => h.status === 'available').length;
  return (
    <div class="holdings">
      <p class="holdings__overview">
        {l.t('holdings.overview', {
          copies: l.t('holdings.copies', { count: holdings.length }),
          libraries: l.t('holdings.libraries', { count: sections.length }),
          onShelf: onShelfText(ctx, onShelf),
        })}
      </p>
      {sections.map(({ library, copies }) => {
        const available = copies.filter((h) => h.status === 'available').length;
        return (
          <details class="holdings__library" open={openAll || chosen.includes(library)}>
            <summary class="holdings__summary">
              <span class="holdings__library-name">{libraryName(ctx, library)}</span>
              <span class={`holdings__tally holdings__tally--${available > 0 ? 'yes' : 'no'}`}>
                <span class="holdings__dash"> — </span>{l.t('holdings.copies', { count: copies.length })}, {onShelfText(ctx, available)}
              </span>
            </summary>
            <HoldingsTable ctx={ctx} library={library} copies={copies} editionOf={editionOf} />
            <AsOfNote ctx={ctx} copies={copies} source={sources.find((s) => s.library === library)} checkedAt={checkedAt} />
          </details>
        );
      })}
    </div>
  );
}

function onShelfText(ctx: PageContext, count: number): string {
  return count > 0 ? ctx.l.t('holdings.onShelf', { count }) : ctx.l.t('holdings.noneOnShelf');
}

/** The reader's libraries first, then those with a copy on the shelf, then the rest, each group by name. */
function librarySections(ctx: PageContext, holdings: readonly WorkHolding[], chosen: readonly LibraryId[]) {
  const byLibrary = new Map<LibraryId, WorkHolding[]>();
  for (const h of holdings) {
    const copies = byLibrary.get(h.library);
    if (copies) copies.push(h);
    else byLibrary.set(h.library, [h]);
  }
  const rank = (library: LibraryId, copies: readonly WorkHolding[]) =>
    chosen.includes(library) ? 0 : copies.some((h) => h.status === 'available') ? 1 : 2;
  const byName = byLibraryName(ctx);
  return [...byLibrary]
    .map(([library, copies]) => ({ library, copies, rank: rank(library, copies) }))
    .sort((a, b) => a.rank - b.rank || byName(a.library, b.library));
}

// The editions of a work, newest first: publisher, year, edition, format, ISBN, which libraries have it and their records.
import type { ComponentChildren } from 'preact';
import type { BibRecord } from '../../core/types.ts';
import { libraryName, type PageContext } from './page-context.ts';
import type { Edition } from './work-edition-grouping.ts';
import { byLibraryName } from './work-holdings.tsx';

/** Editions shown before the rest fold away; a fold hiding only one or two would just cost a click. */
const SHOWN_FIRST = 10;
const FOLD_AT_LEAST = 3;

export function WorkEditions({ ctx, editions }: { readonly ctx: PageContext; readonly editions: readonly Edition[] }) {
  const shown = editions.length >= SHOWN_FIRST + FOLD_AT_LEAST ? editions.slice(0, SHOWN_FIRST) : editions;
  const rest = editions.slice(shown.length);
  return (
    <>
      <EditionList ctx={ctx} editions={shown} start={1} />
      {rest.length > 0 && (
        <details class="editions__more">
          <summary>{ctx.l.t('work.allEditions', { count: editions.length })}</summary>
          <EditionList ctx={ctx} editions={rest} start={shown.length + 1} />
        </details>
      )}
    </>
  );
}

function EditionList({ ctx, editions, start }: { readonly ctx: PageContext; readonly editions: readonly Edition[]; readonly start: number }) {
  const { l } = ctx;
  return (
    <ol class="editions" start={start}>
      {editions.map(({ record: r, records, isbns }) => (
        <li class="edition" itemprop="workExample" itemscope itemtype="https://schema.org/Book">
          <h3 class="edition__title">
            <span itemprop="name">{r.title}</span>
            {r.subtitle && <span class="edition__subtitle"> : {r.subtitle}</span>}
          </h3>
          {r.responsibility && <p class="edition__responsibility">{r.responsibility}</p>}
          <dl class="facts facts--compact">
            <Fact label={l.t('edition.edition')} show={r.edition !== null}><span itemprop="bookEdition">{r.edition}</span></Fact>
            <Fact label={l.t('edition.published')} show={r.publisher !== null || r.year !== null}>
              {[r.place, r.publisher].filter(Boolean).join(' : ')}
              {r.publisher || r.place ? ', ' : ''}
              {r.year !== null && <span itemprop="datePublished">{r.year}</span>}
            </Fact>
            <Fact label={l.t('edition.format')} show={r.formats.length > 0}>{r.formats.map(l.formatName).join(', ')}</Fact>
            <Fact label={l.t('edition.language')} show={r.languages.length > 0}>{r.languages.map(l.languageName).join(', ')}</Fact>
            <Fact label={l.t('edition.extent')} show={r.extent !== null}>{r.extent}</Fact>
            <Fact label={l.t('edition.isbn')} show={isbns.length > 0}>
              {isbns.map((isbn, i) => <>{i > 0 && ', '}<span itemprop="isbn">{isbn}</span></>)}
            </Fact>
            <Fact label={l.t('edition.series')} show={r.series.length > 0}>{r.series.join('; ')}</Fact>
            <Fact label={l.t('edition.notes')} show={r.notes.length > 0} wide>{r.notes.join(' ')}</Fact>
            <Fact label={l.t('edition.heldBy')} show wide>{heldBy(ctx, records)}</Fact>
          </dl>
        </li>
      ))}
    </ol>
  );
}

/**
 * The libraries with their record numbers: what a patron asks for and what a librarian looks up. Libraries sharing a
 * record number (copies of one union-catalogue record) are named together before it.
 */
function heldBy(ctx: PageContext, records: readonly BibRecord[]): string {
  const byName = byLibraryName(ctx);
  const librariesOf = new Map<string, string[]>();
  for (const r of [...records].sort((a, b) => byName(a.library, b.library))) {
    librariesOf.set(r.localId, [...(librariesOf.get(r.localId) ?? []), libraryName(ctx, r.library)]);
  }
  return [...librariesOf].map(([localId, names]) => ctx.l.t('edition.recordAt', { library: ctx.l.list(names), localId })).join('; ');
}

export interface FactProps {
  readonly label: string;
  readonly show: boolean;
  /** Long text: takes the whole width where facts stand in two columns. */
  readonly wide?: boolean;
  readonly children: ComponentChildren;
}

export function Fact({ label, show, wide = false, children }: FactProps) {
  if (!show) return null;
  return (
    <div class={wide ? 'facts__row facts__row--wide' : 'facts__row'}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

// The editions (records) of a work: publisher, year, edition, format, ISBN and which library's catalogue record it is.
import type { ComponentChildren } from 'preact';
import type { BibRecord } from '../../core/types.ts';
import { libraryName, type PageContext } from './page-context.ts';

export function WorkEditions({ ctx, records }: { readonly ctx: PageContext; readonly records: readonly BibRecord[] }) {
  const { l } = ctx;
  return (
    <ol class="editions">
      {records.map((r) => (
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
            <Fact label={l.t('edition.isbn')} show={r.isbns.length > 0}>
              {r.isbns.map((isbn, i) => <>{i > 0 && ', '}<span itemprop="isbn">{isbn}</span></>)}
            </Fact>
            <Fact label={l.t('edition.series')} show={r.series.length > 0}>{r.series.join('; ')}</Fact>
            <Fact label={l.t('edition.notes')} show={r.notes.length > 0}>{r.notes.join(' ')}</Fact>
            <Fact label={l.t('edition.record')} show>{l.t('edition.recordAt', { library: libraryName(ctx, r.library), localId: r.localId })}</Fact>
          </dl>
        </li>
      ))}
    </ol>
  );
}

export function Fact({ label, show, children }: { readonly label: string; readonly show: boolean; readonly children: ComponentChildren }) {
  if (!show) return null;
  return (
    <div class="facts__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

// The source-health page (/kallor, /en/sources): for each member library, where its catalogue comes from and how
// the last harvests went — a failing source says so, with its error and the age of the data still shown.
import type { SourcesReport, SourceView } from '../../services/source-health-reader.ts';
import { Layout } from './layout.tsx';
import { libraryName, type PageContext } from './page-context.ts';
import { Fact } from './work-editions.tsx';

const STATE_CLASS: Record<SourceView['state'], string> = {
  ok: 'source-state source-state--ok',
  failing: 'source-state source-state--failing',
  'never-harvested': 'source-state source-state--never',
  'import-only': 'source-state source-state--import',
};

export function SourcesPage({ ctx, report }: { readonly ctx: PageContext; readonly report: SourcesReport }) {
  const { l } = ctx;
  const sources = [...report.sources].sort((a, b) => libraryName(ctx, a.library).localeCompare(libraryName(ctx, b.library), 'sv'));
  return (
    <Layout ctx={ctx} title={l.t('sources.title')} noindex>
      <div class="wrap sources">
        <h1>{l.t('sources.title')}</h1>
        <p class="sources__lead">{l.t('sources.lead', { time: l.dateTime(report.asOf) })}</p>
        {sources.length === 0 && <p>{l.t('sources.none')}</p>}
        <ul class="source-list">
          {sources.map((source) => <li><SourceCard ctx={ctx} source={source} asOf={report.asOf} /></li>)}
        </ul>
      </div>
    </Layout>
  );
}

function SourceCard({ ctx, source, asOf }: { readonly ctx: PageContext; readonly source: SourceView; readonly asOf: string }) {
  const { l } = ctx;
  const headingId = `source-${source.library}`;
  const when = (iso: string) => l.t('sources.when', { time: l.dateTime(iso), ago: l.ago(iso, asOf) });
  const counts = source.lastCounts;
  return (
    <section class={`source source--${source.state}`} aria-labelledby={headingId}>
      <h2 id={headingId} class="source__name">{libraryName(ctx, source.library)}</h2>
      <p class="source__states">
        <span class={STATE_CLASS[source.state]}>{l.t(`sources.state.${source.state}`)}</span>
        {source.harvesting && <span class="badge">{l.t('sources.harvesting')}</span>}
      </p>
      {source.state === 'failing' && (
        <p class="source__problem">
          {source.lastSuccessAt ? l.t('sources.showingDataFrom', { ago: l.ago(source.lastSuccessAt, asOf) }) : l.t('sources.noGoodData')}
        </p>
      )}
      <dl class="facts">
        <Fact label={l.t('sources.system')} show>{source.kind ? l.t(`sources.kind.${source.kind}`, { defaultValue: source.kind }) : l.t('sources.noSource')}</Fact>
        <Fact label={l.t('sources.lastError')} show={source.state === 'failing' && source.lastError !== null}>
          <span class="source__error">{source.lastError}</span>
          {source.lastErrorAt && <> ({when(source.lastErrorAt)})</>}
        </Fact>
        <Fact label={l.t('sources.lastSuccess')} show={source.state !== 'import-only'}>
          {source.lastSuccessAt ? when(source.lastSuccessAt) : l.t('sources.never')}
        </Fact>
        <Fact label={l.t('sources.lastAttempt')} show={source.lastAttemptAt !== null}>{source.lastAttemptAt && when(source.lastAttemptAt)}</Fact>
        <Fact label={l.t('sources.lastRun')} show={counts !== null}>
          {counts && l.t('sources.counts', Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, l.number(v)])))}
        </Fact>
        <Fact label={l.t('sources.records')} show>{l.number(source.records)}</Fact>
        <Fact label={l.t('sources.schedule')} show={source.state !== 'import-only'}>
          {source.intervalMinutes ? l.t('sources.every', { count: source.intervalMinutes }) : l.t('sources.onDemand')}
        </Fact>
      </dl>
      {source.state === 'import-only' && <p class="source__note">{l.t('sources.importOnly')}</p>}
    </section>
  );
}

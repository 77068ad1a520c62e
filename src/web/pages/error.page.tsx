// The error page a reader sees: what happened in plain words, a search box to go on, and a way home.
import type { ErrorKind } from '../errors.ts';
import { Layout } from './layout.tsx';
import type { PageContext } from './page-context.ts';
import { QueryHelp } from './query-help.tsx';
import { SearchBox } from './search-box.tsx';
import { PATHS } from './urls.ts';

const MESSAGES: Record<ErrorKind, { title: string; text: string }> = {
  'not-found': { title: 'error.notFoundTitle', text: 'error.notFoundText' },
  'bad-request': { title: 'error.badRequestTitle', text: 'error.badRequestText' },
  'bad-query': { title: 'error.badRequestTitle', text: 'error.badQueryText' },
  unauthenticated: { title: 'error.unauthenticatedTitle', text: 'error.unauthenticatedText' },
  forbidden: { title: 'error.forbiddenTitle', text: 'error.forbiddenText' },
  conflict: { title: 'error.conflictTitle', text: 'error.conflictText' },
  'rate-limited': { title: 'error.rateLimitedTitle', text: 'error.rateLimitedText' },
  unavailable: { title: 'error.unavailableTitle', text: 'error.unavailableText' },
  internal: { title: 'error.internalTitle', text: 'error.internalText' },
};

export function ErrorPage({ ctx, kind, q }: { readonly ctx: PageContext; readonly kind: ErrorKind; readonly q: string }) {
  const { l } = ctx;
  const message = MESSAGES[kind];
  return (
    <Layout ctx={ctx} title={l.t(message.title)} noindex>
      <div class="wrap error-page">
        <h1>{l.t(message.title)}</h1>
        <p class="error-page__text">{l.t(message.text)}</p>
        <SearchBox ctx={ctx} q={q} />
        {kind === 'bad-query' && <QueryHelp ctx={ctx} open />}
        <p><a href={PATHS[ctx.locale].home}>{l.t('error.home')}</a></p>
      </div>
    </Layout>
  );
}

// The home page: the consortium's name, a big search box first, and the member libraries to search one by one,
// each branch with whether it is open now.
import type { Library } from '../../core/types.ts';
import { Layout } from './layout.tsx';
import { OpeningStatusLine } from './opening-status.tsx';
import type { PageContext } from './page-context.ts';
import { QueryHelp } from './query-help.tsx';
import { SearchBox } from './search-box.tsx';
import { facetSearchHref } from './urls.ts';

export function HomePage({ ctx, now }: { readonly ctx: PageContext; readonly now: Date }) {
  const { l } = ctx;
  return (
    <Layout ctx={ctx} title={l.t('home.title')}>
      <section class="hero">
        <div class="wrap hero__inner">
          <h1 class="hero__title">{ctx.consortiumName}</h1>
          <p class="hero__lead">{l.t('home.lead')}</p>
          <SearchBox ctx={ctx} size="large" />
          <QueryHelp ctx={ctx} />
        </div>
      </section>
      <section class="wrap libraries" aria-labelledby="libraries-heading">
        <h2 id="libraries-heading">{l.t('home.librariesHeading')}</h2>
        <p>{l.t('home.librariesIntro')}</p>
        <ul class="library-list">
          {ctx.libraries.map((library) => (
            <li class="library-card">
              <a class="library-card__link" href={facetSearchHref(ctx.locale, 'library', library.id)}>{library.name}</a>
              <LibraryBranches ctx={ctx} library={library} now={now} />
            </li>
          ))}
        </ul>
      </section>
    </Layout>
  );
}

/** The branches with their opening status; names on one line when no branch has known hours. */
function LibraryBranches({ ctx, library, now }: { readonly ctx: PageContext; readonly library: Library; readonly now: Date }) {
  const { l } = ctx;
  if (!library.branches.some((b) => b.openingHours)) {
    return <span class="library-card__branches">{library.branches.map((b) => b.name).join(' · ')}</span>;
  }
  return (
    <>
      <ul class="branch-hours">
        {library.branches.map((branch) => (
          <li class="branch-hours__branch">
            <span class="branch-hours__name">{branch.name}</span>
            {branch.openingHours && <OpeningStatusLine l={l} hours={branch.openingHours} now={now} />}
          </li>
        ))}
      </ul>
      {library.branches.some((b) => b.openingHours?.demo) && <p class="branch-hours__demo">{l.t('opening.demo')}</p>}
    </>
  );
}

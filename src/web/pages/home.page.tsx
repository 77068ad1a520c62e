// The home page: the consortium's name, a big search box first, and the member libraries to search one by one.
import { Layout } from './layout.tsx';
import type { PageContext } from './page-context.ts';
import { QueryHelp } from './query-help.tsx';
import { SearchBox } from './search-box.tsx';
import { facetSearchHref } from './urls.ts';

export function HomePage({ ctx }: { readonly ctx: PageContext }) {
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
              <span class="library-card__branches">
                {library.branches.map((b) => b.name).join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </Layout>
  );
}

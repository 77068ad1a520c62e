// /e-tjanster: every public e-service by category — what it is, who may use it, from where, on what terms — with a
// "I have a library card from …" filter (a GET form, so it works without JavaScript and can be linked to).
import { isWebUrl } from '../../web-url.ts';
import type { EServiceItem } from '../../../core/content.ts';
import type { LibraryId } from '../../../core/types.ts';
import { Markdown } from '../../markdown.tsx';
import { Layout } from '../layout.tsx';
import { libraryName, type PageContext } from '../page-context.ts';
import { PATHS } from '../urls.ts';
import { eservicesFor, groupByCategory } from './eservices-for.ts';
import { localized } from './localized.ts';

export interface EServicesPageProps {
  readonly ctx: PageContext;
  readonly services: readonly EServiceItem[];
  /** The card the reader has (the filter; later the logged-in patron's home library); null = all services. */
  readonly library: LibraryId | null;
}

export function EServicesPage({ ctx, services, library }: EServicesPageProps) {
  const { l } = ctx;
  const shown = eservicesFor(services, library);
  const groups = groupByCategory(shown);
  const name = library ? libraryName(ctx, library) : '';
  return (
    <Layout ctx={ctx} title={l.t('info.eservices.title')} section="eservices">
      <div class="wrap eservices">
        <h1>{l.t('info.eservices.title')}</h1>
        <p class="eservices__intro">{l.t('info.eservices.intro')}</p>
        <CardFilter ctx={ctx} library={library} />
        {library && (
          <p class="eservices__scope">
            {shown.length > 0 ? l.t('info.eservices.filtered', { count: shown.length, library: name }) : l.t('info.eservices.noneForLibrary', { library: name })}{' '}
            <a href={PATHS[ctx.locale].eservices}>{l.t('info.eservices.showAll')}</a>
          </p>
        )}
        {services.length === 0 && <p>{l.t('info.eservices.none')}</p>}
        {groups.length > 1 && (
          <nav class="eservices__toc" aria-label={l.t('info.eservices.categoriesNav')}>
            <ul>{groups.map((g) => <li><a href={`#${g.category}`}>{l.t(`info.eservices.category.${g.category}`)}</a></li>)}</ul>
          </nav>
        )}
        <div class="eservice-groups">
          {groups.map((group) => (
            <section class={`eservice-group${group.services.length > 1 ? ' eservice-group--wide' : ''}`} aria-labelledby={group.category}>
              <h2 id={group.category}>{l.t(`info.eservices.category.${group.category}`)}</h2>
              <ul class="eservice-list">
                {group.services.map((service) => <li><EServiceCard ctx={ctx} service={service} /></li>)}
              </ul>
            </section>
          ))}
        </div>
      </div>
    </Layout>
  );
}

function CardFilter({ ctx, library }: { readonly ctx: PageContext; readonly library: LibraryId | null }) {
  const { l } = ctx;
  return (
    <form class="eservice-filter" method="get" action={PATHS[ctx.locale].eservices}>
      <label for="library">{l.t('info.eservices.filterLabel')}</label>
      <div class="eservice-filter__row">
        <select id="library" name="library">
          <option value="" selected={library === null}>{l.t('info.eservices.filterAll')}</option>
          {ctx.libraries.map((m) => <option value={m.id} selected={m.id === library}>{m.name}</option>)}
        </select>
        <button class="button" type="submit">{l.t('info.eservices.filterButton')}</button>
      </div>
    </form>
  );
}

export function EServiceCard({ ctx, service }: { readonly ctx: PageContext; readonly service: EServiceItem }) {
  const { l, locale } = ctx;
  const description = localized(service.description, locale);
  const terms = service.terms ? localized(service.terms, locale) : null;
  const others = service.categories.slice(1).map((c) => l.t(`info.eservices.category.${c}`));
  const headingId = `eservice-${service.id}`;
  return (
    <article class="eservice" aria-labelledby={headingId}>
      <h3 class="eservice__name" id={headingId}>
        {service.name}
        {service.demo && <> <span class="badge badge--demo">{l.t('info.eservices.demo')}</span></>}
      </h3>
      {service.demo && <p class="eservice__demo">{l.t('info.eservices.demoNote')}</p>}
      <Markdown text={description.text} lang={description.lang} headingBase={4} />
      <dl class="eservice__facts">
        <div>
          <dt>{l.t('info.eservices.who')}</dt>
          <dd>
            {service.forLibraries.length === 0
              ? l.t('info.eservices.whoAll')
              : l.t('info.eservices.whoLibraries', { libraries: l.list(service.forLibraries.map((id) => libraryName(ctx, id))) })}
          </dd>
        </div>
        <div>
          <dt>{l.t('info.eservices.how')}</dt>
          <dd class={`eservice__access eservice__access--${service.access}`}>
            {l.t(service.access === 'remote' ? 'info.eservices.remote' : 'info.eservices.onSite')}
          </dd>
        </div>
        {terms && (
          <div>
            <dt>{l.t('info.eservices.terms')}</dt>
            <dd lang={terms.lang}>{terms.text}</dd>
          </div>
        )}
      </dl>
      {others.length > 0 && <p class="eservice__also">{l.t('info.eservices.alsoIn', { categories: l.list(others) })}</p>}
      {isWebUrl(service.url) && (
        <p class="eservice__go">
          <a class="button eservice__link" href={service.url} rel="noopener">
            {l.t('info.eservices.goTo', { name: service.name })}
            <span class="visually-hidden"> {l.t('info.eservices.otherSite')}</span>
          </a>
        </p>
      )}
    </article>
  );
}


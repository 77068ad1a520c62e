// Facets as plain links that add or remove one filter (no JavaScript needed), and the chosen filters with remove links.
import type { SearchResult } from '../../services/catalogue-reader.ts';
import { FACET_NAMES, type FacetName, type SearchParams } from '../search-params.ts';
import { libraryName, type PageContext } from './page-context.ts';
import { refine, searchHref } from './urls.ts';

/** Values shown before "Show more". */
const VISIBLE_VALUES = 8;

export function facetLabel(ctx: PageContext, facet: FacetName, value: string): string {
  switch (facet) {
    case 'library': return libraryName(ctx, value);
    case 'format': return ctx.l.formatName(value);
    case 'language': return ctx.l.languageName(value);
    case 'audience': return ctx.l.audienceName(value);
    default: return value;
  }
}

interface FacetsProps { readonly ctx: PageContext; readonly params: SearchParams; readonly result: SearchResult }

export function Facets({ ctx, params, result }: FacetsProps) {
  const { l } = ctx;
  const shelfHref = searchHref(ctx.locale, refine.available(params, !params.available));
  return (
    <aside class="facets" id="facets" aria-labelledby="facets-heading">
      <h2 id="facets-heading" class="facets__heading">{l.t('facet.heading')}</h2>
      <section class="facet" aria-labelledby="facet-availability">
        <h3 id="facet-availability" class="facet__name">{l.t('facet.availability')}</h3>
        <ul class="facet__values">
          <FacetLink ctx={ctx} href={shelfHref} label={l.t('facet.available')} count={result.availableCount} selected={params.available} />
        </ul>
      </section>
      {FACET_NAMES.map((facet) => {
        const values = orderValues(facet, result.facets[facet]);
        if (values.length === 0) return null;
        const link = (v: { value: string; count: number }) => {
          const selected = params.filters[facet].includes(v.value);
          const next = selected ? refine.remove(params, facet, v.value) : refine.add(params, facet, v.value);
          return <FacetLink ctx={ctx} href={searchHref(ctx.locale, next)} label={facetLabel(ctx, facet, v.value)} count={v.count} selected={selected} />;
        };
        return (
          <section class="facet" aria-labelledby={`facet-${facet}`}>
            <h3 id={`facet-${facet}`} class="facet__name">{l.t(`facet.${facet}`)}</h3>
            <ul class="facet__values">{values.slice(0, VISIBLE_VALUES).map(link)}</ul>
            {values.length > VISIBLE_VALUES && (
              <details class="facet__more">
                <summary>{l.t('facet.more')}</summary>
                <ul class="facet__values">{values.slice(VISIBLE_VALUES).map(link)}</ul>
              </details>
            )}
          </section>
        );
      })}
    </aside>
  );
}

/** Years read best newest first; other facets keep the index's order (most titles first). */
function orderValues(facet: FacetName, values: SearchResult['facets'][FacetName]) {
  return facet === 'year' ? [...values].sort((a, b) => b.value.localeCompare(a.value)) : values;
}

interface FacetLinkProps { readonly ctx: PageContext; readonly href: string; readonly label: string; readonly count: number; readonly selected: boolean }

function FacetLink({ ctx, href, label, count, selected }: FacetLinkProps) {
  return (
    <li>
      <a class={selected ? 'facet__link facet__link--selected' : 'facet__link'} href={href} rel="nofollow">
        <span class="facet__label">{label}</span>
        {selected && <span class="visually-hidden"> ({ctx.l.t('facet.selected')})</span>}
        <span class="facet__count" aria-hidden="true">{ctx.l.number(count)}</span>
        <span class="visually-hidden">, {ctx.l.t('facet.count', { count, n: ctx.l.number(count) })}</span>
      </a>
    </li>
  );
}

export function SelectedFilters({ ctx, params }: { readonly ctx: PageContext; readonly params: SearchParams }) {
  const { l } = ctx;
  const chosen = FACET_NAMES.flatMap((facet) => params.filters[facet].map((value) => ({
    label: facetLabel(ctx, facet, value), href: searchHref(ctx.locale, refine.remove(params, facet, value)),
  })));
  if (params.available) chosen.push({ label: l.t('facet.available'), href: searchHref(ctx.locale, refine.available(params, false)) });
  if (chosen.length === 0) return null;
  return (
    <section class="selected-filters" aria-labelledby="selected-heading">
      <h2 id="selected-heading" class="visually-hidden">{l.t('search.selectedHeading')}</h2>
      <ul class="selected-filters__list">
        {chosen.map((c) => (
          <li><a class="chip" href={c.href}><span class="visually-hidden">{l.t('search.removeFilter')} </span>{c.label}<span class="chip__x" aria-hidden="true">×</span></a></li>
        ))}
        {chosen.length > 1 && <li><a class="chip chip--clear" href={searchHref(ctx.locale, refine.clearAll(params))}>{l.t('search.clearAll')}</a></li>}
      </ul>
    </section>
  );
}

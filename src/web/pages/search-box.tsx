// The search form: a plain GET form that works without JavaScript; suggest.js fills its <datalist> when it can.
import { MAX_QUERY_LENGTH } from '../search-params.ts';
import { libraryName, type PageContext } from './page-context.ts';
import { PATHS } from './urls.ts';

interface SearchBoxProps {
  readonly ctx: PageContext;
  readonly q?: string;
  /** Keeps a search scoped to these member libraries. */
  readonly libraries?: readonly string[];
  readonly size?: 'large' | 'normal';
}

export function SearchBox({ ctx, q = '', libraries = [], size = 'normal' }: SearchBoxProps) {
  const { l } = ctx;
  const label = libraries.length === 1
    ? l.t('searchBox.labelScoped', { library: libraryName(ctx, libraries[0]) })
    : l.t('searchBox.label');
  return (
    <form class={`search-box search-box--${size}`} role="search" method="get" action={PATHS[ctx.locale].search}>
      <label class="search-box__label" for="q">{label}</label>
      <div class="search-box__row">
        <input
          class="search-box__input" type="search" id="q" name="q" value={q} maxLength={MAX_QUERY_LENGTH}
          list="q-suggestions" autocomplete="off" enterkeyhint="search" placeholder={l.t('searchBox.placeholder')}
          data-suggest=""
        />
        <datalist id="q-suggestions" />
        {libraries.map((id) => <input type="hidden" name="library" value={id} />)}
        <button class="search-box__button" type="submit">{l.t('searchBox.button')}</button>
      </div>
    </form>
  );
}

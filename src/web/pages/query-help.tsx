// Search tips: how to write phrases, field searches and AND/OR/NOT, with examples in the page's language.
import type { PageContext } from './page-context.ts';

const TIPS = [
  ['examplePhrase', 'phrase'], ['exampleTitle', 'title'], ['exampleAuthor', 'author'], ['exampleSubject', 'subject'],
  ['exampleIsbn', 'isbn'], ['exampleOr', 'or'], ['exampleNot', 'not'],
] as const;

export function QueryHelp({ ctx, open = false }: { readonly ctx: PageContext; readonly open?: boolean }) {
  const { l } = ctx;
  return (
    <details class="query-help" open={open}>
      <summary>{l.t('help.summary')}</summary>
      <p>{l.t('help.intro')}</p>
      <dl class="query-help__list">
        {TIPS.map(([example, text]) => (
          <div class="query-help__item">
            <dt><code>{l.t(`help.${example}`)}</code></dt>
            <dd>{l.t(`help.${text}`)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

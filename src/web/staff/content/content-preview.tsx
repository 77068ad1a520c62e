// "Förhandsgranska": the texts as the public page will show them, Markdown rendered (safely, by markdown.tsx), in
// each language written — drawn from the form's values, nothing saved.
import type { ContentKind } from '../../../core/content.ts';
import { Markdown } from '../../markdown.tsx';
import type { PageContext } from '../../pages/page-context.ts';
import { text, type FormValues } from './form-values.ts';

const LANGUAGES = ['sv', 'en'] as const;

export function ContentPreview({ ctx, kind, values }: { readonly ctx: PageContext; readonly kind: ContentKind; readonly values: FormValues }) {
  const { l } = ctx;
  const titleName = kind === 'eservice' ? 'name' : 'title';
  const bodyName = kind === 'eservice' ? 'description' : 'body';
  const written = LANGUAGES.filter((lang) => lang === 'sv' || text(values, `${bodyName}.en`) || text(values, `title.en`) || text(values, `summary.en`));
  return (
    <section class="preview" aria-labelledby="preview-title">
      <h2 id="preview-title" class="preview__title">{l.t('staffEditors.preview.title')}</h2>
      <p class="preview__note">{l.t('staffEditors.preview.note')}</p>
      {written.map((lang) => {
        // The English page falls back to Swedish for what has no English, and marks it as Swedish.
        const pick = (name: string) => {
          const english = lang === 'en' ? text(values, `${name}.en`) : '';
          return english ? { text: english, lang: 'en' } : { text: text(values, `${name}.sv`), lang: 'sv' };
        };
        const heading = kind === 'eservice' ? { text: text(values, 'name'), lang: undefined } : pick(titleName);
        const summary = kind === 'news' || kind === 'event' ? pick('summary') : null;
        const body = pick(bodyName);
        return (
          <article class="preview__language">
            <p class="preview__language-name">{l.t(`staffEditors.preview.${lang}`)}</p>
            <h3 class="preview__heading" lang={heading.text ? heading.lang : undefined}>{heading.text || l.t('staffEditors.preview.noTitle')}</h3>
            {summary?.text && <p class="preview__summary" lang={summary.lang}>{summary.text}</p>}
            {/* The item's title is the page's h1 there and an h3 here: its headings move down two levels alike. */}
            <Markdown text={body.text} lang={body.lang} headingBase={4} />
          </article>
        );
      })}
    </section>
  );
}

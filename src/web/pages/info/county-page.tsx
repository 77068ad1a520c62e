// A county page (/om, /tillganglighet, /integritet, /aarjelsaemien, or any other /{slug}): its title in the page's
// language, its Markdown body — in the page's own language when written in one (South Sámi: lang="sma") — and what
// the page adds: the South Sámi page a summary in Swedish or English, the accessibility statement its report form.
import type { ComponentChildren } from 'preact';
import type { PageItem } from '../../../core/content.ts';
import { stockholmWallTime } from '../../../core/opening-hours/stockholm-time.ts';
import type { Locale } from '../../i18n/i18n.ts';
import { Markdown } from '../../markdown.tsx';
import { Layout } from '../layout.tsx';
import type { PageContext } from '../page-context.ts';
import type { SystemPageKey } from './county-pages.ts';
import { localized, type ShownText } from './localized.ts';

export interface CountyPageProps {
  readonly ctx: PageContext;
  /** Null when a system page has no stored text yet: its title comes from the messages. */
  readonly page: PageItem | null;
  readonly system: SystemPageKey | null;
  /** Prefixes the document title ("Fel i formuläret") when the page shows a failed form. */
  readonly titlePrefix?: string;
  readonly children?: ComponentChildren;
  /** Above the heading: a library's page shows the way back to its library. */
  readonly before?: ComponentChildren;
}

export function CountyPage({ ctx, page, system, titlePrefix, children, before }: CountyPageProps) {
  const { l, locale } = ctx;
  const title: ShownText = page ? localized(page.title, locale) : { text: l.t(`info.county.titles.${system ?? 'about'}`), lang: undefined };
  const body = page ? bodyOf(page, locale) : null;
  return (
    <Layout ctx={ctx} title={titlePrefix ? `${titlePrefix}: ${title.text}` : title.text}>
      <article class="wrap county-page">
        {before}
        <h1 lang={title.lang}>{title.text}</h1>
        {page?.demo && <p class="notice notice--demo">{l.t('info.county.demo')}</p>}
        {body?.text.trim() ? <Markdown text={body.text} lang={body.lang} /> : <p>{l.t('info.county.missing')}</p>}
        {system === 'southSami' && <SouthSamiSummary ctx={ctx} />}
        {children}
        {page && <p class="county-page__updated">{l.t('info.county.updated', { date: l.date(stockholmWallTime(new Date(page.updatedAt)).date) })}</p>}
      </article>
    </Layout>
  );
}

/**
 * A page written in another language (PageItem.language) keeps its text on both the Swedish and the English address,
 * marked with that language; other pages show the page language's text, English falling back to Swedish.
 */
export function bodyOf(page: PageItem, locale: Locale): ShownText {
  if (page.language) return { text: page.body.sv, lang: page.language === locale ? undefined : page.language };
  return localized(page.body, locale);
}

/** The South Sámi page's text again in the page's language: fixed facts (the law, the county's name), not a translation staff must keep in step. */
function SouthSamiSummary({ ctx }: { readonly ctx: PageContext }) {
  const { l } = ctx;
  return (
    <section class="county-page__summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading">{l.t('info.southSami.heading')}</h2>
      <p><WithSami text={l.t('info.southSami.intro', { sami: MARK })} sami="åarjelsaemien" /></p>
      <p>{l.t('info.southSami.services')}</p>
      <p>{l.t('info.southSami.literature')}</p>
      <p>{l.t('info.southSami.rights')}</p>
      <p><WithSami text={l.t('info.southSami.countyName', { sami: MARK })} sami="Jiemthen leene" /></p>
    </section>
  );
}

const MARK = '\u0000';

/** A message with one South Sámi word in it ({{sami}}), the word marked lang="sma". */
function WithSami({ text, sami }: { readonly text: string; readonly sami: string }) {
  const [before, after = ''] = text.split(MARK);
  return <>{before}<span lang="sma">{sami}</span>{after}</>;
}

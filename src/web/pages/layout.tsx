// The page frame: skip link, header with the language switch, the demo notice, main landmark and footer.
import type { ComponentChildren } from 'preact';
import { countyPageHref, PATHS } from './urls.ts';
import { SYSTEM_PAGES } from '../../core/content.ts';
import type { PageContext } from './page-context.ts';

interface LayoutProps {
  readonly ctx: PageContext;
  /** The page's own title; the site name is added after it. */
  readonly title: string;
  readonly children: ComponentChildren;
  /** Set for pages that should not be indexed (errors, deep result pages). */
  readonly noindex?: boolean;
  /** Which main menu entry is this page's (marked aria-current). */
  readonly section?: 'search' | 'libraries' | 'events' | 'news' | 'eservices';
  /** Extra elements for <head>: feed links, JSON-LD. */
  readonly head?: ComponentChildren;
}

const MENU = ['search', 'libraries', 'events', 'news', 'eservices'] as const;

export function Layout({ ctx, title, children, noindex, section, head }: LayoutProps) {
  const { l, locale } = ctx;
  const other = locale === 'sv' ? 'en' : 'sv';
  return (
    <html lang={locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} – ${ctx.consortiumName}`}</title>
        {noindex && <meta name="robots" content="noindex" />}
        <link rel="stylesheet" href={ctx.assets.css} />
        <link rel="stylesheet" href="/assets/profile.css" />
        <link rel="search" type="application/opensearchdescription+xml" href="/opensearch.xml" title={ctx.consortiumName} />
        <link rel="icon" href={ctx.assets.logo} type="image/svg+xml" />
        <link rel="alternate" hreflang={other} href={ctx.alternateUrl} />
        <script src={ctx.assets.script} defer />
        {head}
      </head>
      <body>
        <a class="skip-link" href="#main">{l.t('site.skipLink')}</a>
        <header class="site-header">
          <div class="wrap site-header__bar">
            <a class="brand" href={PATHS[locale].home}>
              <img class="brand__logo" src={ctx.assets.logo} alt="" width={40} height={40} />
              <span class="brand__name">{ctx.consortiumName}</span>
            </a>
            <nav class="language-nav" aria-label={l.t('site.languageNav')}>
              <a href={ctx.alternateUrl} lang={other} hreflang={other}>{l.t('site.otherLanguage')}</a>
            </nav>
          </div>
          <nav class="main-nav" aria-label={l.t('nav.label')}>
            <ul class="wrap main-nav__list">
              {MENU.map((entry) => (
                <li><a class="main-nav__link" href={PATHS[locale][entry]} aria-current={section === entry ? 'page' : undefined}>{l.t(`nav.${entry}`)}</a></li>
              ))}
            </ul>
          </nav>
          {ctx.demo && <p class="demo-notice"><span class="wrap">{l.t('site.demoNotice')}</span></p>}
        </header>
        <main id="main" tabindex={-1}>{children}</main>
        <footer class="site-footer">
          <div class="wrap">
            <p>{l.t('site.footerAbout', { name: ctx.consortiumName })}</p>
            <nav aria-label={l.t('footer.label')}>
              <ul class="site-footer__links">
                <li><a href={countyPageHref(locale, SYSTEM_PAGES.about[locale])}>{l.t('footer.about')}</a></li>
                <li><a href={countyPageHref(locale, SYSTEM_PAGES.accessibility[locale])}>{l.t('footer.accessibility')}</a></li>
                <li><a href={countyPageHref(locale, SYSTEM_PAGES.privacy[locale])}>{l.t('footer.privacy')}</a></li>
                <li><a href={countyPageHref(locale, SYSTEM_PAGES.southSami[locale])}>{l.t('footer.southSami')}</a></li>
                <li><a href={PATHS[locale].newsAtom}>{l.t('footer.feeds')}</a></li>
                <li><a href="/api/v1/openapi.json">{l.t('site.footerApi')}</a></li>
                <li><a href={PATHS[locale].sources}>{l.t('site.footerSources')}</a></li>
                <li><a href={PATHS[locale].staff}>{l.t('footer.staff')}</a></li>
              </ul>
            </nav>
          </div>
        </footer>
      </body>
    </html>
  );
}

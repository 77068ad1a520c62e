// /e-tjanster, the county pages (/om, /tillganglighet with its report form, /integritet, /aarjelsaemien and any other
// /{slug}) and the style guide, in Swedish and under /en/. The catch-all /{slug} comes after the specific routes and only
// ever matches one path segment; Fastify tries static routes first, so /sok, /bibliotek … always win over it.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { SYSTEM_PAGES } from '../../../core/content.ts';
import { errors } from '../../../core/errors.ts';
import { LOCALES, type Locale } from '../../i18n/i18n.ts';
import { dropEmptyValues, validate } from '../../validate.ts';
import { pageContext, sendPage, siteOrigin, type Site } from '../site.ts';
import { countyPageHref, PATHS } from '../urls.ts';
import { readReport, REPORT_SECTION_ID, reportInput, ReportSection, type ReportErrors, type ReportValues } from './accessibility-report.tsx';
import { CountyPage } from './county-page.tsx';
import { MAX_SLUG_LENGTH, SLUG_PATTERN, systemPageOf, SYSTEM_PAGE_KEYS, type SystemPageKey } from './county-pages.ts';
import { EServicesPage } from './eservices.page.tsx';
import { registerStyleGuide } from './style-guide.routes.tsx';

const eservicesQuery = z.object({ library: z.string().max(100).optional() });
const accessibilityQuery = z.object({ tack: z.literal('1').optional() });
const slugParams = z.object({ slug: z.string().max(MAX_SLUG_LENGTH).regex(SLUG_PATTERN) });

export function registerInfoPages(app: FastifyInstance, site: Site): void {
  for (const locale of LOCALES) {
    app.get(PATHS[locale].eservices, async (request, reply) => {
      const ctx = pageContext(site, locale, request.url);
      const { library } = validate(eservicesQuery, dropEmptyValues(request.query));
      // Once patrons can log in, a logged-in patron's home library is the default here.
      if (library !== undefined && !ctx.libraries.some((m) => m.id === library)) throw errors.unknownLibrary(library);
      return sendPage(reply, <EServicesPage ctx={ctx} services={await site.content.eservices()} library={library ?? null} />);
    });

    for (const key of SYSTEM_PAGE_KEYS) {
      if (key === 'accessibility') continue;
      app.get(countyPageHref(locale, SYSTEM_PAGES[key][locale]), async (request, reply) =>
        sendSystemPage(site, locale, key, request, reply));
    }
    registerAccessibilityPage(app, site, locale);
    registerStyleGuide(app, site, locale);

    app.get(locale === 'sv' ? '/:slug' : '/en/:slug', async (request, reply) => {
      // No stored slug looks otherwise, so a malformed one (favicon.ico, Om_oss) is simply not found.
      const parsed = slugParams.safeParse(request.params);
      if (!parsed.success) throw errors.notFound('Page', String((request.params as { slug?: unknown }).slug));
      const { slug } = parsed.data;
      // A system page's slug in the other language (/en/om, /about) is a wrong turn: send the reader to the right
      // one — unless, in Swedish, a county page of that name was written (/about is free for a page of its own).
      const translated = systemPageOf(locale === 'sv' ? 'en' : 'sv', slug);
      const page = locale === 'en' && translated ? null : await site.content.page(null, slug);
      if (page) return sendPage(reply, <CountyPage ctx={pageContext(site, locale, request.url)} page={page} system={null} />);
      if (translated) return reply.redirect(countyPageHref(locale, SYSTEM_PAGES[translated][locale]), 301);
      throw errors.notFound('Page', slug);
    });
  }
}

/** The law-required pages always answer (the footer links to them), saying so when nobody has written them yet. */
async function sendSystemPage(site: Site, locale: Locale, system: SystemPageKey, request: FastifyRequest, reply: FastifyReply) {
  const page = await site.content.page(null, SYSTEM_PAGES[system].sv);
  return sendPage(reply, <CountyPage ctx={pageContext(site, locale, request.url)} page={page} system={system} />);
}

/** The accessibility statement: GET shows it (with ?tack=1 after a report), POST takes a report. */
function registerAccessibilityPage(app: FastifyInstance, site: Site, locale: Locale): void {
  const path = countyPageHref(locale, SYSTEM_PAGES.accessibility[locale]);
  const render = async (request: FastifyRequest, reply: FastifyReply, state: { thanks: boolean; values?: ReportValues; errors?: ReportErrors }) => {
    const ctx = pageContext(site, locale, request.url);
    const [page, libraries] = await Promise.all([site.content.page(null, SYSTEM_PAGES.accessibility.sv), site.content.libraries()]);
    const failed = state.errors !== undefined && Object.keys(state.errors).length > 0;
    return sendPage(reply, (
      <CountyPage ctx={ctx} page={page} system="accessibility" titlePrefix={failed ? ctx.l.t('info.report.errorTitle') : undefined}>
        <ReportSection
          ctx={ctx} action={site.reporting ? path : null} csrfToken={site.reporting ? reply.generateCsrf() : null}
          thanks={state.thanks} values={state.values} errors={state.errors} libraries={libraries}
        />
      </CountyPage>
    ));
  };

  app.get(path, async (request, reply) => {
    const { tack } = validate(accessibilityQuery, dropEmptyValues(request.query));
    return render(request, reply, { thanks: tack === '1' });
  });

  app.post(path, { preHandler: app.csrfProtection }, async (request, reply) => {
    if (!site.reporting) throw errors.notFound('Report form', path);
    const { values, errors: problems } = readReport(request.body, siteOrigin(site, request));
    if (Object.keys(problems).length > 0) return render(request, reply.code(400), { thanks: false, values, errors: problems });
    await site.reporting.report(reportInput(values));
    // Post/redirect/get: reloading the thank-you page never sends the report twice. The fragment brings the reader
    // back to the form's section, where the thank-you is.
    return reply.redirect(`${path}?tack=1#${REPORT_SECTION_ID}`, 303);
  });
}

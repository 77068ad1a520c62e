// The people-facing pages, Swedish at / and English under /en/: validate → ask the catalogue port → render.
import type { FastifyInstance } from 'fastify';
import { errors } from '../../core/errors.ts';
import { harvestedAvailability } from '../../services/availability-reader.ts';
import { workIdParamsSchema } from '../api/api-schemas.ts';
import type { ErrorPageRenderer } from '../errors.ts';
import { LOCALES } from '../i18n/i18n.ts';
import { MAX_QUERY_LENGTH, parseSearchParams, toSearchQuery } from '../search-params.ts';
import { validate } from '../validate.ts';
import { ErrorPage } from './error.page.tsx';
import { HomePage, homePageData } from './home.page.tsx';
import { renderDocument } from './render.ts';
import { pageContext, sendPage, type Site } from './site.ts';

export type { Site } from './site.ts';
import { SearchPage } from './search.page.tsx';
import { SourcesPage } from './sources.page.tsx';
import { PATHS } from './urls.ts';
import { chosenLibraries, WorkPage } from './work.page.tsx';

/**
 * Error pages link to the other language's home page (the same address there would fail the same way), and keep
 * the reader's query in the search box so a query the parser rejected can be mended.
 */
export function errorPageRenderer(site: Site): ErrorPageRenderer {
  return (kind, locale, request) => {
    const { q } = (request.query ?? {}) as { q?: unknown };
    const query = typeof q === 'string' ? q.slice(0, MAX_QUERY_LENGTH) : '';
    return renderDocument(<ErrorPage ctx={pageContext(site, locale, PATHS[locale].home)} kind={kind} q={query} />);
  };
}

export function registerPageRoutes(app: FastifyInstance, site: Site): void {
  const { catalogue } = site;
  for (const locale of LOCALES) {
    const paths = PATHS[locale];

    app.get(paths.home, async (request, reply) => {
      const now = site.clock();
      return sendPage(reply, <HomePage ctx={pageContext(site, locale, request.url)} now={now} data={await homePageData(site.content, now)} />);
    });

    app.get(paths.search, async (request, reply) => {
      const ctx = pageContext(site, locale, request.url);
      const params = parseSearchParams(request.query, ctx.libraries);
      const result = await catalogue.search(toSearchQuery(params));
      return sendPage(reply, <SearchPage ctx={ctx} params={params} result={result} />);
    });

    app.get(`${paths.work}:id`, async (request, reply) => {
      const { id } = validate(workIdParamsSchema, request.params);
      const view = await catalogue.getWork(id);
      if (view === null) throw errors.notFound('Work', id);
      // Bounded by the service's timeout; whatever goes wrong there, the page shows the harvested statuses.
      const availability = await site.availability.forWork(view).catch((error: unknown) => {
        request.log.warn({ err: error, work: id }, 'Live availability failed; showing harvested statuses');
        return harvestedAvailability(view, 'failed');
      });
      const ctx = pageContext(site, locale, request.url);
      return sendPage(reply, <WorkPage ctx={ctx} view={view} availability={availability} chosen={chosenLibraries(request.query, ctx.libraries)} />);
    });

    app.get(paths.sources, async (request, reply) => {
      const report = await site.sources.sources();
      return sendPage(reply.header('cache-control', 'no-store'), <SourcesPage ctx={pageContext(site, locale, request.url)} report={report} />);
    });
  }

  app.get('/en', async (_request, reply) => reply.redirect(PATHS.en.home, 301));
}

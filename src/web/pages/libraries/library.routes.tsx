// /bibliotek and /bibliotek/{id} (/en/libraries …) in both languages: the list of member libraries, and one page per
// library and per branch or library bus (ids are unique across libraries and branches).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { errors } from '../../../core/errors.ts';
import { addDays, stockholmWallTime } from '../../../core/opening-hours/stockholm-time.ts';
import type { LibraryView } from '../../../services/content/content-reader.ts';
import { LOCALES } from '../../i18n/i18n.ts';
import { validate } from '../../validate.ts';
import { pageContext, sendPage, siteOrigin, type Site } from '../site.ts';
import { libraryHref, PATHS } from '../urls.ts';
import { BranchPage } from './branch.page.tsx';
import { notEnded } from './content-lists.tsx';
import { LibrariesPage } from './libraries.page.tsx';
import { Breadcrumbs, LibraryPage } from './library.page.tsx';
import { CountyPage } from '../info/county-page.tsx';

/** How far ahead a library's and a branch's coming events reach, and how many are shown. */
const EVENTS_AHEAD_DAYS = 30;
const LIBRARY_EVENTS = 8;
const BRANCH_EVENTS = 5;
const LIBRARY_NEWS = 5;
/** Today's events that have already ended are asked for too, then dropped. */
const ENDED_TODAY_ALLOWANCE = 20;

const idParamsSchema = z.object({ id: z.string().min(1).max(100) });
const libraryPageParamsSchema = z.object({ id: z.string().min(1).max(100), slug: z.string().regex(/^[a-z0-9-]{1,60}$/) });

/** The library or branch with this id, with its library. */
export function findLibraryOrBranch(libraries: readonly LibraryView[], id: string) {
  for (const library of libraries) {
    if (library.library.id === id) return { library, branch: null };
    const branch = library.branches.find((b) => b.branch.id === id);
    if (branch) return { library, branch };
  }
  return null;
}

export function registerLibraryPages(app: FastifyInstance, site: Site): void {
  for (const locale of LOCALES) {
    const paths = PATHS[locale];

    app.get(paths.libraries, async (request, reply) => {
      const libraries = await site.content.libraries();
      return sendPage(reply, <LibrariesPage ctx={pageContext(site, locale, request.url)} libraries={libraries} now={site.clock()} />);
    });

    // "/bibliotek/" with no id: the list is what was meant.
    app.get(paths.library, async (_request, reply) => reply.redirect(paths.libraries, 301));

    app.get(`${paths.library}:id`, async (request, reply) => {
      const { id } = validate(idParamsSchema, request.params);
      const libraries = await site.content.libraries();
      const found = findLibraryOrBranch(libraries, id);
      if (found === null) throw errors.notFound('Library', id);
      const now = site.clock();
      const today = stockholmWallTime(now).date;
      const ctx = pageContext(site, locale, request.url);
      const origin = siteOrigin(site, request);
      const libraryId = found.library.library.id;
      const upcoming = { libraries: [libraryId], from: today, to: addDays(today, EVENTS_AHEAD_DAYS) };
      if (found.branch === null) {
        const [news, events, pages] = await Promise.all([
          site.content.news({ library: libraryId, limit: LIBRARY_NEWS }),
          site.content.events({ ...upcoming, limit: LIBRARY_EVENTS + ENDED_TODAY_ALLOWANCE }),
          site.content.pages(libraryId),
        ]);
        const coming = notEnded(events.items, now).slice(0, LIBRARY_EVENTS);
        return sendPage(reply, <LibraryPage ctx={ctx} view={found.library} libraries={libraries} news={news.items} events={coming} now={now} origin={origin} pages={pages} />);
      }
      const branchId = found.branch.branch.id;
      const events = notEnded((await site.content.events(upcoming)).items, now).filter((o) => o.event.branch === branchId).slice(0, BRANCH_EVENTS);
      return sendPage(reply, <BranchPage ctx={ctx} library={found.library} view={found.branch} libraries={libraries} events={events} now={now} origin={origin} />);
    });

    // A library's own page (written by its staff): /bibliotek/krokom/om-oss. The feeds beside it are static routes.
    app.get(`${paths.library}:id/:slug`, async (request, reply) => {
      const { id, slug } = validate(libraryPageParamsSchema, request.params);
      const libraries = await site.content.libraries();
      const found = findLibraryOrBranch(libraries, id);
      const page = found && found.branch === null ? await site.content.page(id, slug) : null;
      if (found === null || page === null) throw errors.notFound('Page', `${id}/${slug}`);
      const ctx = pageContext(site, locale, request.url);
      const trail = [{ href: libraryHref(locale, id), name: found.library.library.name }];
      return sendPage(reply, <CountyPage ctx={ctx} page={page} system={null} before={<Breadcrumbs ctx={ctx} trail={trail} />} />);
    });
  }
}

// /nyheter and /nyheter/{id} in both languages: validate → read the content port → render.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { errors } from '../../../core/errors.ts';
import { LOCALES } from '../../i18n/i18n.ts';
import { dropEmptyValues, validate } from '../../validate.ts';
import { contentIdSchema } from '../events/event.routes.tsx';
import { pageContext, sendPage, siteOrigin, type Site } from '../site.ts';
import { PATHS } from '../urls.ts';
import { NewsItemPage } from './news-item.page.tsx';
import { NEWS_PAGE_SIZE, NewsListPage } from './news-list.page.tsx';

const MAX_PAGE = 500;

const newsQuerySchema = z.object({
  library: z.string().regex(/^[a-z0-9-]{1,64}$/).optional(),
  page: z.coerce.number().int().min(1).max(MAX_PAGE).default(1),
});

export function registerNewsPages(app: FastifyInstance, site: Site): void {
  for (const locale of LOCALES) {
    app.get(PATHS[locale].news, async (request, reply) => {
      const ctx = pageContext(site, locale, request.url);
      const input = validate(newsQuerySchema, dropEmptyValues(request.query));
      if (input.library !== undefined && !ctx.libraries.some((l) => l.id === input.library)) {
        throw errors.badRequest(`Unknown library: ${input.library}`, { issues: [{ parameter: 'library', message: 'unknown library' }] });
      }
      const result = await site.content.news({ library: input.library, limit: NEWS_PAGE_SIZE, offset: (input.page - 1) * NEWS_PAGE_SIZE });
      const query = { library: input.library ?? null, page: input.page };
      return sendPage(reply, <NewsListPage ctx={ctx} query={query} result={result} />);
    });

    app.get(`${PATHS[locale].newsItem}:id`, async (request, reply) => {
      const parsed = contentIdSchema.safeParse(request.params);
      const item = parsed.success ? await site.content.newsItem(parsed.data.id) : null;
      if (item === null) throw errors.notFound('News item', parsed.success ? parsed.data.id : '(malformed id)');
      return sendPage(reply, <NewsItemPage ctx={pageContext(site, locale, request.url)} item={item} origin={siteOrigin(site, request)} />);
    });
  }
}

// What helps others find and use the site: /sitemap.xml, /robots.txt, /opensearch.xml with its suggestion endpoint,
// and /assets/profile.css (the graphic profile's colours, which every page loads after site.css).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { MAX_QUERY_LENGTH } from '../search-params.ts';
import { dropEmptyValues, validate } from '../validate.ts';
import { siteOrigin, type Site } from '../pages/site.ts';
import { PATHS } from '../pages/urls.ts';
import { openSearchXml } from './opensearch.ts';
import { profileCss } from './profile-css.ts';
import { robotsTxt } from './robots.ts';
import { sitemapEntries, sitemapXml } from './sitemap.ts';

export const OPENSEARCH_SUGGEST_PATH = '/api/v1/opensearch-suggest';
/** As /api/v1/suggest: one letter matches too much to help. */
const MIN_SUGGEST_LENGTH = 2;
const SUGGESTIONS = 10;
/** Content changes a few times a day; five minutes keeps a staff edit visible soon after. */
const SHORT_CACHE = 'public, max-age=300';

const suggestQuery = z.object({ q: z.string().max(MAX_QUERY_LENGTH).default('') });

export function registerDiscovery(app: FastifyInstance, site: Site): void {
  app.get('/sitemap.xml', async (request, reply) => {
    const xml = sitemapXml(siteOrigin(site, request), await sitemapEntries(site, site.clock()));
    return reply.type('application/xml; charset=utf-8').header('cache-control', SHORT_CACHE).send(xml);
  });

  app.get('/robots.txt', async (request, reply) =>
    reply.type('text/plain; charset=utf-8').header('cache-control', SHORT_CACHE)
      .send(robotsTxt(siteOrigin(site, request), [PATHS.sv.staff, PATHS.en.staff])));

  app.get('/opensearch.xml', async (request, reply) => {
    const l = site.localizers.sv;
    const xml = openSearchXml({
      origin: siteOrigin(site, request), name: site.consortiumName, shortName: l.t('info.opensearch.shortName'),
      description: l.t('info.opensearch.description', { name: site.consortiumName }), searchPath: PATHS.sv.search,
      suggestPath: OPENSEARCH_SUGGEST_PATH, logoPath: site.assets.logo, language: 'sv',
    });
    return reply.type('application/opensearchdescription+xml; charset=utf-8').header('cache-control', SHORT_CACHE).send(xml);
  });

  // The OpenSearch suggestions shape: [query, [completion, …]] (our /api/v1/suggest answers {suggestions: [{text, kind}]}).
  app.get(OPENSEARCH_SUGGEST_PATH, async (request, reply) => {
    const { q } = validate(suggestQuery, dropEmptyValues(request.query));
    const prefix = q.trim();
    const suggestions = prefix.length < MIN_SUGGEST_LENGTH ? [] : await site.catalogue.suggest(prefix, SUGGESTIONS);
    return reply.type('application/x-suggestions+json; charset=utf-8').send(JSON.stringify([q, suggestions.map((s) => s.text)]));
  });

  app.get('/assets/profile.css', async (_request, reply) => {
    const [profile, libraries] = await Promise.all([site.content.site(), site.content.libraries()]);
    return reply.type('text/css; charset=utf-8').header('cache-control', SHORT_CACHE).send(profileCss(profile, libraries));
  });
}

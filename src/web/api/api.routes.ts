// The JSON API (/api/v1) and /healthz: validate → ask the catalogue port → present.
import type { FastifyInstance } from 'fastify';
import { errors } from '../../core/errors.ts';
import type { AvailabilityReader } from '../../services/availability-reader.ts';
import type { ContentReader } from '../../services/content/content-reader.ts';
import type { CatalogueReader } from '../../services/catalogue-reader.ts';
import type { SourceHealthReader } from '../../services/source-health-reader.ts';
import { parseSearchParams, toSearchQuery } from '../search-params.ts';
import { dropEmptyValues, validate } from '../validate.ts';
import { suggestParamsSchema, workIdParamsSchema } from './api-schemas.ts';
import { presentAvailability, presentLibraries, presentSearch, presentWork } from './api-presenters.ts';
import { buildOpenApiDocument } from './openapi.ts';
import { presentSources } from './sources.presenter.ts';

/** Shorter input than this gives no suggestions: one letter matches too much to help. */
const MIN_SUGGEST_LENGTH = 2;

export interface ApiDeps {
  readonly catalogue: CatalogueReader;
  readonly availability: AvailabilityReader;
  readonly sources: SourceHealthReader;
  readonly consortiumName: string;
  /** The libraries as residents see them: staff-edited hours and names, added branches, hidden ones left out. */
  readonly content: ContentReader;
  /** The time opening statuses are worked out at. */
  readonly clock: () => Date;
}

export function registerApiRoutes(app: FastifyInstance, deps: ApiDeps): void {
  const { catalogue, availability } = deps;
  const openApi = buildOpenApiDocument(deps.consortiumName);

  app.register(async (api) => {
    // An open API: any site may read it from a browser.
    api.addHook('onSend', async (_request, reply) => {
      reply.header('access-control-allow-origin', '*').header('cross-origin-resource-policy', 'cross-origin');
    });

    api.get('/search', async (request) => {
      const params = parseSearchParams(request.query, catalogue.libraries());
      return presentSearch(await catalogue.search(toSearchQuery(params)));
    });

    api.get('/works/:id', async (request) => {
      const { id } = validate(workIdParamsSchema, request.params);
      const view = await catalogue.getWork(id);
      if (view === null) throw errors.notFound('Work', id);
      return presentWork(view);
    });

    // Statuses of this moment: no cache should keep them longer than the service's own brief one does.
    api.get('/works/:id/availability', async (request, reply) => {
      const { id } = validate(workIdParamsSchema, request.params);
      const view = await catalogue.getWork(id);
      if (view === null) throw errors.notFound('Work', id);
      reply.header('cache-control', 'no-store');
      return presentAvailability(await availability.forWork(view));
    });

    api.get('/libraries', async () => presentLibraries((await deps.content.libraries()).map((view) => view.library), deps.clock()));

    api.get('/sources', async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      return presentSources(await deps.sources.sources());
    });

    api.get('/suggest', async (request) => {
      const { q, limit } = validate(suggestParamsSchema, dropEmptyValues(request.query));
      const prefix = q.trim();
      if (prefix.length < MIN_SUGGEST_LENGTH) return { suggestions: [] };
      return { suggestions: await catalogue.suggest(prefix, limit) };
    });

    api.get('/openapi.json', async () => openApi);
  }, { prefix: '/api/v1' });

  app.get('/healthz', async (_request, reply) => {
    const healthy = await catalogue.healthy().catch(() => false);
    reply.code(healthy ? 200 : 503);
    return { status: healthy ? 'ok' : 'unavailable' };
  });
}

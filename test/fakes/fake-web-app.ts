// Builds the web app over the fake catalogue, as the web tests and the Chromium peer test use it.
import type { FastifyInstance } from 'fastify';
import { buildWebApp } from '../../src/web/web-app.ts';
import { FakeCatalogue, type FakeCatalogueOptions } from './fake-catalogue.ts';

export const CONSORTIUM_NAME = 'Biblioteken i Jämtlands län';

export async function buildFakeWebApp(options: FakeCatalogueOptions & { demo?: boolean } = {}): Promise<{ app: FastifyInstance; catalogue: FakeCatalogue }> {
  const catalogue = new FakeCatalogue(options);
  const app = await buildWebApp({
    catalogue, consortium: { name: CONSORTIUM_NAME, defaultLanguage: 'sv' }, demo: options.demo ?? true, logger: false,
  });
  return { app, catalogue };
}

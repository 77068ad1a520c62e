// Builds the web app over the fake catalogue, as the web tests and the Chromium peer test use it.
import type { FastifyInstance } from 'fastify';
import type { AvailabilityReader } from '../../src/services/availability-reader.ts';
import type { SourceHealthReader } from '../../src/services/source-health-reader.ts';
import type { AccessibilityReporting, ContentEditor } from '../../src/services/content/content-editor.ts';
import type { ContentReader } from '../../src/services/content/content-reader.ts';
import type { StaffAuth } from '../../src/services/staff/staff-auth.ts';
import { buildWebApp } from '../../src/web/web-app.ts';
import { FakeCatalogue, type FakeCatalogueOptions } from './fake-catalogue.ts';
import { fakeSourceHealth } from './fake-source-health.ts';

export const CONSORTIUM_NAME = 'Biblioteken i Jämtlands län';

export interface FakeWebAppOptions extends FakeCatalogueOptions {
  readonly demo?: boolean;
  /** Live availability; without it every status is the harvested one. */
  readonly availability?: AvailabilityReader;
  /** A fixed time of day for opening statuses. */
  readonly clock?: () => Date;
  /** Source health; the fake sources (every state once) by default. */
  readonly sources?: SourceHealthReader;
  /** Published content; without it the fake catalogue's libraries and no content. See fake-content.ts. */
  readonly content?: ContentReader;
  readonly staff?: { readonly editor: ContentEditor; readonly auth: StaffAuth };
  readonly reporting?: AccessibilityReporting;
}

export async function buildFakeWebApp(options: FakeWebAppOptions = {}): Promise<{ app: FastifyInstance; catalogue: FakeCatalogue }> {
  const catalogue = new FakeCatalogue(options);
  const app = await buildWebApp({
    catalogue, availability: options.availability, sources: options.sources ?? fakeSourceHealth(), clock: options.clock, content: options.content, staff: options.staff, reporting: options.reporting, consortium: { name: CONSORTIUM_NAME, defaultLanguage: 'sv' }, demo: options.demo ?? true, logger: false,
  });
  return { app, catalogue };
}

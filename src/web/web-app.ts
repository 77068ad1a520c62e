// Builds the Fastify app of the common web: security headers, assets, the JSON API, the pages and one error handler.
// src/web may import src/core and the services' ports only; app.ts passes the implementations in.
import compress from '@fastify/compress';
import helmet from '@fastify/helmet';
import Fastify, { type FastifyInstance } from 'fastify';
import { harvestedAvailability, type AvailabilityReader } from '../services/availability-reader.ts';
import type { CatalogueReader } from '../services/catalogue-reader.ts';
import type { SourceHealthReader } from '../services/source-health-reader.ts';
import type { AccessibilityReporting, ContentEditor } from '../services/content/content-editor.ts';
import type { ContentReader } from '../services/content/content-reader.ts';
import { emptyContentReader } from '../services/content/empty-content.ts';
import type { StaffAuth } from '../services/staff/staff-auth.ts';
import { randomBytes } from 'node:crypto';
import { registerDiscovery } from './discovery/discovery.routes.ts';
import { registerFeeds } from './feeds/feed.routes.ts';
import { registerEventPages } from './pages/events/event.routes.tsx';
import { registerInfoPages } from './pages/info/info.routes.tsx';
import { registerLibraryPages } from './pages/libraries/library.routes.tsx';
import { registerNewsPages } from './pages/news/news.routes.tsx';
import { registerFormSecurity } from './security/forms.tsx';
import { registerStaffRoutes } from './staff/staff.routes.tsx';
import { registerImageRoutes } from './staff/libraries/image.routes.ts';
import { registerApiRoutes } from './api/api.routes.ts';
import { assetUrls, registerAssets } from './assets.ts';
import { createErrorHandler, registerErrorHandling, type ErrorHandler } from './errors.ts';
import { createLocalizers } from './i18n/i18n.ts';
import { errorPageRenderer, registerPageRoutes, type Site } from './pages/pages.routes.tsx';

export interface WebAppDeps {
  readonly catalogue: CatalogueReader;
  /** Live availability; without it every status shown is the harvested one. */
  readonly availability?: AvailabilityReader;
  /** How the member libraries' sources were harvested; without it no source is known. */
  readonly sources?: SourceHealthReader;
  readonly consortium: { readonly name: string; readonly defaultLanguage: 'sv' | 'en' };
  /** The time of day for opening statuses ("open now, closes 19:00"); tests pass a fixed one. */
  readonly clock?: () => Date;
  /** Shows the "this is a demo" notice: holdings and statuses are made up. */
  readonly demo: boolean;
  /** Published content and the libraries' profiles; without it the configured libraries and no content. */
  readonly content?: ContentReader;
  /** The staff area's ports; without them there is no staff area. */
  readonly staff?: { readonly editor: ContentEditor; readonly auth: StaffAuth };
  readonly reporting?: AccessibilityReporting;
  /** Signs cookies (CSRF, staff sessions); the same on every web node. Default: random per process (tests). */
  readonly cookieSecret?: string;
  /** The public address for feeds, sitemap and e-mailed links ("https://bibliotek.example.se"); default the request's. */
  readonly baseUrl?: string;
  /** Behind a reverse proxy terminating HTTPS: trust X-Forwarded-* (the protocol decides Secure cookies). */
  readonly trustProxy?: boolean;
  /** Fastify's logger option: false, true or pino options. */
  readonly logger?: boolean | object;
}

/** Work ids are derived from titles and authors, so they can be long. */
const MAX_PARAM_LENGTH = 300;

/** No inline script or style anywhere: every script and stylesheet is a file under /assets. */
const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  baseUri: ["'self'"],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  imgSrc: ["'self'", 'data:'],
  objectSrc: ["'none'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'"],
};

/** Without live availability every source answers "no live source": the harvested statuses, said to be such. */
const HARVESTED_ONLY: AvailabilityReader = { forWork: async (view) => harvestedAvailability(view, 'no-live-source') };

/** Without source health (a catalogue with no harvesting): no source is known. */
const NO_SOURCES: SourceHealthReader = { sources: async () => ({ asOf: new Date().toISOString(), sources: [] }) };

export async function buildWebApp(deps: WebAppDeps): Promise<FastifyInstance> {
  const availability = deps.availability ?? HARVESTED_ONLY;
  const sources = deps.sources ?? NO_SOURCES;
  const clock = deps.clock ?? (() => new Date());
  const site: Site = {
    consortiumName: deps.consortium.name,
    demo: deps.demo,
    assets: await assetUrls(),
    localizers: await createLocalizers(),
    catalogue: deps.catalogue,
    availability,
    sources,
    clock,
    content: deps.content ?? emptyContentReader(deps.catalogue.libraries()),
    staff: deps.staff,
    reporting: deps.reporting,
    baseUrl: deps.baseUrl,
  };
  const handleError = createErrorHandler(errorPageRenderer(site));
  const app = Fastify({
    logger: deps.logger ?? false,
    trustProxy: deps.trustProxy ?? false,
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    // The router's own rejections (a malformed %-escape, an over-long id) get the same answers as every other error.
    frameworkErrors: withSecurityHeaders(handleError),
  });
  await app.register(helmet, { contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY } });
  // Phones on rural mobile networks are the common case: pages, feeds and the stylesheet go compressed (brotli at
  // quality 4, or gzip), which takes the 73 KB stylesheet to about a sixth.
  await app.register(compress, { global: true, threshold: 1024, encodings: ['br', 'gzip'] });
  await registerAssets(app);
  await registerFormSecurity(app, { cookieSecret: deps.cookieSecret ?? randomBytes(32).toString('base64url') });
  registerErrorHandling(app, handleError);
  registerApiRoutes(app, { catalogue: deps.catalogue, availability, sources, consortiumName: deps.consortium.name, clock, content: site.content });
  registerPageRoutes(app, site);
  registerLibraryPages(app, site);
  registerEventPages(app, site);
  registerNewsPages(app, site);
  registerFeeds(app, site);
  registerInfoPages(app, site);
  registerDiscovery(app, site);
  // Published text links to uploaded images, with or without a staff area.
  registerImageRoutes(app, site);
  await registerStaffRoutes(app, site);
  return app;
}

/** The router rejects a malformed address before any hook runs, so helmet never sees it: it gets the essentials here. */
function withSecurityHeaders(handleError: ErrorHandler): ErrorHandler {
  const csp = Object.entries(CONTENT_SECURITY_POLICY)
    .map(([name, sources]) => `${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} ${sources.join(' ')}`).join(';');
  return (error, request, reply) =>
    handleError(error, request, reply.header('content-security-policy', csp).header('x-content-type-options', 'nosniff'));
}

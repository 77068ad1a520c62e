// Builds the Fastify app of the common web: security headers, assets, the JSON API, the pages and one error handler.
// src/web may import src/core and the services' ports only; app.ts passes the implementations in.
import helmet from '@fastify/helmet';
import Fastify, { type FastifyInstance } from 'fastify';
import type { CatalogueReader } from '../services/catalogue-reader.ts';
import { registerApiRoutes } from './api/api.routes.ts';
import { assetUrls, registerAssets } from './assets.ts';
import { createErrorHandler, registerErrorHandling, type ErrorHandler } from './errors.ts';
import { createLocalizers } from './i18n/i18n.ts';
import { errorPageRenderer, registerPageRoutes, type Site } from './pages/pages.routes.tsx';

export interface WebAppDeps {
  readonly catalogue: CatalogueReader;
  readonly consortium: { readonly name: string; readonly defaultLanguage: 'sv' | 'en' };
  /** Shows the "this is a demo" notice: holdings and statuses are made up. */
  readonly demo: boolean;
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

export async function buildWebApp(deps: WebAppDeps): Promise<FastifyInstance> {
  const site: Site = {
    consortiumName: deps.consortium.name,
    demo: deps.demo,
    assets: await assetUrls(),
    localizers: await createLocalizers(),
    catalogue: deps.catalogue,
  };
  const handleError = createErrorHandler(errorPageRenderer(site));
  const app = Fastify({
    logger: deps.logger ?? false,
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    // The router's own rejections (a malformed %-escape, an over-long id) get the same answers as every other error.
    frameworkErrors: withSecurityHeaders(handleError),
  });
  await app.register(helmet, { contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY } });
  await registerAssets(app);
  registerErrorHandling(app, handleError);
  registerApiRoutes(app, { catalogue: deps.catalogue, consortiumName: deps.consortium.name });
  registerPageRoutes(app, site);
  return app;
}

/** The router rejects a malformed address before any hook runs, so helmet never sees it: it gets the essentials here. */
function withSecurityHeaders(handleError: ErrorHandler): ErrorHandler {
  const csp = Object.entries(CONTENT_SECURITY_POLICY)
    .map(([name, sources]) => `${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} ${sources.join(' ')}`).join(';');
  return (error, request, reply) =>
    handleError(error, request, reply.header('content-security-policy', csp).header('x-content-type-options', 'nosniff'));
}

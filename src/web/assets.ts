// Serves src/web/assets under /assets/ and names each file with a content hash, so browsers may cache it for a year.
// The stylesheet is one file for the browser, written as one file per area in ./assets/css (joined in name order).
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export interface AssetUrls {
  readonly css: string;
  readonly script: string;
  /** The logo, also the favicon. */
  readonly logo: string;
}

const ASSETS_DIR = fileURLToPath(new URL('./assets/', import.meta.url));
const CSS_DIR = `${ASSETS_DIR}css/`;
const YEAR_SECONDS = 365 * 24 * 3600;

/** The site's stylesheet: every css/*.css joined in name order ("00-base.css" first). */
export async function siteCss(): Promise<string> {
  const files = (await readdir(CSS_DIR)).filter((f) => f.endsWith('.css')).sort();
  const parts = await Promise.all(files.map((f) => readFile(CSS_DIR + f, 'utf8')));
  return parts.join('\n');
}

const hashOf = (content: string | Buffer) => createHash('sha256').update(content).digest('hex').slice(0, 12);

/** Reads each asset once at start-up to name it by its content. */
export async function assetUrls(): Promise<AssetUrls> {
  const [script, logo] = await Promise.all(['suggest.js', 'logo.svg'].map(async (file) => `/assets/${file}?v=${hashOf(await readFile(ASSETS_DIR + file))}`));
  return { css: `/assets/site.css?v=${hashOf(await siteCss())}`, script, logo };
}

export async function registerAssets(app: FastifyInstance): Promise<void> {
  const css = await siteCss();
  app.get('/assets/site.css', async (_request, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', `public, max-age=${YEAR_SECONDS}, immutable`).send(css));
  await app.register(fastifyStatic, { root: ASSETS_DIR, prefix: '/assets/', index: false, maxAge: '365d', immutable: true, allowedPath: (path) => !path.startsWith('/css/') });
}

// Serves src/web/assets under /assets/ and names each file with a content hash, so browsers may cache it for a year.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
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

/** Reads each asset once at start-up to name it by its content. */
export async function assetUrls(): Promise<AssetUrls> {
  const [css, script, logo] = await Promise.all(['site.css', 'suggest.js', 'logo.svg'].map(async (file) => {
    const hash = createHash('sha256').update(await readFile(ASSETS_DIR + file)).digest('hex').slice(0, 12);
    return `/assets/${file}?v=${hash}`;
  }));
  return { css, script, logo };
}

export async function registerAssets(app: FastifyInstance): Promise<void> {
  await app.register(fastifyStatic, { root: ASSETS_DIR, prefix: '/assets/', index: false, maxAge: '365d', immutable: true });
}

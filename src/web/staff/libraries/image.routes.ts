// The public address of uploaded images, /bilder/{id}: the stored bytes with their type, cached for a year (an id
// never changes its picture), never sniffed as anything else. Any other id is 404.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { errors } from '../../../core/errors.ts';
import type { Site } from '../../pages/site.ts';

export const IMAGE_PATH = '/bilder/';

const YEAR_SECONDS = 365 * 24 * 3600;
const imageId = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/);

export function imageHref(id: string): string {
  return IMAGE_PATH + encodeURIComponent(id);
}

export function registerImageRoutes(app: FastifyInstance, site: Pick<Site, 'content'>): void {
  app.get(`${IMAGE_PATH}:id`, async (request, reply) => {
    const id = imageId.safeParse((request.params as { id?: unknown }).id);
    const image = id.success ? await site.content.image(id.data) : null;
    if (!image) throw errors.notFound('Image', id.success ? id.data : '?');
    return reply
      .type(image.mime)
      .header('cache-control', `public, max-age=${YEAR_SECONDS}, immutable`)
      .header('x-content-type-options', 'nosniff')
      .send(Buffer.from(image.bytes.buffer, image.bytes.byteOffset, image.bytes.byteLength));
  });
}

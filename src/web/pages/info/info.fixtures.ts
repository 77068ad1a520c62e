// For the info and discovery pages' tests: e-services, county pages and library profiles as staff would publish them,
// and reading a page the way the tests do.
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import type { ContentKind, EServiceItem, LibraryProfile, PageItem } from '../../../core/content.ts';

/** Published, county-owned, seeded a month before the tests' fixed clock. */
function meta<K extends ContentKind>(kind: K, id: string) {
  return {
    id, kind, library: null, status: 'published' as const, publishAt: null, unpublishAt: null,
    createdAt: '2026-11-01T09:00:00.000Z', updatedAt: '2026-11-01T09:00:00.000Z', updatedBy: null, version: 1,
  };
}

export function eservice(id: string, fields: Partial<Omit<EServiceItem, 'id' | 'kind'>> & Pick<EServiceItem, 'name'>): EServiceItem {
  return {
    ...meta('eservice', id), description: { sv: `Om ${fields.name}.` }, categories: ['other'], url: `https://example.org/${id}`,
    forLibraries: [], access: 'remote', terms: null, image: null, ...fields,
  };
}

export function countyPage(id: string, slug: string, fields: Partial<Omit<PageItem, 'id' | 'kind' | 'slug'>> = {}): PageItem {
  return {
    ...meta('page', id), slug, title: { sv: `Sidan ${slug}`, en: `The page ${slug}` },
    body: { sv: `Text om ${slug}.`, en: `Text about ${slug}.` }, language: null, ...fields,
  };
}

export function libraryProfile(library: string, fields: Partial<Omit<LibraryProfile, 'library'>> = {}): LibraryProfile {
  return {
    library, description: null, website: null, phone: null, email: null, accent: null, updatedAt: '2026-11-01T00:00:00.000Z',
    updatedBy: null, version: 1, ...fields,
  };
}

/** The HTML of a page that must answer 200. */
export async function okPage(app: FastifyInstance, url: string): Promise<string> {
  const response = await app.inject(url);
  assert.equal(response.statusCode, 200, `${url} → ${response.statusCode}`);
  return response.body;
}

/** What a reader sees: the text without tags, spaces collapsed, so sentences match across elements. */
export function visibleText(html: string): string {
  return html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

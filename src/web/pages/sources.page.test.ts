// The source-health page (/kallor, /en/sources) and GET /api/v1/sources over a fake report with every state: a
// failing source shows its error and the age of its last good data; nothing but the named fields reaches the API.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildFakeWebApp } from '../../../test/fakes/fake-web-app.ts';
import { FAKE_SOURCES, fakeSourceHealth, SOURCES_AS_OF } from '../../../test/fakes/fake-source-health.ts';
import { sourcesResponseSchema } from '../api/api-schemas.ts';

let app: FastifyInstance;
before(async () => ({ app } = await buildFakeWebApp()));
after(() => app.close());

async function page(url: string, on = app): Promise<string> {
  const response = await on.inject(url);
  assert.equal(response.statusCode, 200, `${url} → ${response.statusCode}`);
  assert.equal(response.headers['cache-control'], 'no-store');
  return response.body;
}

/** The card of one library, from its heading to the next card. */
function card(html: string, library: string): string {
  const start = html.indexOf(`id="source-${library}"`);
  assert.ok(start >= 0, `a card for ${library}`);
  const end = html.indexOf('<li>', start);
  return html.slice(start, end === -1 ? undefined : end);
}

const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

describe('source-health page', () => {
  test('a failing source says so, with its error, when it failed, and how old the data still shown is', async () => {
    const krokom = text(card(await page('/kallor'), 'krokom'));
    assert.match(krokom, /Krokoms bibliotek/);
    assert.match(krokom, /Senaste hämtningen misslyckades/);
    assert.match(krokom, /Katalogen visar bibliotekets poster från den senaste lyckade hämtningen, för 2 dagar sedan\./);
    assert.match(krokom, /Fel ?Source krokom is unavailable: connect ECONNREFUSED 10\.0\.4\.12:443 \(3 mars 2025 10:15, för 15 minuter sedan\)/);
    assert.match(krokom, /Senaste lyckade hämtning ?1 mars 2025 08:45, för 2 dagar sedan/);
    assert.match(krokom, /Poster i katalogen nu ?11 905/);
    assert.match(krokom, /Hämtas ?med 30 minuters mellanrum/);
  });

  test('every other state in words: working, harvesting now, never harvested, loaded from files, no source', async () => {
    const html = await page('/kallor');
    const ostersund = text(card(html, 'ostersund'));
    assert.match(ostersund, /Fungerar/);
    assert.match(ostersund, /Senaste körningen ?112 lästa: 9 nya, 101 ändrade, 2 borttagna, 0 oförändrade, 0 avvisade/);
    assert.doesNotMatch(ostersund, /Fel/);
    assert.match(text(card(html, 'ragunda')), /Fungerar ?Hämtning pågår/);
    assert.match(text(card(html, 'are')), /Inte hämtad ännu.*Senaste lyckade hämtning ?Aldrig/);
    assert.match(text(card(html, 'berg')), /Läses in från filer.*MARC-filer.*samverka import/);
    assert.match(text(card(html, 'bracke')), /Ingen källa inställd/);
    assert.match(html, /<meta name="robots" content="noindex"\/>/);
    assert.match(html, /<a href="\/en\/sources" lang="en" hreflang="en">In English<\/a>/);
    assert.match(html, /<a href="\/kallor">Källornas status<\/a>/, 'linked from the footer');
  });

  test('in English under /en/sources', async () => {
    const html = await page('/en/sources');
    assert.match(html, /<html lang="en">/);
    assert.match(text(card(html, 'krokom')), /The last harvest failed.*from the last harvest that worked, 2 days ago\./);
    assert.match(text(card(html, 'ostersund')), /every 60 minutes/);
  });

  test('an error message from a source is shown as text, never as markup', async () => {
    const hostile = fakeSourceHealth([{ ...FAKE_SOURCES[1], lastError: 'Source krokom failed: <script>alert(1)</script>' }]);
    const { app: other } = await buildFakeWebApp({ sources: hostile });
    const html = await page('/kallor', other);
    await other.close();
    assert.doesNotMatch(html, /<script>alert/);
    assert.match(html, /Source krokom failed: &lt;script>alert\(1\)&lt;\/script>/);
  });
});

describe('GET /api/v1/sources', () => {
  test('every source with its state, times, error and counts, in the documented shape and nothing more', async () => {
    const withExtra = FAKE_SOURCES.map((s) => ({ ...s, url: 'https://user:secret@opac.example.se/sru' }));
    const { app: other } = await buildFakeWebApp({ sources: fakeSourceHealth(withExtra) });
    const response = await other.inject('/api/v1/sources');
    await other.close();
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['cache-control'], 'no-store');
    const body = response.json();
    assert.deepEqual(sourcesResponseSchema.parse(body), body);
    assert.deepEqual(body, { asOf: SOURCES_AS_OF, sources: FAKE_SOURCES });
    assert.doesNotMatch(response.body, /secret|opac\.example/);
  });

  test('is described in the OpenAPI document', async () => {
    const document = (await app.inject('/api/v1/openapi.json')).json();
    assert.deepEqual(document.paths['/api/v1/sources'].get.responses['200'].content['application/json'].schema, { $ref: '#/components/schemas/Sources' });
    assert.ok(document.components.schemas.Sources);
  });
});

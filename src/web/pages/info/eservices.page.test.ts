// /e-tjanster and /en/e-services: every public e-service by category with who may use it, from where, on what terms
// and a link to it; the "I have a library card from …" filter narrows the list to what that card gives.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { FAKE_LIBRARIES } from '../../../../test/fakes/fake-catalogue.records.ts';
import { fakeContent } from '../../../../test/fakes/fake-content.ts';
import { buildFakeWebApp } from '../../../../test/fakes/fake-web-app.ts';
import { eservice, okPage, visibleText } from './info.fixtures.ts';

const clock = () => new Date('2026-12-02T10:00:00+01:00');
const ITEMS = [
  eservice('e-elib', {
    name: 'Elib', categories: ['ebooks', 'eaudiobooks'], url: 'https://jamtlandharjedalen.elib.se',
    description: { sv: 'Låna **e-böcker** med lånekort.', en: 'Borrow **e-books** with your card.' },
    terms: { sv: '2 e-böcker per vecka.', en: '2 e-books a week.' },
  }),
  eservice('e-viddla', { name: 'Viddla', categories: ['film'], forLibraries: ['harjedalen'], description: { sv: 'Strömmad film.' } }),
  eservice('e-press', { name: 'Tidningsarkivet', categories: ['newspapers'], access: 'on-site', demo: true }),
  eservice('e-sprak', { name: 'Språkkursen', categories: ['languages'], forLibraries: ['krokom', 'ostersund'] }),
  eservice('e-bad', { name: 'Trasig länk', categories: ['other'], url: 'javascript:alert(1)' }),
  { ...eservice('e-draft', { name: 'Utkastet' }), status: 'draft' as const },
];

let app: FastifyInstance;
before(async () => ({ app } = await buildFakeWebApp({ clock, content: fakeContent({ libraries: FAKE_LIBRARIES, items: ITEMS, clock }) })));
after(() => app.close());

const page = (url: string) => okPage(app, url);

const text = visibleText;
/** The card of one service, from its article to the next. */
const card = (html: string, id: string) => {
  const start = html.indexOf(`aria-labelledby="eservice-${id}"`);
  assert.ok(start >= 0, `a card for ${id}`);
  return html.slice(start, html.indexOf('</article>', start));
};

describe('e-services page', () => {
  test('every published service under its category heading, in category order; drafts never', async () => {
    const html = await page('/e-tjanster');
    const headings = [...html.matchAll(/<h2 id="([a-z]+)">([^<]+)<\/h2>/g)].map((m) => m[2]);
    assert.deepEqual(headings, ['E-böcker', 'Film', 'Tidningar och tidskrifter', 'Språk', 'Övrigt']);
    assert.doesNotMatch(html, /Utkastet/);
    assert.match(html, /<a class="main-nav__link" href="\/e-tjanster" aria-current="page">/);
  });

  test('a card says what it is, who may use it, from where, on what terms, and links to the service', async () => {
    const elib = card(await page('/e-tjanster'), 'e-elib');
    assert.match(elib, /Låna <strong>e-böcker<\/strong> med lånekort\./);
    assert.match(text(elib), /Vem får använda den Alla som har lånekort på något av länets bibliotek/);
    assert.match(text(elib), /Var och hur Var du vill, när du loggar in med lånekort och PIN-kod/);
    assert.match(text(elib), /Villkor 2 e-böcker per vecka\./);
    assert.match(text(elib), /Finns också under E-ljudböcker/);
    assert.match(elib, /<a class="button eservice__link" href="https:\/\/jamtlandharjedalen\.elib\.se" rel="noopener">Till Elib<span class="visually-hidden"> \(en annan webbplats\)<\/span><\/a>/);
  });

  test('services for some libraries name them; on-site services say so; demo services are marked', async () => {
    const html = await page('/e-tjanster');
    assert.match(text(card(html, 'e-viddla')), /Den som har lånekort i Härjedalens bibliotek/);
    assert.match(text(card(html, 'e-sprak')), /Den som har lånekort i Krokoms bibliotek och Östersunds bibliotek/);
    const press = text(card(html, 'e-press'));
    assert.match(press, /Bara på biblioteket, på bibliotekets datorer eller nätverk/);
    assert.match(press, /Tidningsarkivet Demo/);
    assert.match(press, /Påhittad e-tjänst/);
  });

  test('an address that is not http(s) is never linked', async () => {
    const bad = card(await page('/e-tjanster'), 'e-bad');
    assert.doesNotMatch(bad, /javascript:/);
    assert.doesNotMatch(bad, /<a /);
  });

  test('the card filter: a Härjedalen card shows the county-wide services and Viddla, not Krokom’s course', async () => {
    const html = await page('/e-tjanster?library=harjedalen');
    assert.match(html, /<option value="harjedalen" selected>Härjedalens bibliotek<\/option>/);
    assert.match(text(html), /4 e-tjänster ingår när du har lånekort i Härjedalens bibliotek\. Visa alla e-tjänster/);
    assert.match(html, /Viddla/);
    assert.doesNotMatch(html, /Språkkursen/);
    assert.match(html, /<form class="eservice-filter" method="get" action="\/e-tjanster">/);
    assert.match(html, /<label for="library">Jag har lånekort i<\/label>/);
  });

  test('the filter left at "all libraries" shows everything; an unknown or malformed library is a 400 page', async () => {
    assert.match(await page('/e-tjanster?library='), /Språkkursen/);
    for (const url of ['/e-tjanster?library=narnia', '/e-tjanster?library=x&library=y']) {
      const response = await app.inject(url);
      assert.equal(response.statusCode, 400, url);
      assert.match(response.headers['content-type'] as string, /text\/html/);
    }
  });

  test('in English: names translated, texts in English, a Swedish-only description marked lang="sv"', async () => {
    const html = await page('/en/e-services?library=harjedalen');
    assert.match(html, /<html lang="en">/);
    assert.match(html, /<h2 id="ebooks">E-books<\/h2>/);
    assert.match(text(card(html, 'e-elib')), /Borrow e-books with your card\. .*Anywhere, signing in with your library card and PIN.*Go to Elib/);
    assert.match(card(html, 'e-viddla'), /<div class="prose" lang="sv"><p>Strömmad film\.<\/p>/);
    assert.match(text(html), /4 e-services come with a library card from Härjedalens bibliotek/);
  });

  test('with no e-services published the page says so', async () => {
    const { app: empty } = await buildFakeWebApp({ clock });
    const response = await empty.inject('/e-tjanster');
    assert.equal(response.statusCode, 200);
    assert.match(response.body, /Inga e-tjänster är publicerade just nu\./);
    await empty.close();
  });
});

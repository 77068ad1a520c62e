// The work page in both languages: facts, holdings with status in words, editions, online links, subject links.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { record } from '../../../test/fakes/fake-catalogue.records.ts';
import { buildFakeWebApp } from '../../../test/fakes/fake-web-app.ts';

/** Hand-made for this test (not a real record): a title no library has a copy of, and no online link. */
const WITHOUT_COPIES = record({ library: 'are', localId: 'test-1', title: 'Utan exemplar' });

let app: FastifyInstance;
before(async () => ({ app } = await buildFakeWebApp({ extraRecords: [WITHOUT_COPIES] })));
after(() => app.close());

async function page(url: string): Promise<string> {
  const response = await app.inject(url);
  assert.equal(response.statusCode, 200, `${url} → ${response.statusCode}`);
  return response.body;
}

test('shows title, authors as author searches, years, languages and subjects as subject searches', async () => {
  const html = await page('/verk/det-osynliga-barnet');
  assert.match(html, /<h1 class="work__title" itemprop="name">Näkymätön lapsi ja muita kertomuksia<\/h1>/);
  assert.match(html, /<a href="\/sok\?author=Jansson%2C\+Tove"><span itemprop="author">Jansson, Tove<\/span><\/a>/);
  assert.match(html, /<dt>Utgiven<\/dt><dd>2018<\/dd>/);
  assert.match(html, /<dt>Språk<\/dt><dd>finska, svenska<\/dd>/);
  assert.match(html, /<dt>Målgrupp<\/dt><dd>Barn<\/dd>/);
  assert.match(html, /<a href="\/sok\?subject=n%C3%A4kym%C3%A4tt%C3%B6myys"><span itemprop="about">näkymättömyys<\/span><\/a>/);
  assert.match(html, /<dt>Serie<\/dt><dd>Muumikirjat<\/dd>/);
  assert.match(html, /<a href="\/en\/work\/det-osynliga-barnet" lang="en"/);
});

test('holdings: one table per library, branch, shelf mark, status in words and the due date', async () => {
  const html = await page('/verk/anteckningar-fran-en-o');
  assert.match(html, /<p class="availability availability--yes">Finns på hyllan i Östersunds bibliotek<\/p>/);
  assert.match(html, /<caption>Östersunds bibliotek<\/caption>/);
  const rows = [...html.matchAll(/<tr role="row">(.*?)<\/tr>/g)].map((m) => m[1].replace(/<[^>]+>/g, '|').replace(/\|+/g, '|'));
  assert.deepEqual(rows.slice(1), [
    '|Brunflo (Kastalbiblioteket)|Gcdz Jansson|Utlånad|20 mars 2026|1996, Bok|',
    '|Stadsbiblioteket|Gcdz Jansson|Finns på hyllan|1996, Bok|',
  ]);
  assert.match(html, /Status hämtad 2 mars 2026 07:00\./);
});

test('English: statuses, dates and headings in English', async () => {
  const html = await page('/en/work/fanrik-stals-sagner');
  assert.match(html, /<html lang="en">/);
  assert.match(html, /Where is it\?/);
  assert.match(html, /No copy on the shelf right now/);
  assert.match(html, /<span class="status status--unknown">Status unknown<\/span>/);
  assert.match(html, /<span class="status status--not-for-loan">Not for loan<\/span>/);
  assert.match(html, /2 catalogue records belong to this title\./);
  assert.match(html, /<dt>Published<\/dt><dd>1934–1959<\/dd>/);
  assert.match(html, /<a href="\/verk\/fanrik-stals-sagner" lang="sv" hreflang="sv">På svenska<\/a>/);
});

test('editions list publisher, year, edition, extent, ISBN and the library\'s record', async () => {
  const html = await page('/verk/trollvinter');
  assert.match(html, /<dt>Upplaga<\/dt><dd><span itemprop="bookEdition">4\. painos<\/span><\/dd>/);
  assert.match(html, /<dt>Utgiven<\/dt><dd>\[Porvoo\] : WSOY, <span itemprop="datePublished">1973<\/span><\/dd>/);
  assert.match(html, /<dt>ISBN<\/dt><dd><span itemprop="isbn">951004010X<\/span><\/dd>/);
  assert.match(html, /<dt>Katalogpost<\/dt><dd>Åre bibliotek, nr 951004010X<\/dd>/);
});

test('e-resources get "read/listen online" links; a title with no copies says so', async () => {
  const html = await page('/verk/att-bryta-ny-marc');
  assert.match(html, /<h3>Läs\/lyssna online<\/h3>/);
  assert.match(html, /<a href="http:\/\/urn\.kb\.se\/resolve\?urn=urn:nbn:se:kb:publ-19" rel="noopener noreferrer">Fritt tillgänglig via KB:s webbplats<\/a>/);
  assert.doesNotMatch(html, /Exemplar i biblioteken/, 'an e-resource is not "missing" copies');
  assert.match(await page('/verk/extra-1'), /<h3>Exemplar i biblioteken<\/h3><p class="holdings-none">Inga exemplar är registrerade i biblioteken\.<\/p>/);
  const audiobook = await page('/en/work/ondskan');
  assert.match(audiobook, /Read\/listen online/);
  assert.match(audiobook, /<span class="status status--on-loan">On loan<\/span>/);
  assert.match(audiobook, /9 Mar 2026/);
});

// The work page in both languages: facts, holdings folded per library with status in words, editions, online links.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { FAKE_RECORDS, record } from '../../../test/fakes/fake-catalogue.records.ts';
import { RUNEBERG_EDITIONS } from '../../../test/fakes/fake-catalogue.runeberg.ts';
import { buildFakeWebApp } from '../../../test/fakes/fake-web-app.ts';

/** Hand-made for this test (not a real record): a title no library has a copy of, and no online link. */
const WITHOUT_COPIES = record({ library: 'are', localId: 'test-1', title: 'Utan exemplar' });

/** Hand-made variant of the real Taikatalvi record (Åre's): the same book in Krokom's catalogue under its own number. */
const TAIKATALVI_AT_KROKOM = { ...FAKE_RECORDS.find((r) => r.id === 'are:951004010X')!, id: 'krokom:k-77', library: 'krokom', localId: 'k-77', holdings: [] };

let app: FastifyInstance;
before(async () => ({ app } = await buildFakeWebApp({
  extraRecords: [WITHOUT_COPIES],
  moreEditions: { 'fanrik-stals-sagner': RUNEBERG_EDITIONS, trollvinter: [TAIKATALVI_AT_KROKOM] },
})));
after(() => app.close());

async function page(url: string): Promise<string> {
  const response = await app.inject(url);
  assert.equal(response.statusCode, 200, `${url} → ${response.statusCode}`);
  return response.body;
}

const text = (html: string) => html.replace(/<[^>]+>/g, '');

/** Each library's section: whether it starts open, and its summary as read aloud. */
function sections(html: string): string[] {
  return [...html.matchAll(/<details class="holdings__library"( open)?><summary[^>]*>(.*?)<\/summary>/g)]
    .map((m) => `${m[1] ? 'open ' : ''}${text(m[2])}`);
}

/** The body rows of one library's table, cells separated by "|". */
function rows(html: string, library: string): string[] {
  const table = new RegExp(`<caption[^>]*>[^<]*${library}</caption>(.*?)</table>`).exec(html)?.[1] ?? '';
  return [...table.matchAll(/<tr role="row">(.*?)<\/tr>/g)].slice(1)
    .map((m) => m[1].replace(/<\/(th|td)>/g, '|').replace(/<\/li>/g, ' ').replace(/<[^>]+>/g, '').replace(/\|$/, ''));
}

/** Each edition entry: its year and who holds it. */
function editions(html: string): string[] {
  return html.split('<li class="edition"').slice(1).map((entry) =>
    `${/itemprop="datePublished">(\d+)/.exec(entry)?.[1]}: ${text(/<dt>(?:Finns hos|Held by)<\/dt><dd>(.*?)<\/dd>/.exec(entry)?.[1] ?? '')}`);
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

test('a few copies: every library open, branch as row header, shelf mark, status in words and the due date', async () => {
  const html = await page('/verk/anteckningar-fran-en-o');
  assert.match(html, /<p class="availability availability--yes">Finns på hyllan i Östersunds bibliotek<\/p>/);
  assert.deepEqual(sections(html), ['open Östersunds bibliotek — 2 ex., 1 på hyllan']);
  assert.match(html, /<caption class="visually-hidden">Exemplar i Östersunds bibliotek<\/caption>/);
  assert.match(html, /<th scope="col" role="columnheader">Hylla<\/th>/);
  assert.deepEqual(rows(html, 'Östersunds bibliotek'), [
    'Brunflo (Kastalbiblioteket)|Gcdz Jansson|Utlånad|20 mars 2026|1996, Bok',
    'Stadsbiblioteket|Gcdz Jansson|Finns på hyllan||1996, Bok',
  ]);
  assert.match(html, /<th scope="row" role="rowheader">Stadsbiblioteket<\/th>/);
  assert.match(html, /Status hämtad 2 mars 2026 07:00\./);
});

describe('a work with many editions and copies', () => {
  test('one closed section per library: those with a copy on the shelf first, each group in Swedish order', async () => {
    const html = await page('/verk/fanrik-stals-sagner');
    assert.match(html, /<p class="availability availability--yes">Finns på hyllan i 6 bibliotek<\/p>/);
    assert.match(html, /<p class="holdings__overview">23 ex\. i 8 bibliotek, 14 på hyllan\.<\/p>/);
    assert.deepEqual(sections(html), [
      'Härjedalens bibliotek — 2 ex., 1 på hyllan',
      'Krokoms bibliotek — 3 ex., 3 på hyllan',
      'Ragunda bibliotek — 1 ex., 1 på hyllan',
      'Strömsunds bibliotek — 2 ex., 1 på hyllan',
      'Åre bibliotek — 2 ex., 2 på hyllan',
      'Östersunds bibliotek — 9 ex., 6 på hyllan',
      'Bergs bibliotek — 2 ex., inget på hyllan',
      'Bräcke bibliotek — 2 ex., inget på hyllan',
    ]);
  });

  test('copies of one edition on one shelf of a branch share a row that counts them by status', async () => {
    const html = await page('/verk/fanrik-stals-sagner');
    assert.deepEqual(rows(html, 'Östersunds bibliotek'), [
      'Lit|Hcb Runeberg|3 ex.2 på hyllan 1 utlånad |15 mars 2026|1928, Bok',
      'Stadsbiblioteket|Hcb Runeberg|3 ex.2 på hyllan 1 utlånad |18 mars 2026|1975, 9. muuttam. p., Bok',
      'Stadsbiblioteket|Hcb Runeberg|Finns på hyllan||1957, 11. Albert Edelfeltin kuvittama suomenkielinen p., Bok',
      'Stadsbiblioteket|Hcb Runeberg|Lånas ej ut||1934, 11. p., Bok',
      'Torvalla|Hcb Runeberg|Finns på hyllan||1956, 4. muuttamaton p., Bok',
    ]);
    assert.deepEqual(rows(html, 'Bergs bibliotek'), ['Svenstavik|Hcb Runeberg|2 utlånade|5 mars 2026|1956, 4. muuttamaton p., Bok'],
      'copies all alike need no total; the due date is when the first is back');
  });

  test('?library= puts the reader\'s libraries first and open, even with nothing on the shelf; unknown ids are ignored', async () => {
    assert.deepEqual(sections(await page('/verk/fanrik-stals-sagner?library=berg')).slice(0, 2), [
      'open Bergs bibliotek — 2 ex., inget på hyllan', 'Härjedalens bibliotek — 2 ex., 1 på hyllan',
    ]);
    assert.deepEqual(sections(await page('/verk/fanrik-stals-sagner?library=krokom&library=bracke')).slice(0, 3), [
      'open Bräcke bibliotek — 2 ex., inget på hyllan', 'open Krokoms bibliotek — 3 ex., 3 på hyllan', 'Härjedalens bibliotek — 2 ex., 1 på hyllan',
    ]);
    for (const odd of ['library=nowhere', 'library=', 'library[]=berg', 'library=%00']) {
      assert.ok(sections(await page(`/verk/fanrik-stals-sagner?${odd}`)).every((s) => !s.startsWith('open')), odd);
    }
    assert.match(await page('/verk/fanrik-stals-sagner?library=berg'), /<a href="\/en\/work\/fanrik-stals-sagner\?library=berg" lang="en"/);
  });

  test('a library-scoped search links to the work with its libraries; an unscoped one without', async () => {
    assert.match(await page('/sok?q=runeberg&library=krokom'), /<a href="\/verk\/fanrik-stals-sagner\?library=krokom">/);
    assert.match(await page('/en/search?q=runeberg&library=krokom&library=are'), /<a href="\/en\/work\/fanrik-stals-sagner\?library=krokom&amp;library=are">/);
    assert.match(await page('/sok?q=runeberg'), /<a href="\/verk\/fanrik-stals-sagner">/);
  });

  test('editions: one entry per manifestation with the libraries that have it, newest first, ten before a fold', async () => {
    const html = await page('/verk/fanrik-stals-sagner');
    assert.match(html, /<p>14 utgåvor i 21 katalogposter från 8 bibliotek\.<\/p>/);
    const [shown, folded] = html.split('<details class="editions__more">');
    assert.match(folded, /^<summary>Visa alla 14 utgåvor<\/summary><ol class="editions" start="11">/);
    assert.deepEqual(editions(shown), [
      '2004: Krokoms bibliotek, Strömsunds bibliotek och Östersunds bibliotek (nr 006417535)',
      '1975: Krokoms bibliotek och Östersunds bibliotek (nr 003091846)',
      '1968: Bräcke bibliotek och Strömsunds bibliotek (nr 000670725)',
      '1959: Härjedalens bibliotek (nr 000737661)',
      '1957: Bräcke bibliotek och Östersunds bibliotek (nr 000750823)',
      '1956: Bergs bibliotek och Östersunds bibliotek (nr 000750826)',
      '1948: Ragunda bibliotek (nr 000792604)',
      '1948: Härjedalens bibliotek och Krokoms bibliotek (nr 005362124)',
      '1944: Strömsunds bibliotek (nr 000948431)',
      '1939: Åre bibliotek (nr 003294156)',
    ]);
    assert.deepEqual(editions(folded), [
      '1934: Östersunds bibliotek (nr 000408932)',
      '1928: Östersunds bibliotek (nr 003294164)',
      '1928: Krokoms bibliotek (nr 006414953)',
      '1910: Åre bibliotek (nr 000868193)',
    ]);
    assert.match(shown, /<dt>ISBN<\/dt><dd><span itemprop="isbn">9789510069998<\/span><\/dd>/);
  });

  test('English: summaries, counts and statuses in English', async () => {
    const html = await page('/en/work/fanrik-stals-sagner');
    assert.match(html, /<html lang="en">/);
    assert.match(html, /Where is it\?/);
    assert.match(html, /On the shelf at 6 libraries/);
    assert.match(html, /23 copies at 8 libraries, 14 on the shelf\./);
    assert.equal(sections(html)[0], 'Härjedalens bibliotek — 2 copies, 1 on the shelf');
    assert.equal(sections(html).at(-1), 'Bräcke bibliotek — 2 copies, none on the shelf');
    assert.deepEqual(rows(html, 'Bergs bibliotek'), ['Svenstavik|Hcb Runeberg|2 on loan|5 Mar 2026|1956, 4. muuttamaton p., Book']);
    assert.match(html, /<span class="status status--unknown">Status unknown<\/span>/);
    assert.match(html, /<span class="status status--not-for-loan">Not for loan<\/span>/);
    assert.match(html, /14 editions in 21 catalogue records from 8 libraries\./);
    assert.match(html, /<summary>Show all 14 editions<\/summary>/);
    assert.match(html, /<dt>Published<\/dt><dd>1910–2004<\/dd>/);
    assert.match(html, /<a href="\/verk\/fanrik-stals-sagner" lang="sv" hreflang="sv">På svenska<\/a>/);
  });
});

test('editions list publisher, year, edition, extent, ISBN and each library with its record number', async () => {
  const html = await page('/verk/trollvinter');
  assert.match(html, /<dt>Upplaga<\/dt><dd><span itemprop="bookEdition">4\. painos<\/span><\/dd>/);
  assert.match(html, /<dt>Utgiven<\/dt><dd>\[Porvoo\] : WSOY, <span itemprop="datePublished">1973<\/span><\/dd>/);
  assert.match(html, /<dt>ISBN<\/dt><dd><span itemprop="isbn">951004010X<\/span><\/dd>/);
  assert.match(html, /<p>1 utgåva i 2 katalogposter från 2 bibliotek\.<\/p>/);
  assert.match(html, /<dt>Finns hos<\/dt><dd>Krokoms bibliotek \(nr k-77\); Åre bibliotek \(nr 951004010X\)<\/dd>/);
  assert.doesNotMatch(html, /editions__more/);
  const single = await page('/verk/det-osynliga-barnet');
  assert.match(single, /<h2 id="editions-heading">Utgåvor<\/h2><ol class="editions" start="1">/, 'one record needs no count of records');
});

test('the same record at three libraries is one edition held by all three', async () => {
  const html = await page('/verk/sagor-fran-mumindalen');
  assert.deepEqual(editions(html), ['2018: Bergs bibliotek, Krokoms bibliotek och Strömsunds bibliotek (nr 9789163897498)']);
  assert.match(html, /<p>1 utgåva i 3 katalogposter från 3 bibliotek\.<\/p>/);
  assert.equal(sections(html).filter((s) => s.startsWith('open')).length, 3, 'four copies in all: every library open');
});

test('e-resources get "read/listen online" links; a title with no copies says so', async () => {
  const html = await page('/verk/att-bryta-ny-marc');
  assert.match(html, /<h3>Läs\/lyssna online<\/h3>/);
  assert.match(html, /<a href="http:\/\/urn\.kb\.se\/resolve\?urn=urn:nbn:se:kb:publ-19" rel="noopener noreferrer">Fritt tillgänglig via KB:s webbplats<\/a>/);
  assert.doesNotMatch(html, /Exemplar i biblioteken/, 'an e-resource is not "missing" copies');
  assert.match(await page('/verk/extra-1'), /<h3>Exemplar i biblioteken<\/h3><p class="holdings-none">Inga exemplar är registrerade i biblioteken\.<\/p>/);
  const audiobook = await page('/en/work/ondskan');
  assert.match(audiobook, /Read\/listen online/);
  assert.match(audiobook, /No copy on the shelf right now/);
  assert.match(audiobook, /<span class="status status--on-loan">On loan<\/span>/);
  assert.match(audiobook, /9 Mar 2026/);
});

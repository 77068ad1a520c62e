// The libraries pages over fake content at a fixed clock (Wednesday 2 December 2026, 10:00): the list with every
// library, branch and bus and its state now; a library's page; a branch's page; a bus's timetable; JSON-LD; both languages.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { FAKE_LIBRARIES } from '../../../../test/fakes/fake-catalogue.records.ts';
import { LIBRARY_CLOCK, libraryContent } from '../../../../test/fakes/fake-library-content.ts';
import { LIBRARIES_WITH_HOURS } from '../../../../test/fakes/fake-opening-hours.ts';
import { buildFakeWebApp } from '../../../../test/fakes/fake-web-app.ts';

let app: FastifyInstance;
before(async () => ({ app } = await buildFakeWebApp({ libraries: LIBRARIES_WITH_HOURS, content: libraryContent(), clock: LIBRARY_CLOCK })));
after(() => app.close());

async function page(url: string): Promise<string> {
  const response = await app.inject(url);
  assert.equal(response.statusCode, 200, `${url} → ${response.statusCode}`);
  return response.body;
}

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/\s+/g, ' ').replace(/ ([:.,)])/g, '$1');
const main = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));
/** The state line of a branch in a list, by the branch's id. */
function state(html: string, branch: string): string {
  const row = html.slice(html.indexOf(`href="/bibliotek/${branch}"`));
  const match = /<span class="branch-state branch-state--([a-z-]+)">([^<]+)<\/span>/.exec(row);
  assert.ok(match, `a state for ${branch}`);
  return `${match[1]}: ${match[2]}`;
}
function jsonLd(html: string): Record<string, unknown> {
  const head = html.slice(0, html.indexOf('</head>'));
  const match = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(head);
  assert.ok(match, 'JSON-LD in <head>');
  return JSON.parse(match[1]!) as Record<string, unknown>;
}

describe('the list of libraries', () => {
  test('every member library and every branch and bus, each linked to its page, grouped by municipality', async () => {
    const html = main(await page('/bibliotek'));
    for (const library of FAKE_LIBRARIES) {
      assert.match(html, new RegExp(`<a href="/bibliotek/${library.id}">${library.name}</a>`));
      for (const branch of library.branches) assert.ok(html.includes(`href="/bibliotek/${branch.id}">${branch.name}</a>`), branch.id);
    }
    assert.match(html, /<h1>Bibliotek<\/h1>/);
    const headings = [...html.matchAll(/<h2 id="kommun-\d+-h">([^<]+)<\/h2>/g)].map((m) => m[1]);
    assert.deepEqual(headings, ['Bergs kommun', 'Bräcke kommun', 'Härjedalens kommun', 'Krokoms kommun', 'Ragunda kommun', 'Strömsunds kommun', 'Åre kommun', 'Östersunds kommun']);
    const at = (needle: string) => html.indexOf(needle);
    assert.ok(at('id="kommun-2309-h"') < at('>Krokoms bibliotek<') && at('>Krokoms bibliotek<') < at('id="kommun-2303-h"'), 'Krokom under its municipality');
  });

  test('open now with staff, closed with the next opening, a bus at its stop, unknown hours said so', async () => {
    const html = await page('/bibliotek');
    assert.equal(state(html, 'ostersund-stadsbiblioteket'), 'staffed: Öppet nu, personal till 19:00, stänger 21:00');
    assert.equal(state(html, 'krokom-krokom'), 'staffed: Öppet nu, stänger 18:00');
    assert.equal(state(html, 'krokom-follinge'), 'closed: Stängt, öppnar tisdag 14:00');
    assert.equal(state(html, 'krokom-bussen'), 'staffed: Står nu vid Aspås till 10:30');
    assert.equal(state(html, 'stromsund-bussen'), 'unknown: Tidtabellen finns inte här ännu');
    assert.equal(state(html, 'berg-svenstavik'), 'unknown: Öppettider saknas här');
    assert.match(html, /Öppet och stängt gäller klockan 10:00\./);
  });

  test('self-service is told apart from staffed hours: a tag on branches that have it, its own state early in the morning', async () => {
    const html = await page('/bibliotek');
    const row = (id: string) => html.slice(html.indexOf(`href="/bibliotek/${id}"`), html.indexOf('</li>', html.indexOf(`href="/bibliotek/${id}"`)));
    assert.match(row('ostersund-stadsbiblioteket'), /<span class="lib-tag lib-tag--self-service">Meröppet<\/span>/);
    assert.doesNotMatch(row('krokom-krokom'), /lib-tag--self-service/);
    assert.match(row('krokom-bussen'), /<span class="lib-tag lib-tag--bus">Bokbuss<\/span>/);
    const early = await buildFakeWebApp({ libraries: LIBRARIES_WITH_HOURS, content: libraryContent(), clock: () => new Date('2026-12-02T08:30:00+01:00') });
    const morning = (await early.app.inject('/bibliotek')).body;
    await early.app.close();
    assert.equal(state(morning, 'ostersund-stadsbiblioteket'), 'self-service: Meröppet nu (utan personal), personal från 10:00, stänger 21:00');
  });

  test('made-up hours and timetables are labelled on their library only', async () => {
    const html = await page('/bibliotek');
    const block = (id: string) => html.slice(html.indexOf(`id="library-${id}"`), html.indexOf('</article>', html.indexOf(`id="library-${id}"`)));
    assert.match(block('ostersund'), /Öppettiderna är påhittade för demon\./);
    assert.match(block('krokom'), /Tidtabellen är påhittad för demon\./);
    assert.doesNotMatch(block('krokom'), /Öppettiderna är påhittade/);
    assert.doesNotMatch(block('berg'), /påhittad/);
  });

  test('in English at /en/libraries', async () => {
    const html = await page('/en/libraries');
    assert.match(html, /<html lang="en">/);
    assert.match(html, /<h1>Libraries<\/h1>/);
    assert.match(html, /<h2 id="kommun-2309-h">Krokom Municipality<\/h2>/);
    assert.match(html, /href="\/en\/libraries\/krokom-follinge">Föllinge<\/a>/);
    assert.match(html, /Closed, opens Tuesday 14:00/);
    assert.match(html, /At Aspås now, until 10:30/);
    assert.match(html, /<a href="\/bibliotek" lang="sv" hreflang="sv">/);
    assert.match(html, /<a class="main-nav__link" href="\/en\/libraries" aria-current="page">/);
  });
});

describe('a library\'s page', () => {
  test('its description, contacts, branches with their state, and a search in its collection', async () => {
    const html = main(await page('/bibliotek/krokom'));
    assert.match(html, /<h1>Krokoms bibliotek<\/h1>/);
    assert.match(html, /Krokoms bibliotek har <strong>två<\/strong> bibliotek och en bokbuss\./, 'the description is Markdown');
    assert.match(html, /<a href="tel:064000000">0640-000 00<\/a>/);
    assert.match(html, /<a href="mailto:krokom@example.se">krokom@example.se<\/a>/);
    assert.match(html, /<a href="https:\/\/bibliotek.example.se\/krokom" rel="noopener">/);
    for (const id of ['krokom-krokom', 'krokom-follinge', 'krokom-bussen']) assert.match(html, new RegExp(`href="/bibliotek/${id}"`));
    assert.equal(state(html, 'krokom-follinge'), 'closed: Stängt, öppnar tisdag 14:00');
    assert.match(html, /<form class="search-box search-box--normal" role="search" method="get" action="\/sok">/);
    assert.match(html, /<label class="search-box__label" for="q">Sök i Krokoms bibliotek<\/label>/);
    assert.match(html, /<input type="hidden" name="library" value="krokom"\/>/);
  });

  test('its news (with the county\'s) and its events of the coming 30 days, cancelled and demo ones marked', async () => {
    const html = text(main(await page('/bibliotek/krokom')));
    const news = html.slice(html.indexOf('Nyheter'));
    assert.ok(news.indexOf('Nytt lånekort i hela länet') < news.indexOf('Föllinge har fått nya datorer'), 'newest first');
    assert.doesNotMatch(html, /Stadsbiblioteket bygger om/, 'not another library\'s news');
    const events = html.slice(html.indexOf('Kommande evenemang'), html.indexOf('Nyheter'));
    assert.match(events, /Sagostund i Föllinge torsdag 18:00–19:00 · Föllinge, Krokoms bibliotek Påhittat för demon/);
    assert.match(events, /Bokcirkel fredag 17:00–18:00 · Krokom, Krokoms bibliotek Inställt/);
    assert.match(events, /Digital hjälp onsdag 14:00–15:00/);
    assert.doesNotMatch(events, /Långt fram|Författarbesök/, 'not beyond 30 days, not another library\'s');
  });

  test('links to its feeds, in the page and in <head>', async () => {
    const html = await page('/bibliotek/krokom');
    assert.match(html, /<link rel="alternate" type="application\/atom\+xml" title="Nyheter från Krokoms bibliotek" href="\/bibliotek\/krokom\/nyheter.atom"\/>/);
    for (const feed of ['nyheter.atom', 'nyheter.rss', 'evenemang.ics']) assert.match(main(html), new RegExp(`href="/bibliotek/krokom/${feed.replace('.', '\\.')}"`));
    assert.match((await page('/en/libraries/krokom')), /href="\/en\/libraries\/krokom\/events.ics"/);
  });

  test('JSON-LD: a Library with its branches', async () => {
    const ld = jsonLd(await page('/bibliotek/krokom'));
    assert.equal(ld['@type'], 'Library');
    assert.equal(ld.name, 'Krokoms bibliotek');
    assert.equal(ld.url, 'http://localhost:80/bibliotek/krokom');
    assert.equal(ld.telephone, '0640-000 00');
    assert.equal((ld.department as unknown[]).length, 3);
  });

  test('in English, text the library wrote only in Swedish is marked lang="sv"', async () => {
    const html = main(await page('/en/libraries/krokom'));
    assert.match(html, /Krokom library has <strong>two<\/strong> libraries/);
    assert.match(html, /<label class="search-box__label" for="q">Search Krokoms bibliotek<\/label>/);
    assert.match(html, /Coming events/);
    const follinge = main(await page('/en/libraries/krokom-follinge'));
    assert.match(follinge, /<div class="prose" lang="sv"><p>Biblioteket med servicekontoret\.<\/p>/);
  });
});

describe('a branch\'s page', () => {
  test('its state now, address with a map pin, phone and e-mail, accessibility, services and self-service', async () => {
    const html = main(await page('/bibliotek/ostersund-stadsbiblioteket'));
    assert.match(html, /<h1>Stadsbiblioteket<\/h1>/);
    assert.match(html, /Ingår i <a href="\/bibliotek\/ostersund">Östersunds bibliotek<\/a>/);
    assert.match(html, /<p class="branch-page__now"><span class="branch-state branch-state--staffed">Öppet nu, personal till 19:00, stänger 21:00<\/span>/);
    assert.match(html, /Exempelgatan 1<br\/>831 00 Östersund/);
    assert.match(html, /href="https:\/\/www.openstreetmap.org\/\?mlat=63.1792&amp;mlon=14.6357#map=16\/63.1792\/14.6357"/);
    assert.match(html, /<a href="tel:063000000">063-00 00 00<\/a>/);
    assert.match(html, /<a href="mailto:stadsbiblioteket@example.se">/);
    assert.match(html, /Entré utan trappsteg och hiss till alla våningar\./);
    assert.match(text(html), /Service Wifi Hörslinga Meröppet/);
    assert.match(text(html), /Så fungerar meröppet Du går in med lånekort och PIN-kod från 15 år\./);
    assert.match(text(html), /Evenemang här .*Författarbesök lördag 13:00–14:00 · Hörsalen/);
  });

  test('this week and next as tables with staffed and self-service columns, today marked', async () => {
    const html = main(await page('/bibliotek/ostersund-stadsbiblioteket'));
    const tables = [...html.matchAll(/<table class="hours-table">([\s\S]*?)<\/table>/g)].map((m) => text(m[1]!));
    assert.equal(tables.length, 2);
    assert.match(tables[0]!, /^ Den här veckan \(vecka 49\) Dag Med personal Meröppet Måndag 30 nov\. 10:00–19:00 08:00–21:00/);
    assert.match(tables[0]!, /Onsdag 2 dec\. \(i dag\) 10:00–19:00 08:00–21:00/);
    assert.match(tables[0]!, /Söndag 6 dec\. – 08:00–21:00/);
    assert.match(tables[1]!, /^ Nästa vecka \(vecka 50\) .* Måndag 7 dec\. 10:00–19:00 08:00–21:00/);
    assert.match(html, /<tr class="hours-table__today" aria-current="date">/);
    const town = main(await page('/bibliotek/krokom-krokom'));
    assert.doesNotMatch(town, /<th scope="col">Meröppet<\/th>/, 'no self-service column where there is none');
    assert.match(text(town), /Lördag 5 dec\. Stängt/);
  });

  test('holidays and exceptions of the coming 30 days are listed', async () => {
    const city = text(main(await page('/bibliotek/ostersund-stadsbiblioteket')));
    assert.match(city, /Helgdagar och ändrade öppettider Onsdag 23 dec\.: 10:00–15:00 \(Kortare öppettider före jul\) Julafton, torsdag 24 dec\.: bara meröppet 08:00–21:00/);
    const town = text(main(await page('/bibliotek/krokom-krokom')));
    assert.match(town, /Julafton, torsdag 24 dec\.: stängt/);
    assert.match(town, /Juldagen, fredag 25 dec\.: stängt/);
    assert.match(town, /Nyårsdagen, fredag 1 jan\.: stängt/);
    const english = text(main(await page('/en/libraries/krokom-krokom')));
    assert.match(english, /Christmas Eve, Thursday 24 Dec: closed/);
  });

  test('the address without coordinates is searched on the map; unknown contact details are said to be missing', async () => {
    const follinge = main(await page('/bibliotek/krokom-follinge'));
    assert.match(follinge, /href="https:\/\/www.openstreetmap.org\/search\?query=Bygatan%202%2C%20835%2000%20F%C3%B6llinge"/);
    assert.match(follinge, /Sök adressen på karta/);
    const torvalla = main(await page('/bibliotek/ostersund-torvalla'));
    assert.match(torvalla, /Adress och kontaktuppgifter finns inte här ännu\./);
    assert.match(torvalla, /Öppettiderna finns inte här ännu\./);
    assert.doesNotMatch(torvalla, /openstreetmap/);
  });

  test('JSON-LD: a Library with its address, coordinates, hours, special hours and parent library', async () => {
    const ld = jsonLd(await page('/bibliotek/ostersund-stadsbiblioteket'));
    assert.equal(ld['@type'], 'Library');
    assert.equal(ld.name, 'Stadsbiblioteket');
    assert.deepEqual(ld.address, { '@type': 'PostalAddress', streetAddress: 'Exempelgatan 1', postalCode: '831 00', addressLocality: 'Östersund', addressCountry: 'SE' });
    assert.deepEqual(ld.geo, { '@type': 'GeoCoordinates', latitude: 63.1792, longitude: 14.6357 });
    assert.equal(ld.telephone, '063-00 00 00');
    assert.equal(ld.email, 'stadsbiblioteket@example.se');
    assert.equal(ld.url, 'http://localhost:80/bibliotek/ostersund-stadsbiblioteket');
    assert.deepEqual((ld.openingHoursSpecification as Record<string, unknown>[])[0], {
      '@type': 'OpeningHoursSpecification', opens: '10:00', closes: '19:00',
      dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday'].map((d) => `https://schema.org/${d}`),
    });
    assert.deepEqual((ld.specialOpeningHoursSpecification as Record<string, unknown>[])[0], {
      '@type': 'OpeningHoursSpecification', opens: '10:00', closes: '15:00', validFrom: '2026-12-23', validThrough: '2026-12-23',
    });
    assert.equal((ld.parentOrganization as Record<string, unknown>).name, 'Östersunds bibliotek');
    assert.equal((ld.branchOf as Record<string, unknown>)['@id'], 'http://localhost:80/bibliotek/ostersund');
  });
});

describe('a library bus\'s page', () => {
  test('where it stands now and next, and its timetable with odd and even weeks, labelled as demo', async () => {
    const html = main(await page('/bibliotek/krokom-bussen'));
    assert.match(html, /<h1>Bokbussen<\/h1>/);
    assert.match(html, /Tidtabellen är påhittad för demon\./);
    const start = html.indexOf('<ol class="bus__next">');
    const next = text(html.slice(start, html.indexOf('</ol>', start)));
    assert.equal(next.trim(), 'Nu, till 10:30 Aspås, Skolan i dag 13:00–14:00 Nälden måndag 11:00–12:00 Kaxås 9 dec. 09:30–10:30 Aspås, Skolan 10 dec. 10:00–10:30 Dvärsätt');
    const table = text(html.slice(html.indexOf('<table class="bus-table">'), html.indexOf('</table>')));
    assert.match(table, /Hållplatser och tider \(nu är det vecka 49\) Dag Tid Hållplats Veckor Måndag 11:00–12:00 Kaxås Varje vecka Onsdag 09:30–10:30 Aspås Skolan Varje vecka Onsdag 13:00–14:00 Nälden Udda veckor Torsdag 10:00–10:30 Dvärsätt Jämna veckor/);
    assert.match(html, /Bussen har rullstolslyft\./);
    assert.doesNotMatch(html, /hours-table/, 'a bus without opening hours has no hours tables');
  });

  test('in English; a bus without a timetable says so', async () => {
    const html = text(main(await page('/en/libraries/krokom-bussen')));
    assert.match(html, /Now, until 10:30 Aspås, Skolan today 13:00–14:00 Nälden Monday 11:00–12:00 Kaxås 9 Dec 09:30–10:30/);
    assert.match(html, /Wednesday 13:00–14:00 Nälden Odd weeks/);
    assert.match(text(main(await page('/bibliotek/stromsund-bussen'))), /Tidtabellen finns inte här ännu/);
  });
});

describe('addresses that are not a library', () => {
  test('an unknown id is a 404 page in the page\'s language; /bibliotek/ goes to the list', async () => {
    const sv = await app.inject('/bibliotek/finns-inte');
    assert.equal(sv.statusCode, 404);
    assert.match(sv.body, /<html lang="sv">/);
    const en = await app.inject('/en/libraries/nope');
    assert.equal(en.statusCode, 404);
    assert.match(en.body, /<html lang="en">/);
    const tooLong = await app.inject(`/bibliotek/${'x'.repeat(200)}`);
    assert.equal(tooLong.statusCode, 400);
    const bare = await app.inject('/bibliotek/');
    assert.equal(bare.statusCode, 301);
    assert.equal(bare.headers.location, '/bibliotek');
  });
});

describe("a library's own pages", () => {
  test('are listed on the library page and shown at /bibliotek/{library}/{slug}, in both languages', async () => {
    const library = await page('/bibliotek/krokom');
    assert.match(library, /<a href="\/bibliotek\/krokom\/om-oss">Om Krokoms bibliotek<\/a>/);
    assert.doesNotMatch(library, /utkast/, 'a draft is not listed');
    const own = await page('/bibliotek/krokom/om-oss');
    assert.match(main(own), /<h1>Om Krokoms bibliotek<\/h1>/);
    assert.match(own, /<strong>tre<\/strong>/);
    assert.match(own, /href="\/bibliotek\/krokom"/, 'the way back to the library');
    assert.match(main(await page('/en/libraries/krokom/om-oss')), /<h1>About Krokom library<\/h1>/);
  });

  test('a draft, another library\'s slug, a branch id or a malformed slug is not found or refused', async () => {
    assert.equal((await app.inject('/bibliotek/krokom/utkast')).statusCode, 404);
    assert.equal((await app.inject('/bibliotek/ostersund/om-oss')).statusCode, 404);
    assert.equal((await app.inject('/bibliotek/krokom-follinge/om-oss')).statusCode, 404);
    assert.equal((await app.inject('/bibliotek/krokom/Om%20oss')).statusCode, 400);
  });
});

test("a library's pages carry its accent class, which /assets/profile.css colours", async () => {
  assert.match(await page('/bibliotek/krokom'), /class="wrap library-page accent-krokom"/);
  assert.match(await page('/bibliotek/krokom-follinge'), /class="wrap branch-page accent-krokom"/);
  assert.match(await page('/bibliotek'), /class="library-block accent-krokom"/);
});

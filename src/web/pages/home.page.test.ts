// The start page at a fixed clock (Wednesday 2 December 2026, 10:00): the search box first, then open now and
// opening next, this week's events across the county, the latest news and the libraries — in both languages.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { EventItem } from '../../core/content.ts';
import { contentMeta, fakeContent } from '../../../test/fakes/fake-content.ts';
import { LIBRARY_CLOCK, LIBRARY_ITEMS, libraryContent } from '../../../test/fakes/fake-library-content.ts';
import { LIBRARIES_WITH_HOURS } from '../../../test/fakes/fake-opening-hours.ts';
import { buildFakeWebApp } from '../../../test/fakes/fake-web-app.ts';

let app: FastifyInstance;
before(async () => ({ app } = await buildFakeWebApp({ libraries: LIBRARIES_WITH_HOURS, content: libraryContent(), clock: LIBRARY_CLOCK })));
after(() => app.close());

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const section = (html: string, id: string) => {
  const start = html.lastIndexOf('<section', html.indexOf(`aria-labelledby="${id}"`));
  return html.slice(start, html.indexOf('</section>', start));
};

describe('the start page', () => {
  test('the search box comes first, then open now, this week, news and the libraries', async () => {
    const html = (await app.inject('/')).body;
    const order = ['role="search"', 'aria-labelledby="open-h"', 'aria-labelledby="week-h"', 'aria-labelledby="news-h"', 'aria-labelledby="libraries-h"']
      .map((marker) => html.indexOf(marker));
    assert.ok(order.every((at) => at > 0), 'every section is there');
    assert.deepEqual([...order].sort((a, b) => a - b), order);
    assert.equal(html.match(/<h1[ >]/g)?.length, 1);
  });

  test('open now: the branches open right now, staffed first, and the one that opens next', async () => {
    const open = section((await app.inject('/')).body, 'open-h');
    assert.match(text(open), /Öppet just nu kl\. 10:00/);
    const rows = [...open.matchAll(/<a class="now-row__name" href="([^"]+)">([^<]+)<\/a>(?:<span class="now-row__library">([^<]+)<\/span>)?<span class="branch-state branch-state--([a-z-]+)">([^<]+)</g)]
      .map((m) => `${m[1]} ${m[2]} (${m[3] ?? ''}) ${m[4]}: ${m[5]}`);
    assert.deepEqual(rows, [
      '/bibliotek/krokom-krokom Krokom (Krokoms bibliotek) staffed: Öppet nu, stänger 18:00',
      '/bibliotek/ostersund-stadsbiblioteket Stadsbiblioteket (Östersunds bibliotek) staffed: Öppet nu, personal till 19:00, stänger 21:00',
      '/bibliotek/krokom-follinge Föllinge (Krokoms bibliotek) closed: Stängt, öppnar tisdag 14:00',
    ]);
    assert.ok(open.indexOf('Öppnar härnäst') < open.indexOf('krokom-follinge'));
    assert.match(open, /Öppettiderna är påhittade för demon\./);
    assert.match(open, /<a href="\/bibliotek">Öppettider för alla bibliotek<\/a>/);
  });

  test('this week across the county: the next seven days\' events in start order, linked, with a link to all events', async () => {
    const week = section((await app.inject('/')).body, 'week-h');
    const titles = [...week.matchAll(/<a class="lib-item__title" href="([^"]+)">([^<]+)<\/a>/g)].map((m) => `${m[1]} ${m[2]}`);
    assert.deepEqual(titles, ['/evenemang/e-weekly Digital hjälp', '/evenemang/e-story Sagostund i Föllinge', '/evenemang/e-cancelled Bokcirkel', '/evenemang/e-author Författarbesök']);
    assert.match(text(week), /Bokcirkel fredag 17:00–18:00 · Krokom, Krokoms bibliotek Inställt/);
    assert.match(text(week), /Sagostund i Föllinge torsdag 18:00–19:00 · Föllinge, Krokoms bibliotek Påhittat för demon/);
    assert.match(week, /<time datetime="2026-12-03T18:00:00\+01:00">/);
    assert.match(week, /<a href="\/evenemang">Alla evenemang<\/a>/);
  });

  test('an event that ended earlier today is no longer listed', async () => {
    const late = () => new Date('2026-12-02T16:00:00+01:00');
    const later = await buildFakeWebApp({ libraries: LIBRARIES_WITH_HOURS, content: libraryContent(), clock: late });
    const week = section((await later.app.inject('/')).body, 'week-h');
    await later.app.close();
    assert.doesNotMatch(week, /Digital hjälp/, 'today 14:00–15:00 is over at 16:00');
    assert.match(week, /Sagostund i Föllinge/);
  });

  test('at most six events', async () => {
    const many: EventItem[] = Array.from({ length: 8 }, (_, i) => ({
      ...contentMeta('event', `e-${i}`, 'berg'), title: { sv: `Evenemang ${i}` }, summary: { sv: '' }, body: { sv: '' },
      startsAt: `2026-12-03T1${i}:00`, endsAt: `2026-12-03T1${i}:30`, recurrence: null, branch: null, place: null, audiences: ['all'],
      type: 'other', registrationUrl: null, capacity: null, cancelled: false, image: null,
    }));
    const busy = await buildFakeWebApp({ libraries: LIBRARIES_WITH_HOURS, content: fakeContent({ libraries: LIBRARIES_WITH_HOURS, items: many, clock: LIBRARY_CLOCK }), clock: LIBRARY_CLOCK });
    const week = section((await busy.app.inject('/')).body, 'week-h');
    await busy.app.close();
    assert.equal(week.match(/class="lib-item__title"/g)?.length, 6);
  });

  test('the latest news: the three newest, linked, with a link to all news', async () => {
    const news = section((await app.inject('/')).body, 'news-h');
    const titles = [...news.matchAll(/<a class="lib-item__title" href="([^"]+)">([^<]+)<\/a>/g)].map((m) => `${m[1]} ${m[2]}`);
    assert.deepEqual(titles, ['/nyheter/n-county Nytt lånekort i hela länet', '/nyheter/n-ostersund Stadsbiblioteket bygger om', '/nyheter/n-krokom Föllinge har fått nya datorer']);
    assert.match(news, /<a href="\/nyheter">Alla nyheter<\/a>/);
  });

  test('the libraries, each linked to its page', async () => {
    const libraries = section((await app.inject('/')).body, 'libraries-h');
    for (const library of LIBRARIES_WITH_HOURS) {
      assert.match(libraries, new RegExp(`<a class="library-card__link" href="/bibliotek/${library.id}">${library.name}</a>`));
    }
    assert.match(libraries, /<a href="\/bibliotek">Alla bibliotek, öppettider och bokbussar<\/a>/);
  });

  test('in English at /en/, with Swedish-only text marked lang="sv"', async () => {
    const html = (await app.inject('/en/')).body;
    assert.match(html, /<html lang="en">/);
    assert.match(text(section(html, 'open-h')), /Open right now at 10:00 .*Krokom Krokoms bibliotek Open now, closes 18:00/);
    assert.match(text(section(html, 'open-h')), /Opening next .*Closed, opens Tuesday 14:00/);
    assert.match(section(html, 'week-h'), /<a class="lib-item__title" href="\/en\/events\/e-story">Sagostund i Föllinge \(en\)<\/a>/);
    assert.match(text(section(html, 'week-h')), /Bokcirkel \(en\) Friday 17:00–18:00 .* Cancelled/);
    assert.match(section(html, 'week-h'), /<a href="\/en\/events">All events<\/a>/);
    assert.match(section(html, 'news-h'), /<a class="lib-item__title" href="\/en\/news\/n-county">/);
    assert.match(section(html, 'libraries-h'), /href="\/en\/libraries\/krokom"/);
    // News titled only in Swedish: on the English page the fallback carries lang="sv".
    const swedishOnly = await buildFakeWebApp({
      libraries: LIBRARIES_WITH_HOURS, clock: LIBRARY_CLOCK,
      content: fakeContent({ libraries: LIBRARIES_WITH_HOURS, items: LIBRARY_ITEMS.map((i) => (i.kind === 'news' ? { ...i, title: { sv: i.title.sv } } : i)), clock: LIBRARY_CLOCK }),
    });
    const news = section((await swedishOnly.app.inject('/en/')).body, 'news-h');
    await swedishOnly.app.close();
    assert.match(news, /<a class="lib-item__title" href="\/en\/news\/n-county" lang="sv">Nytt lånekort i hela länet<\/a>/);
  });

  test('without content or opening hours the page still works and says there is nothing', async () => {
    const bare = await buildFakeWebApp({ clock: LIBRARY_CLOCK });
    const html = (await bare.app.inject('/')).body;
    await bare.app.close();
    assert.match(html, /Inget bibliotek är öppet just nu\./);
    assert.match(html, /Inga evenemang i länet de närmaste sju dagarna\./);
    assert.match(html, /Inga nyheter just nu\./);
  });
});

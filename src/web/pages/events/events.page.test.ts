// The events list in both languages: days with Swedish headings, occurrences of series, cancelled and demo marks,
// filters as a GET form (library, audience with "for everyone", type, dates), paging, and 400 for nonsense.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildEventsNewsApp, BULK_EVENTS, EVENTS, has, okPage } from './events-news.fixtures.ts';

let app: FastifyInstance;
before(async () => { app = await buildEventsNewsApp([...EVENTS, ...BULK_EVENTS]); });
after(() => app.close());

const page = (url: string) => okPage(app, url);

/** The event titles on the page, in order. */
const titles = (html: string) => [...html.matchAll(/<h4 class="event-card__title"><a [^>]*>([^<]*)<\/a>/g)].map((m) => m[1]);
const days = (html: string) => [...html.matchAll(/<h3 id="day-[^"]+" class="event-day__heading"><time datetime="([^"]+)">([^<]+)<\/time>/g)].map((m) => `${m[1]} ${m[2]}`);

describe('events list', () => {
  test('Swedish: today and the coming 60 days, grouped by day with Swedish headings, in start order', async () => {
    const html = await page('/evenemang?type=storytime&type=exhibition&type=film');
    has(html, /<h1>Evenemang<\/h1>/);
    has(html, /<a class="main-nav__link" href="\/evenemang" aria-current="page">/);
    has(html, /7 tillfällen mellan onsdag 2 december och söndag 31 januari 2027/);
    assert.deepEqual(days(html), [
      '2026-12-02 onsdag 2 december', '2026-12-05 lördag 5 december', '2026-12-09 onsdag 9 december',
      '2026-12-23 onsdag 23 december', '2026-12-30 onsdag 30 december', '2027-01-06 onsdag 6 januari 2027',
    ]);
    // The exhibition began before the first day shown: it is listed under that day, with its whole span.
    assert.deepEqual(titles(html).slice(0, 2), ['Utställning', 'Sagostund']);
    has(html, /<time datetime="2026-11-28T10:00:00\+01:00">28 nov\. 10:00 – 12 dec\. 16:00<\/time>/);
    has(html, /<time datetime="2026-12-02T13:00:00\+01:00">13:00–13:30<\/time>/);
  });

  test('a series shows each occurrence but its cancelled date, and says how it repeats', async () => {
    const html = await page('/evenemang?library=ostersund');
    assert.equal(titles(html).length, 5, 'six weekly dates, one cancelled');
    has(html, /datetime="2026-12-16/, false);
    has(html, /<p class="event-card__recurs">Återkommer varje vecka<\/p>/);
    const more = await page('/evenemang?library=bracke&library=harjedalen');
    has(more, /Återkommer varannan vecka/);
    has(more, /Återkommer den andra tisdagen varje månad till och med 31 maj 2027/);
  });

  test('where, for whom, cancelled and demo are on each card; text is escaped; drafts never show', async () => {
    const html = await page('/evenemang?type=storytime&type=film&type=author-talk&type=music&type=other');
    has(html, /<p class="event-card__place"><span>Sagorummet<\/span>, <a href="\/bibliotek\/ostersund-stadsbiblioteket">Stadsbiblioteket<\/a>, Östersunds bibliotek<\/p>/);
    has(html, /<span class="badge event-audience event-audience--children">Barn<\/span>/);
    has(html, /<article class="event-card event-card--cancelled">.*?<strong class="event-cancelled">Inställt<\/strong>.*?Filmkväll/s);
    has(html, /<span class="demo-mark">Demo<\/span>/);
    has(html, /Författarsamtal, &quot;citat&quot; &amp; &lt;b>fet&lt;\/b>/);
    has(html, /<b>fet<\/b>/, false);
    has(html, /<span>Folkets hus, Hammerdal<\/span>/);
    has(html, /Utkast/, false);
    has(html, /<link rel="alternate" type="text\/calendar" href="\/evenemang.ics" title="Alla evenemang i länet \(iCal\)"\/>/);
    has(html, /<a class="feed-link feed-link--ical" href="\/evenemang.ics">/);
  });

  test('English twin: English headings, words and filter form; Swedish fallback text is marked lang="sv"', async () => {
    const html = await page('/en/events?library=krokom&library=are&library=ostersund');
    has(html, /<html lang="en">/);
    has(html, /<h1>Events<\/h1>/);
    has(html, /<form id="event-filters" class="event-filters" method="get" action="\/en\/events"/);
    has(html, /Wednesday 2 December/);
    has(html, /Every week/);
    has(html, /<strong class="event-cancelled">Cancelled<\/strong>/);
    has(html, /<a href="\/en\/events\/e-talk" lang="sv">Författarsamtal/);
    has(html, /<a href="\/en\/events\/e-story">Storytime<\/a>/);
    has(html, /<span>The story room<\/span>/);
    has(html, /href="\/en\/events.ics"/);
  });
});

describe('events filters', () => {
  test('by library: only that library; the form keeps the choice and offers its calendar', async () => {
    const html = await page('/evenemang?library=krokom');
    assert.deepEqual(titles(html), ['Författarsamtal, &quot;citat&quot; &amp; &lt;b>fet&lt;/b>']);
    has(html, /<option value="krokom" selected>Krokoms bibliotek<\/option>/);
    has(html, /<link rel="alternate" type="text\/calendar" href="\/bibliotek\/krokom\/evenemang.ics"/);
    has(html, /<a href="\/evenemang">Rensa val<\/a>/);
  });

  test('by audience: events for everyone match every audience', async () => {
    const html = await page('/evenemang?audience=children');
    assert.deepEqual([...new Set(titles(html))], ['Utställning', 'Sagostund', 'Länskonsert']);
    has(html, /<input type="checkbox" name="audience" value="children" checked\/>/);
    const youth = titles(await page('/evenemang?audience=youth&audience=children'));
    assert.ok(youth.includes('Filmkväll') && youth.includes('Sagostund'));
  });

  test('by type and by dates (an exhibition shows on every day it is open)', async () => {
    assert.deepEqual(titles(await page('/evenemang?type=reading-group')).slice(0, 2), ['Bokcirkel', 'Bokcirkel']);
    const html = await page('/evenemang?from=2026-12-09&to=2026-12-09&type=storytime&type=exhibition');
    assert.deepEqual(titles(html), ['Utställning', 'Sagostund']);
    has(html, /<input id="event-from" type="date" name="from" value="2026-12-09"\/>/);
  });

  test('empty fields of a submitted form mean "any"', async () => {
    const html = await page('/evenemang?library=&type=&from=&to=');
    has(html, /tillfällen mellan onsdag 2 december och söndag 31 januari 2027/);
  });

  test('nothing matching says so', async () => {
    const html = await page('/evenemang?library=ragunda');
    has(html, /Inga evenemang passar dina val/);
  });

  test('pages of 20; links keep the filters', async () => {
    const first = await page('/evenemang?library=berg');
    has(first, /22 tillfällen/);
    assert.equal(titles(first).length, 20);
    has(first, /<a class="pager__step" href="\/evenemang\?library=berg&amp;page=2" rel="next">Nästa<\/a>/);
    const second = await page('/evenemang?library=berg&page=2');
    assert.deepEqual(titles(second), ['Kurs 21', 'Kurs 22']);
    has(second, /<meta name="robots" content="noindex"\/>/);
  });

  test('nonsense is a 400 page, never a 500', async () => {
    for (const query of [
      'audience=everyone', 'audience=all', 'type=party', 'library=atlantis', 'library=%3Cscript%3E', 'from=2026-13-01', 'from=tomorrow',
      'from=2026-12-10&to=2026-12-01', 'from=2026-01-01&to=2027-06-01', 'page=0', 'page=abc', 'page=9999',
    ]) {
      const response = await app.inject(`/evenemang?${query}`);
      assert.equal(response.statusCode, 400, query);
      has(response.headers['content-type'] as string, /^text\/html/);
    }
  });
});

// One event's page in both languages: next dates with the cancelled one marked, place, sign-up, its text, the
// calendar file link and schema.org JSON-LD; 404 for unknown, draft and malformed ids.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildEventsNewsApp, EVENTS, fixtureBranchAddress, fixtureEvent, has, okPage } from './events-news.fixtures.ts';

let app: FastifyInstance;
before(async () => {
  const past = fixtureEvent('e-past', 'berg', { branch: 'berg-svenstavik', startsAt: '2026-11-10T18:00', endsAt: '2026-11-10T19:00', title: { sv: 'Förra månaden' } });
  const countyAtBranch = fixtureEvent('e-county-branch', null, { branch: 'krokom-follinge', startsAt: '2026-12-12T10:00', endsAt: '2026-12-12T12:00' });
  app = await buildEventsNewsApp([...EVENTS, past, countyAtBranch]);
});
after(() => app.close());

const page = (url: string) => okPage(app, url);

function jsonLd(html: string): Record<string, any> {
  const match = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html);
  assert.ok(match, 'a JSON-LD block');
  return JSON.parse(match[1]!);
}

describe('event page', () => {
  test('a series: when next, how it repeats, where (branch linked), the coming dates with the cancelled one said so', async () => {
    const html = await page('/evenemang/e-story');
    has(html, /<h1 class="event-page__title">Sagostund<\/h1>/);
    has(html, /<dt>När<\/dt><dd><time datetime="2026-12-02T13:00:00\+01:00">onsdag 2 december<\/time>, 13:00–13:30/);
    has(html, /<dt>Hur ofta<\/dt><dd>Återkommer varje vecka<\/dd>/);
    has(html, /<dt>Var<\/dt><dd><span>Sagorummet<\/span>, <a href="\/bibliotek\/ostersund-stadsbiblioteket">Stadsbiblioteket<\/a>, Östersunds bibliotek<\/dd>/);
    has(html, /Ingen anmälan – det är bara att komma\./);
    const dates = [...html.matchAll(/<li class="(event-occurrences__item[^"]*)"><time datetime="([^"]+)">/g)].map((m) => `${m[2]!.slice(0, 10)}${m[1]!.includes('cancelled') ? ' cancelled' : ''}`);
    assert.deepEqual(dates, ['2026-12-02', '2026-12-09', '2026-12-16 cancelled', '2026-12-23', '2026-12-30', '2027-01-06']);
    has(html, /onsdag 16 december<\/time> <strong class="event-cancelled">Inställt<\/strong>/);
    has(html, /<a class="button button--secondary" href="\/evenemang\/e-story.ics">Lägg till i kalendern<\/a>/);
    has(html, /<link rel="alternate" type="text\/calendar" href="\/evenemang\/e-story.ics"/);
    has(html, /Det här evenemanget är påhittat/);
  });

  test('JSON-LD Event: dates with offsets, place, organizer, status, attendance, free, audience, schedule', async () => {
    const data = jsonLd(await page('/evenemang/e-story'));
    assert.equal(data['@type'], 'Event');
    assert.equal(data.url, 'http://localhost:80/evenemang/e-story');
    assert.equal(data.startDate, '2026-12-02T13:00:00+01:00');
    assert.equal(data.endDate, '2026-12-02T13:30:00+01:00');
    assert.deepEqual(data.location, { '@type': 'Place', name: 'Sagorummet, Stadsbiblioteket, Östersunds bibliotek' });
    assert.deepEqual(data.organizer, { '@type': 'Library', name: 'Östersunds bibliotek', url: 'http://localhost:80/bibliotek/ostersund' });
    assert.equal(data.eventStatus, 'https://schema.org/EventScheduled');
    assert.equal(data.eventAttendanceMode, 'https://schema.org/OfflineEventAttendanceMode');
    assert.equal(data.isAccessibleForFree, true);
    assert.deepEqual(data.audience, [{ '@type': 'Audience', audienceType: 'children' }]);
    assert.equal(data.eventSchedule.repeatFrequency, 'P1W');
    assert.equal(data.eventSchedule.byDay, 'https://schema.org/Wednesday');
    assert.deepEqual(data.eventSchedule.exceptDate, ['2026-12-16']);
    const monthly = jsonLd(await page('/evenemang/e-monthly'));
    assert.deepEqual([monthly.eventSchedule.repeatFrequency, monthly.eventSchedule.byMonthWeek, monthly.eventSchedule.endDate], ['P1M', 2, '2027-05-31']);
  });

  test('cancelled: said in words at the top, and EventCancelled in JSON-LD', async () => {
    const html = await page('/evenemang/e-cancelled');
    has(html, /<p class="event-page__cancelled"><strong class="event-cancelled">Inställt<\/strong> Evenemanget är inställt\.<\/p>/);
    assert.equal(jsonLd(html).eventStatus, 'https://schema.org/EventCancelled');
  });

  test('sign-up link and places; Markdown body; text that looks like HTML stays text, also inside JSON-LD', async () => {
    const html = await page('/evenemang/e-talk');
    has(html, /<a href="https:\/\/example.org\/anmalan" rel="noopener">Anmäl dig här<\/a><br\/>Begränsat antal platser: 40/);
    has(html, /<div class="prose"><h2>Om kvällen<\/h2>\n<p>Läs <a href="\/sok\?q=fj%C3%A4ll">mer<\/a>.<\/p>/);
    has(html, /<b>fet<\/b>/, false);
    has(html, /"name":"Författarsamtal, \\"citat\\" & \\u003cb>fet\\u003c\/b>"/);
    assert.deepEqual(jsonLd(html).offers, { '@type': 'Offer', url: 'https://example.org/anmalan', price: 0, priceCurrency: 'SEK' });
  });

  test('English: English words, Swedish fallback text marked lang="sv", calendar file at /en/events/{id}.ics', async () => {
    const html = await page('/en/events/e-talk');
    has(html, /<html lang="en">/);
    has(html, /<h1 class="event-page__title" lang="sv">Författarsamtal/);
    has(html, /<div class="prose" lang="sv">/);
    has(html, /<dt>When<\/dt><dd><time datetime="2026-12-10T18:00:00\+01:00">Thursday 10 December<\/time>, 18:00–19:30/);
    has(html, /href="\/en\/events\/e-talk.ics">Add to calendar<\/a>/);
    has(html, /<a href="\/en\/events">← All events<\/a>/);
    const monthly = await page('/en/events/e-monthly');
    has(monthly, /On the second Tuesday of every month until 31 May 2027/);
  });

  test('a county event at a member\'s branch: that branch and library; organized by the cooperation', async () => {
    const html = await page('/evenemang/e-county-branch');
    has(html, /<dt>Var<\/dt><dd><a href="\/bibliotek\/krokom-follinge">Föllinge<\/a>, Krokoms bibliotek<\/dd>/);
    assert.deepEqual(jsonLd(html).organizer, { '@type': 'Organization', name: 'Biblioteken i Jämtlands län', url: 'http://localhost:80/' });
  });

  test('an exhibition over days gives its whole span', async () => {
    has(await page('/evenemang/e-exhibition'), /<dt>När<\/dt><dd><time datetime="2026-11-28T10:00:00\+01:00">28 nov\. 10:00 – 12 dec\. 16:00<\/time><\/dd>/);
  });

  test('a past event says it has taken place, showing its date', async () => {
    const html = await page('/evenemang/e-past');
    has(html, /<time datetime="2026-11-10T18:00:00\+01:00">tisdag 10 november<\/time>, 18:00–19:00<span class="event-page__past"> \(har redan ägt rum\)<\/span>/);
  });

  test('a branch with a known address: shown, and in JSON-LD as a PostalAddress', async () => {
    const withAddress = await buildEventsNewsApp(EVENTS, [fixtureBranchAddress('krokom', 'krokom-krokom', 'Testgatan 1', '123 45', 'Teststad')]);
    const html = await okPage(withAddress, '/evenemang/e-talk');
    await withAddress.close();
    has(html, /<dt>Adress<\/dt><dd>Testgatan 1, 123 45 Teststad<\/dd>/);
    assert.deepEqual(jsonLd(html).location.address, {
      '@type': 'PostalAddress', streetAddress: 'Testgatan 1', postalCode: '123 45', addressLocality: 'Teststad', addressCountry: 'SE',
    });
  });

  test('unknown, draft and malformed ids are 404 pages', async () => {
    for (const url of ['/evenemang/e-nope', '/evenemang/e-draft', '/en/events/e-draft', '/evenemang/%3Cscript%3E', '/evenemang/a.b']) {
      const response = await app.inject(url);
      assert.equal(response.statusCode, 404, url);
      assert.match(response.headers['content-type'] as string, /^text\/html/);
    }
  });
});

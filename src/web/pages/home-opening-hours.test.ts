// The home page's library list says, per branch, whether it is open now and when it closes or opens, in both languages.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildFakeWebApp } from '../../../test/fakes/fake-web-app.ts';
import { LIBRARIES_WITH_HOURS } from '../../../test/fakes/fake-opening-hours.ts';

let app: FastifyInstance;
let now = new Date();
before(async () => ({ app } = await buildFakeWebApp({ libraries: LIBRARIES_WITH_HOURS, clock: () => now })));
after(() => app.close());

/** The status line of each branch with hours, by branch name, on the page at `at`. */
async function statuses(at: string, path = '/'): Promise<Record<string, string>> {
  now = new Date(at);
  const html = (await app.inject(path)).body;
  const found = html.matchAll(/<span class="branch-hours__name">([^<]+)<\/span><span class="opening-status opening-status--(open|closed)">([^<]+)<\/span>/g);
  return Object.fromEntries([...found].map(([, branch, state, text]) => [branch, `${state}: ${text}`]));
}

describe('opening status on the home page, in Swedish', () => {
  test('a Monday noon: open with staff, open until 18:00, opens tomorrow', async () => {
    assert.deepEqual(await statuses('2026-03-30T12:00:00+02:00'), {
      Stadsbiblioteket: 'open: Öppet nu, personal till 19:00, stänger 21:00',
      Krokom: 'open: Öppet nu, stänger 18:00',
      Föllinge: 'closed: Stängt, öppnar i morgon 14:00',
    });
  });

  test('early morning: self-service before staff arrive; closed until self-service opens today', async () => {
    assert.deepEqual(await statuses('2026-03-30T08:30:00+02:00'), {
      Stadsbiblioteket: 'open: Meröppet nu (utan personal), personal från 10:00, stänger 21:00',
      Krokom: 'closed: Stängt, öppnar i dag 10:00',
      Föllinge: 'closed: Stängt, öppnar i morgon 14:00',
    });
    assert.equal((await statuses('2026-03-30T07:00:00+02:00')).Stadsbiblioteket, 'closed: Stängt, meröppet från i dag 08:00');
  });

  test('a Friday evening on the eve of the change to summer time: opens Monday', async () => {
    const friday = await statuses('2026-03-27T20:00:00+01:00');
    assert.equal(friday.Krokom, 'closed: Stängt, öppnar måndag 10:00');
    assert.equal(friday.Föllinge, 'closed: Stängt, öppnar tisdag 14:00');
  });

  test('Good Friday: closed for the holiday, open again after Easter; self-service stays open', async () => {
    assert.deepEqual(await statuses('2026-04-03T12:00:00+02:00'), {
      Stadsbiblioteket: 'open: Meröppet nu (utan personal), stänger 21:00',
      Krokom: 'closed: Stängt i dag (Långfredagen), öppnar tisdag 10:00',
      Föllinge: 'closed: Stängt, öppnar tisdag 14:00',
    });
  });

  test('closed for the summer: the opening more than a week ahead is named by its date', async () => {
    assert.equal((await statuses('2026-06-23T12:00:00+02:00')).Föllinge, 'closed: Stängt, öppnar 11 aug. 2026 14:00');
  });

  test('demo hours are labelled on their library\'s card only; branches without hours are listed without a status', async () => {
    now = new Date('2026-03-30T12:00:00+02:00');
    const html = (await app.inject('/')).body;
    const card = (id: string) => html.slice(html.indexOf(`library=${id}"`), html.indexOf('</li></ul></li>', html.indexOf(`library=${id}"`)));
    assert.match(card('ostersund'), /<p class="branch-hours__demo">Öppettiderna är påhittade för demon\.<\/p>/);
    assert.doesNotMatch(card('krokom'), /branch-hours__demo/);
    assert.match(card('ostersund'), /<li class="branch-hours__branch"><span class="branch-hours__name">Torvalla<\/span><\/li>/);
    assert.match(html, /Strömsund · Hammerdal · Gäddede · Bokbussen/, 'a library with no known hours keeps its one-line branch list');
  });
});

describe('opening status on the home page, in English', () => {
  test('the same moments in English', async () => {
    assert.deepEqual(await statuses('2026-03-30T08:30:00+02:00', '/en/'), {
      Stadsbiblioteket: 'open: Self-service now (no staff), staff from 10:00, closes 21:00',
      Krokom: 'closed: Closed, opens today 10:00',
      Föllinge: 'closed: Closed, opens tomorrow 14:00',
    });
    assert.equal((await statuses('2026-03-30T12:00:00+02:00', '/en/')).Krokom, 'open: Open now, closes 18:00');
    assert.equal((await statuses('2026-03-27T20:00:00+01:00', '/en/')).Krokom, 'closed: Closed, opens Monday 10:00');
    assert.equal((await statuses('2026-04-03T12:00:00+02:00', '/en/')).Krokom, 'closed: Closed today (Good Friday), opens Tuesday 10:00');
    assert.equal((await statuses('2026-06-23T12:00:00+02:00', '/en/')).Föllinge, 'closed: Closed, opens 11 Aug 2026 14:00');
    assert.match((await app.inject('/en/')).body, /<p class="branch-hours__demo">The opening hours are made up for the demo\.<\/p>/);
  });
});

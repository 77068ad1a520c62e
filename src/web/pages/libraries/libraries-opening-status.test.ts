// The list of libraries says, per branch, whether it is open now and when it closes or opens, in both languages —
// across a week, a daylight-saving change, a holiday and a summer closure.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { LIBRARIES_WITH_HOURS } from '../../../../test/fakes/fake-opening-hours.ts';
import { buildFakeWebApp } from '../../../../test/fakes/fake-web-app.ts';

let app: FastifyInstance;
let now = new Date();
before(async () => ({ app } = await buildFakeWebApp({ libraries: LIBRARIES_WITH_HOURS, clock: () => now })));
after(() => app.close());

const BRANCHES = { Stadsbiblioteket: 'ostersund-stadsbiblioteket', Krokom: 'krokom-krokom', Föllinge: 'krokom-follinge' };

/** The state line of each branch with hours, by branch name, on the list at `at`. */
async function states(at: string, path = '/bibliotek'): Promise<Record<string, string>> {
  now = new Date(at);
  const html = (await app.inject(path)).body;
  return Object.fromEntries(Object.entries(BRANCHES).map(([name, id]) => {
    const row = html.slice(html.indexOf(`/${id}"`));
    const [, state, text] = /<span class="branch-state branch-state--([a-z-]+)">([^<]+)<\/span>/.exec(row)!;
    return [name, `${state}: ${text}`];
  }));
}

describe('opening status on the list of libraries, in Swedish', () => {
  test('a Monday noon: open with staff, open until 18:00, opens tomorrow', async () => {
    assert.deepEqual(await states('2026-03-30T12:00:00+02:00'), {
      Stadsbiblioteket: 'staffed: Öppet nu, personal till 19:00, stänger 21:00',
      Krokom: 'staffed: Öppet nu, stänger 18:00',
      Föllinge: 'closed: Stängt, öppnar i morgon 14:00',
    });
  });

  test('early morning: self-service before staff arrive; closed until self-service opens today', async () => {
    assert.deepEqual(await states('2026-03-30T08:30:00+02:00'), {
      Stadsbiblioteket: 'self-service: Meröppet nu (utan personal), personal från 10:00, stänger 21:00',
      Krokom: 'closed: Stängt, öppnar i dag 10:00',
      Föllinge: 'closed: Stängt, öppnar i morgon 14:00',
    });
    assert.equal((await states('2026-03-30T07:00:00+02:00')).Stadsbiblioteket, 'closed: Stängt, meröppet från i dag 08:00');
  });

  test('a Friday evening on the eve of the change to summer time: opens Monday', async () => {
    const friday = await states('2026-03-27T20:00:00+01:00');
    assert.equal(friday.Krokom, 'closed: Stängt, öppnar måndag 10:00');
    assert.equal(friday.Föllinge, 'closed: Stängt, öppnar tisdag 14:00');
  });

  test('Good Friday: closed for the holiday, open again after Easter; self-service stays open', async () => {
    assert.deepEqual(await states('2026-04-03T12:00:00+02:00'), {
      Stadsbiblioteket: 'self-service: Meröppet nu (utan personal), stänger 21:00',
      Krokom: 'closed: Stängt i dag (Långfredagen), öppnar tisdag 10:00',
      Föllinge: 'closed: Stängt, öppnar tisdag 14:00',
    });
  });

  test('closed for the summer: the opening more than a week ahead is named by its date', async () => {
    assert.equal((await states('2026-06-23T12:00:00+02:00')).Föllinge, 'closed: Stängt, öppnar 11 aug. 2026 14:00');
  });
});

describe('opening status on the list of libraries, in English', () => {
  test('the same moments in English', async () => {
    assert.deepEqual(await states('2026-03-30T08:30:00+02:00', '/en/libraries'), {
      Stadsbiblioteket: 'self-service: Self-service now (no staff), staff from 10:00, closes 21:00',
      Krokom: 'closed: Closed, opens today 10:00',
      Föllinge: 'closed: Closed, opens tomorrow 14:00',
    });
    assert.equal((await states('2026-03-30T12:00:00+02:00', '/en/libraries')).Krokom, 'staffed: Open now, closes 18:00');
    assert.equal((await states('2026-04-03T12:00:00+02:00', '/en/libraries')).Krokom, 'closed: Closed today (Good Friday), opens Tuesday 10:00');
    assert.equal((await states('2026-06-23T12:00:00+02:00', '/en/libraries')).Föllinge, 'closed: Closed, opens 11 Aug 2026 14:00');
    assert.match((await app.inject('/en/libraries')).body, /The opening hours are made up for the demo\./);
  });
});

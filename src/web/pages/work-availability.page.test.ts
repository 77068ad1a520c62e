// The work page with live availability: live statuses where a library's system answers, and where it fails, is slow
// or breaks, the harvested status with its age in Swedish time ("kl. 07:00" when it is today's) — never an error page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Holding } from '../../core/types.ts';
import type { AvailabilityReader } from '../../services/availability-reader.ts';
import { AvailabilityService } from '../../services/availability.service.ts';
import type { Connector } from '../../connectors/connector.ts';
import { answeringSystem, failingSystem, silentSystem } from '../../../test/fakes/fake-library-systems.ts';
import { buildFakeWebApp } from '../../../test/fakes/fake-web-app.ts';

/** Krokom's copies of Sagor från Mumindalen as its system reports them now: the Föllinge copy is back. */
const krokomNow = (asOf: string): Holding[] => [
  { library: 'krokom', branch: 'krokom-krokom', callNumber: 'Hcg Haridi', status: 'on-loan', dueDate: '2026-04-02', asOf, itemId: 'k1' },
  { library: 'krokom', branch: 'krokom-follinge', callNumber: 'Hcg Haridi', status: 'available', dueDate: null, asOf, itemId: 'k2' },
];

async function workPage(url: string, availability: AvailabilityReader): Promise<string> {
  const { app } = await buildFakeWebApp({ availability });
  try {
    const response = await app.inject(url);
    assert.equal(response.statusCode, 200, `${url} → ${response.statusCode}`);
    return response.body;
  } finally {
    await app.close();
  }
}

function service(now: string, connectors: readonly Connector[], timeoutMs?: number): AvailabilityService {
  return new AvailabilityService({ connectors: new Map(connectors.map((c) => [c.library, c])), clock: () => Date.parse(now), timeoutMs });
}

const text = (html: string) => html.replace(/<[^>]+>/g, '');

/** Each library's section as read: its summary, its rows (cells separated by "|") and the line on how current they are. */
function sections(html: string): string[] {
  return [...html.matchAll(/<details class="holdings__library"[^>]*>(.*?)<\/details>/g)].map(([, section]) => {
    const summary = text(/<summary[^>]*>(.*?)<\/summary>/.exec(section)![1]);
    const rows = [...section.matchAll(/<tbody[^>]*>(.*?)<\/tbody>/g)].flatMap(([, body]) => [...body.matchAll(/<tr[^>]*>(.*?)<\/tr>/g)]
      .map(([, row]) => row.replace(/<\/(th|td)>/g, '|').replace(/<[^>]+>/g, '').replace(/\|$/, '')));
    const note = /<p class="(holdings__as-of[^"]*)">(.*?)<\/p>/.exec(section);
    return [summary, ...rows, `${note?.[1]}: ${note?.[2]}`].join('\n');
  });
}

test('live statuses where the system answers; where it fails, the harvested status and its age; elsewhere the harvest time', async () => {
  const now = '2026-03-05T11:12:00.000Z';
  const html = await workPage('/verk/sagor-fran-mumindalen', service(now, [answeringSystem('krokom', () => krokomNow(now)), failingSystem('stromsund')]));
  assert.deepEqual(sections(html), [
    [
      'Krokoms bibliotek — 2 ex., 1 på hyllan',
      'Föllinge|Hcg Haridi|Finns på hyllan||2018, Bok',
      'Krokom|Hcg Haridi|Utlånad|2 apr. 2026|2018, Bok',
      'holdings__as-of: Aktuell status från bibliotekets system kl.\u00a012:12.',
    ].join('\n'),
    [
      'Strömsunds bibliotek — 1 ex., 1 på hyllan',
      'Bokbussen|Hcg Haridi|Finns på hyllan||2018, Bok',
      'holdings__as-of holdings__as-of--stale: Bibliotekets system svarar inte just nu. Status enligt uppgift 2 mars 2026 07:00.',
    ].join('\n'),
    [
      'Bergs bibliotek — 1 ex., inget på hyllan',
      'Svenstavik|Hcg Haridi|Utlånad|30 mars 2026|2018, Bok',
      'holdings__as-of: Status hämtad 2 mars 2026 07:00.',
    ].join('\n'),
  ]);
});

test('a harvested status from today is given by the clock, in Swedish time, in both languages', async () => {
  const now = '2026-03-02T15:30:00.000Z';
  const systems = () => service(now, [answeringSystem('krokom', () => krokomNow(now)), failingSystem('stromsund')]);
  const sv = sections(await workPage('/verk/sagor-fran-mumindalen', systems()));
  assert.match(sv[0], /Aktuell status från bibliotekets system kl\.\u00a016:30\.$/);
  assert.match(sv[1], /Bibliotekets system svarar inte just nu\. Status enligt uppgift kl\.\u00a007:00\.$/);
  const en = sections(await workPage('/en/work/sagor-fran-mumindalen', systems()));
  assert.match(en[0], /Live status from the library's system at 16:30\.$/);
  assert.match(en[1], /The library's system is not answering just now\. Status as of 07:00\.$/);
});

test('a system that never answers does not hold the page: it comes at the timeout, with the harvested status', async () => {
  const now = '2026-03-05T11:12:00.000Z';
  const html = await workPage('/verk/sagor-fran-mumindalen', service(now, [silentSystem('krokom')], 50));
  assert.match(sections(html)[0], /Föllinge\|Hcg Haridi\|Utlånad\|12 mars 2026.*\n.*Krokom\|Hcg Haridi\|Finns på hyllan/s);
  assert.match(sections(html)[0], /holdings__as-of--stale: Bibliotekets system svarar inte just nu\. Status enligt uppgift 2 mars 2026 07:00\.$/);
});

test('even live availability itself breaking gives the page with the harvested statuses, never an error page', async () => {
  const broken: AvailabilityReader = { forWork: async () => { throw new Error('a bug in the availability service'); } };
  const html = await workPage('/verk/sagor-fran-mumindalen', broken);
  assert.equal(sections(html).length, 3);
  assert.ok(sections(html).every((s) => /Bibliotekets system svarar inte just nu\. Status enligt uppgift 2 mars 2026 07:00\.$/.test(s)));
});

// The event calendars checked against RFC 5545: CRLF line ends, lines folded at 75 octets, balanced components, a
// VTIMEZONE for the TZID used, UID/DTSTAMP/DTSTART in each VEVENT, one VEVENT per series with RRULE and EXDATE,
// STATUS:CANCELLED, TEXT escaping; the county's, a library's (its own events only) and one event's, in both languages.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildEventsNewsApp, EVENTS, fixtureBranchAddress, fixtureEvent } from '../pages/events/events-news.fixtures.ts';
import { recurrenceLines } from './events-calendar.ts';

let app: FastifyInstance;
before(async () => { app = await buildEventsNewsApp(EVENTS); });
after(() => app.close());

type Properties = Map<string, string[]>;

/** Checks the wire format and returns the VEVENTs' properties ("DTSTART;TZID=Europe/Stockholm" → values). */
function parseCalendar(body: string): { calendar: Properties; events: Properties[]; components: string[] } {
  assert.ok(body.endsWith('\r\n'), 'the last line ends with CRLF too');
  const physical = body.slice(0, -2).split('\r\n');
  for (const line of physical) {
    assert.ok(!/[\r\n]/.test(line), `a bare CR or LF in ${JSON.stringify(line)}`);
    assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `longer than 75 octets: ${line}`);
  }
  const lines = body.slice(0, -2).replace(/\r\n[ \t]/g, '').split('\r\n');
  const stack: string[] = [];
  const components: string[] = [];
  const calendar: Properties = new Map();
  const events: Properties[] = [];
  for (const line of lines) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon);
    const value = line.slice(colon + 1);
    if (name === 'BEGIN') {
      stack.push(value);
      components.push(value);
      if (value === 'VEVENT') events.push(new Map());
    } else if (name === 'END') {
      assert.equal(stack.pop(), value, `END:${value} closes what was opened`);
    } else {
      const target = stack.at(-1) === 'VEVENT' ? events.at(-1)! : stack.length === 1 ? calendar : null;
      target?.set(name, [...(target.get(name) ?? []), value]);
    }
  }
  assert.deepEqual(stack, [], 'every BEGIN has its END');
  assert.equal(components[0], 'VCALENDAR');
  return { calendar, events, components };
}

async function fetchCalendar(url: string) {
  const response = await app.inject(url);
  assert.equal(response.statusCode, 200, url);
  assert.equal(response.headers['content-type'], 'text/calendar; charset=utf-8');
  return parseCalendar(response.body);
}

const byUid = (events: Properties[], uid: string) => events.find((e) => e.get('UID')?.[0] === uid);

describe('iCalendar feeds', () => {
  test('the county calendar: valid, Stockholm time with its VTIMEZONE, one VEVENT per event', async () => {
    const { calendar, events, components } = await fetchCalendar('/evenemang.ics');
    assert.deepEqual(calendar.get('VERSION'), ['2.0']);
    assert.ok(calendar.get('PRODID'));
    assert.ok(components.includes('VTIMEZONE') && components.includes('STANDARD') && components.includes('DAYLIGHT'));
    assert.ok(components.indexOf('VTIMEZONE') < components.indexOf('VEVENT'), 'the zone is defined before it is used');
    assert.deepEqual(events.map((e) => e.get('UID')![0]).sort(),
      ['e-biweekly', 'e-cancelled', 'e-county', 'e-exhibition', 'e-monthly', 'e-story', 'e-talk'].map((id) => `${id}@localhost`), 'drafts left out');
    for (const event of events) {
      assert.match(event.get('DTSTAMP')![0]!, /^\d{8}T\d{6}Z$/, 'DTSTAMP in UTC');
      assert.ok(event.get('DTSTART;TZID=Europe/Stockholm'), 'DTSTART in Stockholm time');
      assert.ok(event.get('DTEND;TZID=Europe/Stockholm'));
    }
  });

  test('a weekly series is one VEVENT with RRULE and its cancelled date as EXDATE', async () => {
    const { events } = await fetchCalendar('/evenemang.ics');
    const story = byUid(events, 'e-story@localhost')!;
    assert.deepEqual(story.get('DTSTART;TZID=Europe/Stockholm'), ['20261202T130000']);
    assert.deepEqual(story.get('DTEND;TZID=Europe/Stockholm'), ['20261202T133000']);
    assert.deepEqual(story.get('RRULE'), ['FREQ=WEEKLY;INTERVAL=1;COUNT=6']);
    assert.deepEqual(story.get('EXDATE;TZID=Europe/Stockholm'), ['20261216T130000']);
    assert.deepEqual(story.get('STATUS'), ['CONFIRMED']);
    assert.deepEqual(story.get('LOCATION'), ['Sagorummet\\, Stadsbiblioteket\\, Östersunds bibliotek']);
    assert.deepEqual(story.get('URL;VALUE=URI'), ['http://localhost:80/evenemang/e-story']);
    assert.deepEqual(byUid(events, 'e-biweekly@localhost')!.get('RRULE'), ['FREQ=WEEKLY;INTERVAL=2']);
  });

  test('monthly on the nth weekday until a date (UNTIL in UTC, as a TZID start requires)', async () => {
    const { events } = await fetchCalendar('/evenemang.ics');
    assert.deepEqual(byUid(events, 'e-monthly@localhost')!.get('RRULE'), ['FREQ=MONTHLY;INTERVAL=1;BYDAY=2TU;UNTIL=20270531T160000Z']);
  });

  test('a cancelled event stays, with STATUS:CANCELLED and the word in its summary', async () => {
    const { events } = await fetchCalendar('/evenemang.ics');
    const cancelled = byUid(events, 'e-cancelled@localhost')!;
    assert.deepEqual(cancelled.get('STATUS'), ['CANCELLED']);
    assert.deepEqual(cancelled.get('SUMMARY'), ['Inställt: Filmkväll']);
  });

  test('TEXT values escape backslash, semicolon, comma and line breaks', async () => {
    const { events } = await fetchCalendar('/evenemang.ics');
    const cafe = byUid(events, 'e-biweekly@localhost')!;
    assert.deepEqual(cafe.get('SUMMARY'), ['Digitalt café\\; hjälp\\, råd \\\\ stöd']);
    assert.match(cafe.get('DESCRIPTION')![0]!, /^Rad ett\.\\nRad två\\, med komma\\; och semikolon\.\\n\\n/);
  });

  test('a library\'s calendar holds only its own events; an unknown library has none', async () => {
    const { events, calendar } = await fetchCalendar('/bibliotek/krokom/evenemang.ics');
    assert.deepEqual(events.map((e) => e.get('UID')![0]), ['e-talk@localhost']);
    assert.deepEqual(calendar.get('NAME'), ['Evenemang på Krokoms bibliotek']);
    assert.equal((await app.inject('/bibliotek/atlantis/evenemang.ics')).statusCode, 404);
  });

  test('one event\'s file, in both languages; 404 for unknown and draft events', async () => {
    const sv = await fetchCalendar('/evenemang/e-story.ics');
    assert.deepEqual(sv.events.map((e) => e.get('SUMMARY')![0]), ['Sagostund']);
    const en = await fetchCalendar('/en/events/e-story.ics');
    assert.deepEqual(en.events.map((e) => e.get('SUMMARY')![0]), ['Storytime']);
    assert.deepEqual(en.events[0]!.get('URL;VALUE=URI'), ['http://localhost:80/en/events/e-story']);
    assert.deepEqual(en.events[0]!.get('UID'), sv.events[0]!.get('UID'), 'the same event has the same UID in every feed');
    const english = await fetchCalendar('/en/events.ics');
    assert.ok(byUid(english.events, 'e-monthly@localhost')!.get('SUMMARY')![0] === 'Book circle');
    for (const url of ['/evenemang/e-nope.ics', '/evenemang/e-draft.ics']) assert.equal((await app.inject(url)).statusCode, 404, url);
  });

  test('LOCATION carries the branch address when it is known', async () => {
    const withAddress = await buildEventsNewsApp(EVENTS, [fixtureBranchAddress('krokom', 'krokom-krokom', 'Testgatan 1', '123 45', 'Teststad')]);
    const { events } = parseCalendar((await withAddress.inject('/evenemang/e-talk.ics')).body);
    await withAddress.close();
    assert.deepEqual(events[0]!.get('LOCATION'), ['Krokom\\, Krokoms bibliotek\\, Testgatan 1\\, 123 45 Teststad']);
  });

  test('long lines are folded within a character, never inside one', async () => {
    const long = fixtureEvent('e-long', 'krokom', { startsAt: '2026-12-04T10:00', endsAt: '2026-12-04T11:00', summary: { sv: 'Åäö '.repeat(60) } });
    const only = await buildEventsNewsApp([long]);
    const body = (await only.inject('/evenemang/e-long.ics')).body;
    await only.close();
    const { events } = parseCalendar(body);
    assert.match(events[0]!.get('DESCRIPTION')![0]!, /^(Åäö ){60}/);
  });
});

describe('recurrenceLines', () => {
  const base = fixtureEvent('e-x', 'krokom', { startsAt: '2027-03-23T18:00', endsAt: '2027-03-23T19:00' });
  test('COUNT and UNTIL together become the COUNT of dates up to UNTIL', () => {
    const event = { ...base, recurrence: { frequency: 'weekly' as const, interval: 1, until: '2027-04-13', count: 10, except: [] } };
    assert.equal(recurrenceLines(event), 'RRULE:FREQ=WEEKLY;INTERVAL=1;COUNT=4');
  });

  test('UNTIL after the change to summer time uses that day\'s offset', () => {
    const event = { ...base, recurrence: { frequency: 'weekly' as const, interval: 1, until: '2027-04-06', count: null, except: ['2027-03-30'] } };
    assert.equal(recurrenceLines(event), 'RRULE:FREQ=WEEKLY;INTERVAL=1;UNTIL=20270406T160000Z\nEXDATE;TZID=Europe/Stockholm:20270330T180000');
  });

  test('a single event has no rule', () => {
    assert.equal(recurrenceLines(base), null);
  });
});

// Open now, closes at, opens next: golden answers around both daylight-saving changes of 2026 and 2027, over
// holidays, summer closures, self-service (meröppet) hours and intervals past midnight.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { OpeningHours, OpeningInterval, Weekday, WeeklySchedule } from './opening-hours.types.ts';
import { openingStatus } from './opening-status.ts';

const staffed = (from: string, to: string): OpeningInterval => ({ from, to, service: 'staffed' });
const selfService = (from: string, to: string): OpeningInterval => ({ from, to, service: 'self-service' });
const everyDay = (...hours: OpeningInterval[]): WeeklySchedule['days'] =>
  Object.fromEntries((['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as Weekday[]).map((d) => [d, hours]));

const TEN_TO_SEVEN: OpeningHours = { schedules: [{ days: everyDay(staffed('10:00', '19:00')) }], onHolidays: 'as-usual' };
const status = (hours: OpeningHours, at: string) => openingStatus(hours, new Date(at));

describe('around the daylight-saving changes', () => {
  for (const [change, day] of [['spring 2026', '2026-03-29'], ['autumn 2026', '2026-10-25'], ['spring 2027', '2027-03-28'], ['autumn 2027', '2027-10-31']]) {
    test(`${change}: a library open 10–19 opens at 10:00 and closes at 19:00 on the clock, 9 hours later`, () => {
      const summer = change.startsWith('spring');
      const offset = summer ? '+02:00' : '+01:00';
      const before = status(TEN_TO_SEVEN, `${day}T09:59:00${offset}`);
      assert.deepEqual(before, { open: false, staffed: false, closesAt: null, changesAt: null, nextOpen: { at: `${day}T10:00:00${offset}`, staffed: true } });
      const opened = status(TEN_TO_SEVEN, `${day}T10:00:00${offset}`);
      assert.deepEqual([opened.open, opened.closesAt], [true, `${day}T19:00:00${offset}`]);
      assert.equal(Date.parse(opened.closesAt!) - Date.parse(before.nextOpen!.at), 9 * 3600_000);
      assert.equal(status(TEN_TO_SEVEN, `${day}T18:59:00${offset}`).open, true);
      assert.equal(status(TEN_TO_SEVEN, `${day}T19:00:00${offset}`).open, false);
    });
  }

  test('the evening before a change opens the next morning in the new offset', () => {
    assert.equal(status(TEN_TO_SEVEN, '2026-03-28T20:00:00+01:00').nextOpen?.at, '2026-03-29T10:00:00+02:00');
    assert.equal(status(TEN_TO_SEVEN, '2026-10-24T20:00:00+02:00').nextOpen?.at, '2026-10-25T10:00:00+01:00');
  });

  test('during the repeated hour in autumn and right after the skipped hour in spring, a night-closed library is closed', () => {
    assert.equal(status(TEN_TO_SEVEN, '2026-10-25T00:30:00Z').open, false);
    assert.equal(status(TEN_TO_SEVEN, '2026-10-25T01:30:00Z').open, false);
    assert.equal(status(TEN_TO_SEVEN, '2027-03-28T01:00:00Z').nextOpen?.at, '2027-03-28T10:00:00+02:00');
  });
});

describe('the next opening', () => {
  const WEEKDAYS_ONLY: OpeningHours = {
    schedules: [{ days: { mon: [staffed('10:00', '19:00')], tue: [staffed('10:00', '19:00')], wed: [staffed('10:00', '19:00')], thu: [staffed('10:00', '19:00')], fri: [staffed('10:00', '16:00')] } }],
  };

  test('later today, tomorrow, or after the weekend', () => {
    assert.equal(status(WEEKDAYS_ONLY, '2026-03-30T08:00:00+02:00').nextOpen?.at, '2026-03-30T10:00:00+02:00');
    assert.equal(status(WEEKDAYS_ONLY, '2026-03-30T20:00:00+02:00').nextOpen?.at, '2026-03-31T10:00:00+02:00');
    assert.equal(status(WEEKDAYS_ONLY, '2026-03-27T17:00:00+01:00').nextOpen?.at, '2026-03-30T10:00:00+02:00');
  });

  test('an open library also says when it opens after closing', () => {
    assert.deepEqual(status(WEEKDAYS_ONLY, '2026-03-27T12:00:00+01:00'), {
      open: true, staffed: true, closesAt: '2026-03-27T16:00:00+01:00', changesAt: null, nextOpen: { at: '2026-03-30T10:00:00+02:00', staffed: true },
    });
  });

  test('skips Easter: closed from Good Friday to Easter Monday, open again on Tuesday', () => {
    assert.equal(status(WEEKDAYS_ONLY, '2026-04-02T19:30:00+02:00').nextOpen?.at, '2026-04-07T10:00:00+02:00');
  });

  test('a branch closed all summer says when it opens in August; one with no hours at all never opens', () => {
    const closedForSummer: OpeningHours = { ...WEEKDAYS_ONLY, exceptions: [{ date: '2026-06-22', to: '2026-08-09', hours: [] }] };
    assert.equal(status(closedForSummer, '2026-06-22T12:00:00+02:00').nextOpen?.at, '2026-08-10T10:00:00+02:00');
    assert.deepEqual(status({ schedules: [] }, '2026-06-22T12:00:00+02:00'), { open: false, staffed: false, closesAt: null, changesAt: null, nextOpen: null });
  });
});

describe('staffed and self-service hours', () => {
  const MEROPPET: OpeningHours = { schedules: [{ days: everyDay(selfService('07:00', '22:00'), staffed('10:00', '19:00')) }] };

  test('before the staff arrive: open, self-service, staff from 10:00, closes 22:00', () => {
    assert.deepEqual(status(MEROPPET, '2026-03-30T08:00:00+02:00'), {
      open: true, staffed: false, closesAt: '2026-03-30T22:00:00+02:00', changesAt: { at: '2026-03-30T10:00:00+02:00', staffed: true },
      nextOpen: { at: '2026-03-31T07:00:00+02:00', staffed: false },
    });
  });

  test('with staff: staff leave at 19:00, self-service until 22:00', () => {
    const now = status(MEROPPET, '2026-03-30T12:00:00+02:00');
    assert.deepEqual([now.staffed, now.changesAt, now.closesAt], [true, { at: '2026-03-30T19:00:00+02:00', staffed: false }, '2026-03-30T22:00:00+02:00']);
  });

  test('after the staff leave, and after closing', () => {
    assert.deepEqual(status(MEROPPET, '2026-03-30T21:00:00+02:00').changesAt, null);
    assert.deepEqual(status(MEROPPET, '2026-03-30T22:00:00+02:00').nextOpen, { at: '2026-03-31T07:00:00+02:00', staffed: false });
  });

  test('on a holiday a self-service library stays open without staff when it says so', () => {
    const christmas = status({ ...MEROPPET, onHolidays: 'self-service' }, '2026-12-25T12:00:00+01:00');
    assert.deepEqual([christmas.open, christmas.staffed, christmas.changesAt], [true, false, null]);
    assert.equal(status(MEROPPET, '2026-12-25T12:00:00+01:00').nextOpen?.at, '2026-12-27T07:00:00+01:00');
  });

  test('open round the clock: open, with no closing in sight', () => {
    const always = status({ schedules: [{ days: everyDay(selfService('00:00', '24:00')) }], onHolidays: 'as-usual' }, '2026-03-29T02:30:00Z');
    assert.deepEqual(always, { open: true, staffed: false, closesAt: null, changesAt: null, nextOpen: null });
  });
});

describe('odd data', () => {
  test('an interval past midnight goes on into the next day', () => {
    const lateFriday: OpeningHours = { schedules: [{ days: { fri: [staffed('20:00', '02:00')] } }] };
    assert.equal(status(lateFriday, '2026-03-27T23:00:00+01:00').closesAt, '2026-03-28T02:00:00+01:00');
    assert.deepEqual([status(lateFriday, '2026-03-28T01:30:00+01:00').open, status(lateFriday, '2026-03-28T02:00:00+01:00').open], [true, false]);
  });

  test('an unreadable interval is left out, never a crash', () => {
    const odd = { schedules: [{ days: { mon: [{ from: 'ten', to: '19:00', service: 'staffed' }, staffed('12:00', '13:00')] } }] } as OpeningHours;
    assert.equal(status(odd, '2026-03-30T09:00:00+02:00').nextOpen?.at, '2026-03-30T12:00:00+02:00');
  });
});

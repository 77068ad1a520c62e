// Stockholm wall-clock time on either side of both daylight-saving changes, whatever time zone the process runs in.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isSamverkaError } from '../errors.ts';
import { addDays, daysBetween, isIsoDate, minuteOfClock, stockholmIso, stockholmWallTime, weekdayOf } from './stockholm-time.ts';

const wall = (utc: string) => {
  const { date, minute } = stockholmWallTime(new Date(utc));
  return `${date} ${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
};

describe('the wall clock in Stockholm', () => {
  test('springs forward at 02:00 on the last Sunday of March (2026 and 2027)', () => {
    assert.equal(wall('2026-03-29T00:59:00Z'), '2026-03-29 01:59');
    assert.equal(wall('2026-03-29T01:00:00Z'), '2026-03-29 03:00');
    assert.equal(wall('2027-03-28T00:59:00Z'), '2027-03-28 01:59');
    assert.equal(wall('2027-03-28T01:00:00Z'), '2027-03-28 03:00');
  });

  test('falls back at 03:00 on the last Sunday of October (2026 and 2027): 02:00–02:59 twice', () => {
    assert.equal(wall('2026-10-25T00:59:00Z'), '2026-10-25 02:59');
    assert.equal(wall('2026-10-25T01:00:00Z'), '2026-10-25 02:00');
    assert.equal(wall('2027-10-31T00:30:00Z'), '2027-10-31 02:30');
    assert.equal(wall('2027-10-31T01:30:00Z'), '2027-10-31 02:30');
  });

  test('midnight belongs to the new day', () => {
    assert.equal(wall('2026-12-31T23:00:00Z'), '2027-01-01 00:00');
    assert.equal(wall('2026-06-30T21:59:00Z'), '2026-06-30 23:59');
  });

  test('an invalid date is a bad request, not a crash', () => {
    assert.throws(() => stockholmWallTime(new Date('not a date')), (e) => isSamverkaError(e, 'bad-request'));
  });
});

describe('a wall-clock time as an ISO moment with its offset', () => {
  test('19:00 is 19:00 on the clocks either side of a change, with the offset of the day', () => {
    assert.equal(stockholmIso('2026-03-28', 19 * 60), '2026-03-28T19:00:00+01:00');
    assert.equal(stockholmIso('2026-03-29', 19 * 60), '2026-03-29T19:00:00+02:00');
    assert.equal(stockholmIso('2026-10-25', 19 * 60), '2026-10-25T19:00:00+01:00');
    assert.equal(Date.parse(stockholmIso('2027-03-28', 10 * 60)), Date.parse('2027-03-28T08:00:00Z'));
  });

  test('the hour skipped in spring moves an hour on; the hour repeated in autumn is the first one', () => {
    assert.equal(stockholmIso('2026-03-29', 2 * 60 + 30), '2026-03-29T03:30:00+02:00');
    assert.equal(stockholmIso('2026-10-25', 2 * 60 + 30), '2026-10-25T02:30:00+02:00');
  });

  test('24:00 is midnight of the next day', () => {
    assert.equal(stockholmIso('2026-12-31', 24 * 60), '2027-01-01T00:00:00+01:00');
  });
});

describe('calendar dates', () => {
  test('add across months, leap days and years; count days; name weekdays', () => {
    assert.equal(addDays('2028-02-28', 1), '2028-02-29');
    assert.equal(addDays('2026-02-28', 1), '2026-03-01');
    assert.equal(addDays('2026-12-31', 1), '2027-01-01');
    assert.equal(addDays('2026-01-01', -1), '2025-12-31');
    assert.equal(daysBetween('2026-03-28', '2026-03-30'), 2, 'a day of 23 hours is still one day');
    assert.deepEqual(['2026-03-29', '2026-03-30', '2026-06-19'].map(weekdayOf), ['sun', 'mon', 'fri']);
  });

  test('read dates and clock times strictly', () => {
    assert.deepEqual(['2026-02-28', '2028-02-29', '2026-02-29', '2026-13-01', '26-01-01', '2026-1-1'].map(isIsoDate), [true, true, false, false, false, false]);
    assert.deepEqual(['00:00', '10:30', '24:00', '24:01', '9:00', '10:60', 'x'].map(minuteOfClock), [0, 630, 1440, null, null, null, null]);
  });
});

// A library bus's timetable: ISO weeks decide odd/even stops, and the next visits run on from now across weeks.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BusStop } from '../../../core/content.ts';
import { isoWeek, nextVisits, timetable } from './bus-stops.ts';

const stop = (name: string, weekday: BusStop['weekday'], from: string, to: string, weeks: BusStop['weeks'] = 'every'): BusStop =>
  ({ name, place: null, weekday, from, to, weeks });

const STOPS = [
  stop('Kaxås', 'mon', '11:00', '12:00'),
  stop('Nälden', 'wed', '13:00', '14:00', 'odd'),
  stop('Aspås', 'wed', '09:30', '10:30'),
  stop('Dvärsätt', 'thu', '10:00', '10:30', 'even'),
  stop('Trasig', 'fri', '25:00', '26:00'),
];

test('ISO week numbers, including the years with 53 weeks and the turn of the year', () => {
  assert.equal(isoWeek('2026-12-02'), 49);
  assert.equal(isoWeek('2026-01-01'), 1);
  assert.equal(isoWeek('2026-12-31'), 53);
  assert.equal(isoWeek('2027-01-03'), 53, 'a Sunday early in January can belong to the old year\'s last week');
  assert.equal(isoWeek('2027-01-04'), 1);
  assert.equal(isoWeek('2024-12-30'), 1, 'a Monday late in December can start the new year\'s first week');
});

test('the timetable runs Monday first, by time, and leaves out stops whose times cannot be read', () => {
  assert.deepEqual(timetable(STOPS).map((s) => s.name), ['Kaxås', 'Aspås', 'Nälden', 'Dvärsätt']);
});

test('the next visits: where the bus stands now, later today, then the coming days, odd and even weeks kept', () => {
  // Wednesday 2 December 2026, 10:00: week 49 is odd.
  const visits = nextVisits(STOPS, new Date('2026-12-02T10:00:00+01:00'), 5);
  assert.deepEqual(visits.map((v) => [v.date, v.stop.name, v.now]), [
    ['2026-12-02', 'Aspås', true],
    ['2026-12-02', 'Nälden', false],
    ['2026-12-07', 'Kaxås', false],
    ['2026-12-09', 'Aspås', false],
    ['2026-12-10', 'Dvärsätt', false],
  ]);
});

test('a stop already left today is not next; no stops, no visits', () => {
  const visits = nextVisits(STOPS, new Date('2026-12-02T14:00:00+01:00'), 1);
  assert.deepEqual(visits.map((v) => [v.date, v.stop.name]), [['2026-12-07', 'Kaxås']]);
  assert.deepEqual(nextVisits([], new Date('2026-12-02T10:00:00+01:00'), 3), []);
});

// Recurring events: weekly and monthly rules, cancellations, limits, and wall-clock times across daylight saving.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EventItem, Recurrence } from '../content.ts';
import { eventOccurrences, occurrenceDates, upcomingOccurrences } from './recurrence.ts';

const weekly = (over: Partial<Recurrence> = {}): Recurrence => ({ frequency: 'weekly', interval: 1, until: null, count: null, except: [], ...over });

function event(startsAt: string, endsAt: string, recurrence: Recurrence | null): EventItem {
  return {
    id: 'e-1', kind: 'event', library: 'krokom', status: 'published', publishAt: null, unpublishAt: null, createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z', updatedBy: null, version: 1, title: { sv: 'Sagostund' }, summary: { sv: '' }, body: { sv: '' },
    startsAt, endsAt, recurrence, branch: null, place: null, audiences: ['children'], type: 'storytime', registrationUrl: null,
    capacity: null, cancelled: false, image: null,
  };
}

test('a weekly event repeats on its weekday until the given date, skipping cancelled dates', () => {
  const dates = occurrenceDates('2026-11-03', weekly({ until: '2026-12-01', except: ['2026-11-17'] }), '2027-12-31');
  assert.deepEqual(dates, ['2026-11-03', '2026-11-10', '2026-11-24', '2026-12-01']);
});

test('every other week, and a count that includes cancelled occurrences (as RFC 5545 counts them)', () => {
  assert.deepEqual(occurrenceDates('2026-11-03', weekly({ interval: 2, count: 3, except: ['2026-11-17'] }), '2027-12-31'), ['2026-11-03', '2026-12-01']);
});

test('monthly on the same weekday of the month: the 2nd Tuesday, and a 5th weekday that a month lacks is skipped', () => {
  const monthly: Recurrence = { frequency: 'monthly', interval: 1, until: '2027-03-31', count: null, except: [] };
  assert.deepEqual(occurrenceDates('2026-11-10', monthly, '2027-12-31'), ['2026-11-10', '2026-12-08', '2027-01-12', '2027-02-09', '2027-03-09']);
  // 2026-12-29 is the 5th Tuesday of December; January 2027 has no 5th Tuesday, March 2027 has (the 30th).
  assert.deepEqual(occurrenceDates('2026-12-29', { ...monthly, until: '2027-04-30' }, '2027-12-31'), ['2026-12-29', '2027-03-30']);
});

test('occurrences keep their wall-clock time across the change to summer time', () => {
  const occurrences = eventOccurrences(event('2026-03-22T18:00', '2026-03-22T19:30', weekly({ count: 2 })), '2026-03-01', '2026-04-30');
  assert.deepEqual(occurrences.map((o) => [o.start, o.end]), [
    ['2026-03-22T18:00:00+01:00', '2026-03-22T19:30:00+01:00'],
    ['2026-03-29T18:00:00+02:00', '2026-03-29T19:30:00+02:00'],
  ]);
});

test('only occurrences overlapping the range are returned; an exhibition spanning days counts while it runs', () => {
  const exhibition = event('2026-11-02T10:00', '2026-11-20T18:00', null);
  assert.equal(eventOccurrences(exhibition, '2026-11-10', '2026-11-12').length, 1);
  assert.equal(eventOccurrences(exhibition, '2026-11-21', '2026-11-30').length, 0);
  const club = event('2026-11-03T17:00', '2026-11-03T18:00', weekly());
  assert.deepEqual(eventOccurrences(club, '2026-11-09', '2026-11-20').map((o) => o.start.slice(0, 10)), ['2026-11-10', '2026-11-17']);
});

test('an endless weekly event is bounded, and upcoming occurrences start after now', () => {
  const club = event('2026-01-06T17:00', '2026-01-06T18:00', weekly());
  const upcoming = upcomingOccurrences(club, new Date('2026-11-24T17:30:00+01:00'), 3);
  assert.deepEqual(upcoming.map((o) => o.start), ['2026-11-24T17:00:00+01:00', '2026-12-01T17:00:00+01:00', '2026-12-08T17:00:00+01:00']);
  assert.ok(occurrenceDates('2026-01-06', weekly(), '2100-01-01').length <= 520);
});

// A day's hours: date-ranged schedules (summer hours), Swedish holidays and per-library holiday rules, exceptions.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isSamverkaError } from '../errors.ts';
import { daySchedule, weekSchedule } from './day-schedule.ts';
import type { OpeningHours, OpeningInterval, Weekday, WeeklySchedule } from './opening-hours.types.ts';

const staffed = (from: string, to: string): OpeningInterval => ({ from, to, service: 'staffed' });
const selfService = (from: string, to: string): OpeningInterval => ({ from, to, service: 'self-service' });
const everyDay = (...hours: OpeningInterval[]): WeeklySchedule['days'] =>
  Object.fromEntries((['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as Weekday[]).map((d) => [d, hours]));

const TOWN: OpeningHours = {
  schedules: [
    { days: { mon: [staffed('10:00', '19:00')], tue: [staffed('10:00', '19:00')], wed: [staffed('10:00', '19:00')], thu: [staffed('10:00', '19:00')], fri: [staffed('10:00', '17:00')], sat: [staffed('11:00', '15:00')] } },
    { name: { sv: 'Sommartider', en: 'Summer hours' }, from: '06-15', to: '08-15', days: { mon: [staffed('10:00', '16:00')], wed: [staffed('10:00', '16:00')] } },
  ],
};
const hoursOn = (hours: OpeningHours, date: string) => daySchedule(hours, date).hours.map((i) => `${i.from}–${i.to} ${i.service}`);

describe('weekly schedules', () => {
  test('the usual week applies outside the summer, the summer hours every year inside it', () => {
    assert.deepEqual(hoursOn(TOWN, '2026-06-12'), ['10:00–17:00 staffed']);
    assert.deepEqual(hoursOn(TOWN, '2026-06-13'), ['11:00–15:00 staffed']);
    assert.deepEqual(hoursOn(TOWN, '2026-06-14'), [], 'Sunday: no entry, closed');
    assert.deepEqual(hoursOn(TOWN, '2026-06-15'), ['10:00–16:00 staffed']);
    assert.deepEqual(hoursOn(TOWN, '2026-06-16'), [], 'Tuesday in summer: closed');
    assert.deepEqual(hoursOn(TOWN, '2027-08-16'), ['10:00–19:00 staffed']);
    assert.deepEqual(daySchedule(TOWN, '2027-08-04').schedule, { sv: 'Sommartider', en: 'Summer hours' });
    assert.equal(daySchedule(TOWN, '2027-09-01').schedule, null);
  });

  test('the shortest period covering a date wins: a one-year period beats an open-ended one, a week beats both', () => {
    const hours: OpeningHours = {
      schedules: [
        { days: everyDay(staffed('10:00', '19:00')) },
        { from: '2026-01-01', days: everyDay(staffed('11:00', '19:00')) },
        { from: '2026-09-01', days: everyDay(staffed('12:00', '19:00')) },
        { from: '2026-10-05', to: '2026-10-11', days: everyDay(staffed('13:00', '19:00')) },
        { to: '2025-06-30', days: everyDay(staffed('09:00', '19:00')) },
      ],
    };
    assert.deepEqual(['2025-06-30', '2025-07-01', '2026-03-01', '2026-09-01', '2026-10-05', '2026-10-12'].map((d) => hoursOn(hours, d)[0]!.slice(0, 5)),
      ['09:00', '10:00', '11:00', '12:00', '13:00', '12:00']);
  });

  test('a yearly period can run across the new year', () => {
    const hours: OpeningHours = { schedules: [{ days: everyDay(staffed('10:00', '19:00')) }, { from: '12-01', to: '02-28', days: everyDay(staffed('12:00', '16:00')) }] };
    assert.deepEqual(['2026-11-30', '2026-12-01', '2027-01-15', '2027-02-28', '2027-03-01'].map((d) => hoursOn(hours, d)[0]!.slice(0, 5)),
      ['10:00', '12:00', '12:00', '12:00', '10:00']);
  });

  test('staffed and self-service hours are kept apart and ordered by opening', () => {
    const hours: OpeningHours = { schedules: [{ days: { mon: [staffed('10:00', '19:00'), selfService('07:00', '22:00')] } }] };
    assert.deepEqual(hoursOn(hours, '2026-03-30'), ['07:00–22:00 self-service', '10:00–19:00 staffed']);
  });

  test('intervals that cannot be read are left out; the rest of the day stands', () => {
    const odd = [staffed('10', '19:00'), staffed('25:00', '26:00'), staffed('12:00', '12:00'), { from: '13:00', to: '14:00', service: 'robots' }, staffed('15:00', '16:00')];
    assert.deepEqual(hoursOn({ schedules: [{ days: { mon: odd as OpeningInterval[] } }] }, '2026-03-30'), ['15:00–16:00 staffed']);
    assert.deepEqual(hoursOn({ schedules: [{ from: '2026-02-30', days: everyDay(staffed('10:00', '11:00')) }] }, '2026-03-30'), [], 'a period that cannot be read never applies');
  });
});

describe('holidays', () => {
  test('close the library by default, and say which holiday it is', () => {
    const goodFriday = daySchedule(TOWN, '2026-04-03');
    assert.deepEqual([goodFriday.hours, goodFriday.source, goodFriday.holiday?.id], [[], 'holiday', 'langfredagen']);
    assert.deepEqual(hoursOn(TOWN, '2026-04-04'), [], 'påskafton: an eve, closed in practice');
    assert.deepEqual(hoursOn(TOWN, '2026-04-06'), [], 'annandag påsk');
    assert.deepEqual(hoursOn(TOWN, '2026-06-19'), [], 'midsommarafton');
    assert.deepEqual(hoursOn(TOWN, '2026-04-07'), ['10:00–19:00 staffed']);
    assert.equal(daySchedule(TOWN, '2026-04-05').source, 'week', 'Easter Sunday: closed on Sundays anyway');
  });

  test('a library may keep its self-service hours on holidays, or keep every hour', () => {
    const meroppet: OpeningHours = { schedules: [{ days: everyDay(staffed('10:00', '19:00'), selfService('07:00', '22:00')) }] };
    assert.deepEqual(hoursOn({ ...meroppet, onHolidays: 'self-service' }, '2026-12-25'), ['07:00–22:00 self-service']);
    assert.deepEqual(hoursOn({ ...meroppet, onHolidays: 'as-usual' }, '2026-12-25'), ['07:00–22:00 self-service', '10:00–19:00 staffed']);
    assert.equal(daySchedule({ ...meroppet, onHolidays: 'as-usual' }, '2026-12-25').holiday?.name.en, 'Christmas Day');
    assert.deepEqual(hoursOn({ ...meroppet, onHolidays: 'closed' }, '2026-12-25'), []);
  });
});

describe('exceptions', () => {
  const hours: OpeningHours = {
    ...TOWN,
    exceptions: [
      { date: '2026-03-31', hours: [], note: { sv: 'Stängt för inventering' } },
      { date: '2026-12-23', hours: [staffed('10:00', '15:00')] },
      { date: '2026-04-03', hours: [staffed('12:00', '16:00')], note: { sv: 'Öppet långfredag', en: 'Open on Good Friday' } },
      { date: '2026-07-01', to: '2026-07-31', hours: [] },
      { date: '2026-07-10', hours: [staffed('10:00', '13:00')] },
    ],
  };

  test('close a day or change its hours, with the library\'s note', () => {
    const closed = daySchedule(hours, '2026-03-31');
    assert.deepEqual([closed.hours, closed.source, closed.note], [[], 'exception', { sv: 'Stängt för inventering' }]);
    assert.deepEqual(hoursOn(hours, '2026-12-23'), ['10:00–15:00 staffed']);
  });

  test('beat a holiday', () => {
    const goodFriday = daySchedule(hours, '2026-04-03');
    assert.deepEqual([hoursOn(hours, '2026-04-03'), goodFriday.source, goodFriday.holiday?.id], [['12:00–16:00 staffed'], 'exception', 'langfredagen']);
  });

  test('may cover a run of dates; a single date inside the run beats it', () => {
    assert.deepEqual(['2026-06-30', '2026-07-01', '2026-07-10', '2026-07-31', '2026-08-03'].map((d) => hoursOn(hours, d)),
      [[], [], ['10:00–13:00 staffed'], [], ['10:00–16:00 staffed']]);
  });
});

describe('a date that is no date', () => {
  test('is a bad request, not a crash', () => {
    for (const date of ['2026-02-30', 'today', '']) assert.throws(() => daySchedule(TOWN, date), (e) => isSamverkaError(e, 'bad-request'), date);
  });
});

describe('a week', () => {
  test('is seven days from the given date, each with its weekday', () => {
    const week = weekSchedule(TOWN, '2026-03-30');
    assert.deepEqual(week.map((d) => [d.date, d.weekday, d.hours.length]), [
      ['2026-03-30', 'mon', 1], ['2026-03-31', 'tue', 1], ['2026-04-01', 'wed', 1], ['2026-04-02', 'thu', 1],
      ['2026-04-03', 'fri', 0], ['2026-04-04', 'sat', 0], ['2026-04-05', 'sun', 0],
    ]);
  });
});

// Swedish holidays against the calendar: Easter by the Gregorian computus, every holiday of 2026, midsummer, All Saints.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { weekdayOf } from './stockholm-time.ts';
import { easterSunday, swedishHolidayOn, swedishPublicHolidays } from './swedish-holidays.ts';

const holiday = (year: number, id: string) => swedishPublicHolidays(year).find((h) => h.id === id)!.date;
const years = Array.from({ length: 41 }, (_, i) => 2000 + i);

describe('Easter', () => {
  test('falls on the dates the almanac gives, including the earliest and latest possible', () => {
    const known: Record<number, string> = {
      1818: '1818-03-22', 1943: '1943-04-25', 2000: '2000-04-23', 2008: '2008-03-23', 2011: '2011-04-24', 2019: '2019-04-21',
      2024: '2024-03-31', 2025: '2025-04-20', 2026: '2026-04-05', 2027: '2027-03-28', 2028: '2028-04-16', 2029: '2029-04-01',
      2030: '2030-04-21', 2038: '2038-04-25', 2285: '2285-03-22',
    };
    for (const [year, date] of Object.entries(known)) assert.equal(easterSunday(Number(year)), date, year);
  });

  test('is always a Sunday between 22 March and 25 April', () => {
    for (const year of years) {
      const easter = easterSunday(year);
      assert.equal(weekdayOf(easter), 'sun', easter);
      assert.ok(easter.slice(5) >= '03-22' && easter.slice(5) <= '04-25', easter);
    }
  });
});

describe('the holidays of 2026', () => {
  test('are the public holidays by law and the closed eves, in date order, each named in Swedish and English', () => {
    assert.deepEqual(swedishPublicHolidays(2026).map((h) => [h.date, h.name.sv, h.kind]), [
      ['2026-01-01', 'Nyårsdagen', 'public-holiday'],
      ['2026-01-06', 'Trettondedag jul', 'public-holiday'],
      ['2026-04-03', 'Långfredagen', 'public-holiday'],
      ['2026-04-04', 'Påskafton', 'eve'],
      ['2026-04-05', 'Påskdagen', 'public-holiday'],
      ['2026-04-06', 'Annandag påsk', 'public-holiday'],
      ['2026-05-01', 'Första maj', 'public-holiday'],
      ['2026-05-14', 'Kristi himmelsfärdsdag', 'public-holiday'],
      ['2026-05-24', 'Pingstdagen', 'public-holiday'],
      ['2026-06-06', 'Sveriges nationaldag', 'public-holiday'],
      ['2026-06-19', 'Midsommarafton', 'eve'],
      ['2026-06-20', 'Midsommardagen', 'public-holiday'],
      ['2026-10-31', 'Alla helgons dag', 'public-holiday'],
      ['2026-12-24', 'Julafton', 'eve'],
      ['2026-12-25', 'Juldagen', 'public-holiday'],
      ['2026-12-26', 'Annandag jul', 'public-holiday'],
      ['2026-12-31', 'Nyårsafton', 'eve'],
    ]);
    assert.deepEqual(swedishHolidayOn('2026-06-19')?.name, { sv: 'Midsommarafton', en: 'Midsummer Eve' });
    assert.equal(swedishHolidayOn('2026-06-18'), null);
  });
});

describe('holidays that move', () => {
  test('midsummer eve is the Friday between 19 and 25 June, midsummer day the Saturday after', () => {
    assert.deepEqual([2024, 2025, 2026, 2027, 2028].map((y) => holiday(y, 'midsommarafton')), ['2024-06-21', '2025-06-20', '2026-06-19', '2027-06-25', '2028-06-23']);
    for (const year of years) {
      const eve = holiday(year, 'midsommarafton');
      assert.equal(weekdayOf(eve), 'fri', eve);
      assert.ok(eve >= `${year}-06-19` && eve <= `${year}-06-25`, eve);
      assert.equal(weekdayOf(holiday(year, 'midsommardagen')), 'sat');
      assert.equal(Number(holiday(year, 'midsommardagen').slice(8)), Number(eve.slice(8)) + 1);
    }
  });

  test('All Saints\' Day is the Saturday between 31 October and 6 November', () => {
    assert.deepEqual([2024, 2025, 2026, 2027].map((y) => holiday(y, 'alla-helgons-dag')), ['2024-11-02', '2025-11-01', '2026-10-31', '2027-11-06']);
    for (const year of years) {
      const day = holiday(year, 'alla-helgons-dag');
      assert.equal(weekdayOf(day), 'sat', day);
      assert.ok(day >= `${year}-10-31` && day <= `${year}-11-06`, day);
    }
  });

  test('Good Friday, Ascension Day and Whit Sunday follow Easter', () => {
    assert.deepEqual(['langfredagen', 'kristi-himmelsfardsdag', 'pingstdagen'].map((id) => holiday(2027, id)), ['2027-03-26', '2027-05-06', '2027-05-16']);
    for (const year of years) assert.equal(weekdayOf(holiday(year, 'kristi-himmelsfardsdag')), 'thu');
  });
});

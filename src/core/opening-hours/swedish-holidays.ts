// Swedish public holidays (lag 1989:253 om allmänna helgdagar, as in force since 2005) and the eves on which
// workplaces and libraries close although the law does not say so.
import { addDays, weekdayOf } from './stockholm-time.ts';

/** `public-holiday`: an allmän helgdag by law. `eve`: an afton — a working day by law, closed in practice. */
export type HolidayKind = 'public-holiday' | 'eve';

export interface SwedishHoliday {
  readonly date: string;
  /** Stable id, e.g. `midsommarafton`. */
  readonly id: string;
  readonly name: { readonly sv: string; readonly en: string };
  readonly kind: HolidayKind;
}

/** Easter Sunday of a Gregorian year, by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

type Rule = readonly [id: string, sv: string, en: string, kind: HolidayKind, date: (year: number, easter: string) => string];

const fixed = (month: number, day: number) => (year: number) => isoDate(year, month, day);
const fromEaster = (days: number) => (_year: number, easter: string) => addDays(easter, days);
/** The first date on or after month/day that falls on a Friday (midsommarafton) or a Saturday. */
const firstOnOrAfter = (month: number, day: number, weekday: 'fri' | 'sat') => (year: number) => {
  let date = isoDate(year, month, day);
  while (weekdayOf(date) !== weekday) date = addDays(date, 1);
  return date;
};

const RULES: readonly Rule[] = [
  ['nyarsdagen', 'Nyårsdagen', 'New Year\'s Day', 'public-holiday', fixed(1, 1)],
  ['trettondedag-jul', 'Trettondedag jul', 'Epiphany', 'public-holiday', fixed(1, 6)],
  ['langfredagen', 'Långfredagen', 'Good Friday', 'public-holiday', fromEaster(-2)],
  ['paskafton', 'Påskafton', 'Holy Saturday', 'eve', fromEaster(-1)],
  ['paskdagen', 'Påskdagen', 'Easter Sunday', 'public-holiday', fromEaster(0)],
  ['annandag-pask', 'Annandag påsk', 'Easter Monday', 'public-holiday', fromEaster(1)],
  ['forsta-maj', 'Första maj', 'May Day', 'public-holiday', fixed(5, 1)],
  ['kristi-himmelsfardsdag', 'Kristi himmelsfärdsdag', 'Ascension Day', 'public-holiday', fromEaster(39)],
  ['pingstdagen', 'Pingstdagen', 'Whit Sunday', 'public-holiday', fromEaster(49)],
  ['nationaldagen', 'Sveriges nationaldag', 'National Day of Sweden', 'public-holiday', fixed(6, 6)],
  ['midsommarafton', 'Midsommarafton', 'Midsummer Eve', 'eve', firstOnOrAfter(6, 19, 'fri')],
  ['midsommardagen', 'Midsommardagen', 'Midsummer Day', 'public-holiday', firstOnOrAfter(6, 20, 'sat')],
  ['alla-helgons-dag', 'Alla helgons dag', 'All Saints\' Day', 'public-holiday', firstOnOrAfter(10, 31, 'sat')],
  ['julafton', 'Julafton', 'Christmas Eve', 'eve', fixed(12, 24)],
  ['juldagen', 'Juldagen', 'Christmas Day', 'public-holiday', fixed(12, 25)],
  ['annandag-jul', 'Annandag jul', 'Boxing Day', 'public-holiday', fixed(12, 26)],
  ['nyarsafton', 'Nyårsafton', 'New Year\'s Eve', 'eve', fixed(12, 31)],
];

/** Every public holiday and closed eve of a year, in date order. Sundays, holidays by law too, are left out. */
export function swedishPublicHolidays(year: number): SwedishHoliday[] {
  return [...holidaysOf(year).values()];
}

/** The holiday or closed eve on an ISO date, or null. */
export function swedishHolidayOn(date: string): SwedishHoliday | null {
  return holidaysOf(Number(date.slice(0, 4))).get(date) ?? null;
}

/** The status of every branch asks for every day ahead: each year is worked out once (a few years are ever asked). */
const remembered = new Map<number, ReadonlyMap<string, SwedishHoliday>>();
const MAX_REMEMBERED_YEARS = 16;

function holidaysOf(year: number): ReadonlyMap<string, SwedishHoliday> {
  let holidays = remembered.get(year);
  if (holidays === undefined) {
    const easter = easterSunday(year);
    const list = RULES.map(([id, sv, en, kind, date]) => ({ date: date(year, easter), id, name: { sv, en }, kind }));
    holidays = new Map(list.sort((a, b) => (a.date < b.date ? -1 : 1)).map((h) => [h.date, h]));
    if (remembered.size >= MAX_REMEMBERED_YEARS) remembered.clear();
    remembered.set(year, holidays);
  }
  return holidays;
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// A branch's hours on one date: the weekly schedule that covers it, then Swedish holidays, then exceptions.
import { errors } from '../errors.ts';
import {
  SERVICE_KINDS, type LocalizedText, type OpeningException, type OpeningHours, type OpeningInterval, type Weekday, type WeeklySchedule,
} from './opening-hours.types.ts';
import { addDays, daysBetween, isIsoDate, minuteOfClock, weekdayOf } from './stockholm-time.ts';
import { swedishHolidayOn, type SwedishHoliday } from './swedish-holidays.ts';

export interface DaySchedule {
  readonly date: string;
  readonly weekday: Weekday;
  /** The day's opening intervals in order of opening, as written (one may run past midnight); empty when closed. */
  readonly hours: readonly OpeningInterval[];
  /** What decided the hours: the weekly schedule, a holiday rule (when it took hours away), or an exception. */
  readonly source: 'week' | 'holiday' | 'exception';
  /** The holiday or eve of the date, whether or not it changed the hours. */
  readonly holiday: SwedishHoliday | null;
  /** The name of the weekly schedule used (e.g. summer hours), when it has one. */
  readonly schedule: LocalizedText | null;
  /** The note of the exception that decided the day. */
  readonly note: LocalizedText | null;
}

/** The hours of one date after date-ranged schedules, holidays and exceptions. Intervals that cannot be read are left out. */
export function daySchedule(hours: OpeningHours, date: string): DaySchedule {
  if (!isIsoDate(date)) throw errors.badRequest('Not a date (YYYY-MM-DD)', { date });
  const weekday = weekdayOf(date);
  const holiday = swedishHolidayOn(date);
  const schedule = scheduleOn(hours.schedules, date);
  const common = { date, weekday, holiday, schedule: schedule?.name ?? null };
  const exception = exceptionOn(hours.exceptions ?? [], date);
  if (exception) return { ...common, hours: readable(exception.hours), source: 'exception', note: exception.note ?? null };

  const usual = readable(schedule?.days[weekday] ?? []);
  const rule = hours.onHolidays ?? 'closed';
  if (holiday === null || rule === 'as-usual') return { ...common, hours: usual, source: 'week', note: null };
  const left = rule === 'self-service' ? usual.filter((i) => i.service === 'self-service') : [];
  return { ...common, hours: left, source: left.length < usual.length ? 'holiday' : 'week', note: null };
}

/** Seven days from `weekStart` (any date; the pages start at today or a Monday). */
export function weekSchedule(hours: OpeningHours, weekStart: string): DaySchedule[] {
  return Array.from({ length: 7 }, (_, i) => daySchedule(hours, addDays(weekStart, i)));
}

/** The weekly schedule that covers a date: the shortest period wins, on a tie the later in the list. */
function scheduleOn(schedules: readonly WeeklySchedule[], date: string): WeeklySchedule | null {
  let best: WeeklySchedule | null = null;
  let bestLength = Number.POSITIVE_INFINITY;
  for (const schedule of schedules) {
    const length = periodLength(schedule.from, schedule.to, date);
    if (length !== null && length <= bestLength) [best, bestLength] = [schedule, length];
  }
  return best;
}

function exceptionOn(exceptions: readonly OpeningException[], date: string): OpeningException | null {
  let best: OpeningException | null = null;
  let bestLength = Number.POSITIVE_INFINITY;
  for (const exception of exceptions) {
    const length = periodLength(exception.date, exception.to ?? exception.date, date);
    if (length !== null && length <= bestLength) [best, bestLength] = [exception, length];
  }
  return best;
}

/** Ranks periods without an end below any bounded one; a later start ranks a start-only period higher. */
const OPEN_ENDED = 1e9;

/**
 * How many days the period `from`–`to` (inclusive) covering `date` lasts, for ranking; null when it does not cover
 * the date or cannot be read. "MM-DD" bounds repeat every year.
 */
function periodLength(from: string | undefined, to: string | undefined, date: string): number | null {
  if (from === undefined && to === undefined) return Number.POSITIVE_INFINITY;
  if (isYearly(from) && isYearly(to)) return yearlyPeriodLength(from, to, date);
  if ((from !== undefined && !isIsoDate(from)) || (to !== undefined && !isIsoDate(to))) return null;
  if ((from !== undefined && date < from) || (to !== undefined && date > to)) return null;
  if (from === undefined) return OPEN_ENDED;
  if (to === undefined) return OPEN_ENDED - daysBetween('2000-01-01', from);
  return daysBetween(from, to) + 1;
}

function isYearly(bound: string | undefined): bound is string {
  return bound !== undefined && /^\d{2}-\d{2}$/.test(bound) && isIsoDate(`2000-${bound}`);
}

function yearlyPeriodLength(from: string, to: string, date: string): number | null {
  const year = Number(date.slice(0, 4));
  const day = date.slice(5);
  const at = (y: number, monthDay: string) => `${String(y).padStart(4, '0')}-${monthDay}`;
  if (from <= to) return day >= from && day <= to ? daysBetween(at(year, from), at(year, to)) + 1 : null;
  // A period across the new year, e.g. winter hours 12-01..02-28.
  if (day >= from) return daysBetween(at(year, from), at(year + 1, to)) + 1;
  if (day <= to) return daysBetween(at(year - 1, from), at(year, to)) + 1;
  return null;
}

/** The intervals whose times can be read, in order of opening; bad data closes that interval, never the page. */
function readable(intervals: readonly OpeningInterval[]): OpeningInterval[] {
  return intervals
    .filter((i) => minuteOfClock(i.from) !== null && minuteOfClock(i.to) !== null && i.from !== i.to && SERVICE_KINDS.includes(i.service))
    .sort((a, b) => minuteOfClock(a.from)! - minuteOfClock(b.from)!);
}

// A library bus's timetable as data: stops in weekday order, ISO week parity for stops served every other week, and
// the next times the bus stands somewhere, in Stockholm wall-clock time.
import type { BusStop } from '../../../core/content.ts';
import { WEEKDAYS } from '../../../core/opening-hours/opening-hours.types.ts';
import { addDays, minuteOfClock, stockholmWallTime, weekdayOf } from '../../../core/opening-hours/stockholm-time.ts';

/** One visit of the bus at a stop on a date. */
export interface StopVisit {
  readonly date: string;
  readonly stop: BusStop;
  /** The bus is standing there at the moment asked about. */
  readonly now: boolean;
}

/** How far ahead next visits are looked for: stops served every other week come round within two weeks. */
const HORIZON_DAYS = 28;

/** The ISO 8601 week number of an ISO date (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(date: string): number {
  const day = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  const weekday = (new Date(day).getUTCDay() + 6) % 7;
  const thursday = new Date(day + (3 - weekday) * 86_400_000);
  const firstOfYear = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return 1 + Math.floor((thursday.getTime() - firstOfYear) / (7 * 86_400_000));
}

/** Does the bus stop there in the week of this date? */
export function servesWeekOf(stop: BusStop, date: string): boolean {
  if (stop.weeks === 'every') return true;
  return (isoWeek(date) % 2 === 1) === (stop.weeks === 'odd');
}

/** The stops in timetable order: Monday first, then by time; stops with unreadable times are left out. */
export function timetable(stops: readonly BusStop[]): BusStop[] {
  return stops
    .filter((s) => minuteOfClock(s.from) !== null && minuteOfClock(s.to) !== null)
    .sort((a, b) => WEEKDAYS.indexOf(a.weekday) - WEEKDAYS.indexOf(b.weekday) || minuteOfClock(a.from)! - minuteOfClock(b.from)!);
}

/** The next `limit` visits from `now` on: one the bus is at now comes first, marked `now`. */
export function nextVisits(stops: readonly BusStop[], now: Date, limit: number): StopVisit[] {
  const { date: today, minute } = stockholmWallTime(now);
  const ordered = timetable(stops);
  const visits: StopVisit[] = [];
  for (let day = 0; day < HORIZON_DAYS && visits.length < limit; day++) {
    const date = addDays(today, day);
    const weekday = weekdayOf(date);
    for (const stop of ordered) {
      if (stop.weekday !== weekday || !servesWeekOf(stop, date)) continue;
      if (day === 0 && minuteOfClock(stop.to)! <= minute) continue;
      visits.push({ date, stop, now: day === 0 && minuteOfClock(stop.from)! <= minute });
      if (visits.length === limit) break;
    }
  }
  return visits;
}

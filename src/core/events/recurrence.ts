// The occurrences of an event: its first start and end as Stockholm wall-clock times, repeated weekly (every n weeks)
// or monthly (the same weekday of the month: "the 2nd Tuesday"; a "5th" that a month lacks is skipped), up to `until`
// (inclusive) or `count`, minus the cancelled dates. Times stay on the wall clock across daylight-saving changes.
import type { EventItem, EventOccurrence, Recurrence } from '../content.ts';
import { addDays, daysBetween, minuteOfClock, stockholmIso, weekdayOf } from '../opening-hours/stockholm-time.ts';
import { WEEKDAYS } from '../opening-hours/opening-hours.types.ts';

/** No event repeats for ever in a calendar: at most this many occurrences are generated. */
export const MAX_OCCURRENCES = 520;

interface LocalStart {
  readonly date: string;
  readonly minute: number;
}

function splitLocal(text: string): LocalStart {
  const [date = '', time = ''] = text.split('T');
  return { date, minute: minuteOfClock(time.slice(0, 5)) ?? 0 };
}

/** The dates of the occurrences (ISO dates), in order, from the first. */
export function occurrenceDates(firstDate: string, recurrence: Recurrence | null, horizon: string): string[] {
  if (recurrence === null) return [firstDate];
  const dates: string[] = [];
  const cancelled = new Set(recurrence.except);
  const last = recurrence.until !== null && recurrence.until < horizon ? recurrence.until : horizon;
  const limit = Math.min(recurrence.count ?? MAX_OCCURRENCES, MAX_OCCURRENCES);
  const interval = Math.max(1, recurrence.interval);
  let produced = 0;
  for (let n = 0; produced < limit; n++) {
    const date = recurrence.frequency === 'weekly' ? addDays(firstDate, 7 * interval * n) : nthWeekdayInMonth(firstDate, interval * n);
    if (date === null) continue;
    if (date > last) break;
    produced++;
    if (!cancelled.has(date)) dates.push(date);
    if (n > MAX_OCCURRENCES * 2) break;
  }
  return dates;
}

/** The same weekday of the month as `first` ("the 2nd Tuesday"), `months` months later; null if that month lacks it. */
function nthWeekdayInMonth(first: string, months: number): string | null {
  const [y, m, d] = first.split('-').map(Number) as [number, number, number];
  const ordinal = Math.floor((d - 1) / 7);
  const weekday = WEEKDAYS.indexOf(weekdayOf(first));
  const monthIndex = m - 1 + months;
  const year = y + Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const firstOfMonth = `${year}-${String(month).padStart(2, '0')}-01`;
  const offset = (weekday - WEEKDAYS.indexOf(weekdayOf(firstOfMonth)) + 7) % 7;
  const day = 1 + offset + 7 * ordinal;
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return addDays(firstOfMonth, day - 1) === date ? date : null;
}

/**
 * The occurrences that overlap [from, to] (ISO dates, inclusive, Stockholm days), in start order; `start`/`end` are
 * ISO with the offset of that day ("2026-12-03T18:00:00+01:00").
 */
export function eventOccurrences(event: EventItem, from: string, to: string): EventOccurrence[] {
  const start = splitLocal(event.startsAt);
  const end = splitLocal(event.endsAt);
  const spanDays = Math.max(0, daysBetween(start.date, end.date));
  const occurrences: EventOccurrence[] = [];
  for (const date of occurrenceDates(start.date, event.recurrence, to)) {
    const endDate = addDays(date, spanDays);
    if (endDate < from) continue;
    if (date > to) break;
    occurrences.push({ event, start: stockholmIso(date, start.minute), end: stockholmIso(endDate, end.minute) });
  }
  return occurrences;
}

/** The next `limit` occurrences that have not ended at `now` (ISO moment). */
export function upcomingOccurrences(event: EventItem, now: Date, limit: number, horizonDays = 400): EventOccurrence[] {
  const today = new Date(now.getTime()).toISOString().slice(0, 10);
  const from = addDays(today, -1);
  return eventOccurrences(event, from, addDays(today, horizonDays))
    .filter((o) => Date.parse(o.end) > now.getTime())
    .slice(0, limit);
}

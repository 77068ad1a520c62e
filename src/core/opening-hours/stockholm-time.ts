// Wall-clock time in Europe/Stockholm with Intl alone (no date library), and calendar arithmetic on ISO dates.
import { errors } from '../errors.ts';
import { WEEKDAYS, type Weekday } from './opening-hours.types.ts';

export const TIME_ZONE = 'Europe/Stockholm';
export const MINUTES_PER_DAY = 24 * 60;
const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = MINUTES_PER_DAY * MINUTE_MS;

/** Made at first use: making it loads ICU's time zones, ~25 ms that a command which never asks (an import) should not pay. */
let wallClockFormat: Intl.DateTimeFormat | null = null;

function wallClock(): Intl.DateTimeFormat {
  return (wallClockFormat ??= new Intl.DateTimeFormat('en-US', {
    timeZone: TIME_ZONE, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  }));
}

/** A moment as a clock on a wall in Stockholm shows it: the date and the minute of the day (0–1439). */
export interface WallTime {
  readonly date: string;
  readonly minute: number;
}

export function stockholmWallTime(at: Date | number): WallTime {
  const time = new Date(at).getTime();
  if (Number.isNaN(time)) throw errors.badRequest('Not a moment in time', { at: String(at) });
  const wall = new Date(time + offsetMinutesAt(time) * MINUTE_MS);
  return { date: wall.toISOString().slice(0, 10), minute: wall.getUTCHours() * 60 + wall.getUTCMinutes() };
}

/**
 * Intl is the authority on Stockholm's offset but costs about 10 µs a question, and a status looks at a few days:
 * each UTC hour is asked once (Stockholm changes its offset on the hour, at 01:00 UTC), and the answers are kept.
 */
const offsets = new Map<number, number>();
const MAX_REMEMBERED_HOURS = 8_760;

/** Minutes Stockholm is ahead of UTC at this instant: 60 in winter, 120 in summer. */
function offsetMinutesAt(time: number): number {
  const hour = Math.floor(time / HOUR_MS);
  let offset = offsets.get(hour);
  if (offset === undefined) {
    const parts: Record<string, string> = {};
    for (const part of wallClock().formatToParts(hour * HOUR_MS)) parts[part.type] = part.value;
    // Some ICU versions write midnight as "24" even with h23.
    const wallAsUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour) % 24, Number(parts.minute));
    offset = Math.round((wallAsUtc - hour * HOUR_MS) / MINUTE_MS);
    if (offsets.size >= MAX_REMEMBERED_HOURS) offsets.clear();
    offsets.set(hour, offset);
  }
  return offset;
}

/**
 * "2026-03-29T19:00:00+02:00": the moment a Stockholm clock shows `minute` (0–1440) on `date`, with its offset. In
 * the autumn hour that happens twice, the first; in the spring hour that never happens (02:00–03:00 on the last
 * Sunday of March), the moment an hour later.
 */
export function stockholmIso(date: string, minute: number): string {
  const { time, offset } = resolveWallTime(date, minute);
  const wall = new Date(time + offset * MINUTE_MS).toISOString().slice(0, 16);
  return `${wall}:00${offset < 0 ? '-' : '+'}${clockText(Math.abs(offset))}`;
}

function resolveWallTime(date: string, minute: number): { time: number; offset: number } {
  const wallAsUtc = dateToUtc(date) + minute * MINUTE_MS;
  // The offset changes twice a year, months apart: the same offset half a day either side means no change near.
  const before = offsetMinutesAt(wallAsUtc - DAY_MS / 2);
  const after = offsetMinutesAt(wallAsUtc + DAY_MS / 2);
  if (before === after) return { time: wallAsUtc - before * MINUTE_MS, offset: before };
  const fits = [before, after]
    .map((offset) => ({ offset, time: wallAsUtc - offset * MINUTE_MS }))
    .filter(({ offset, time }) => offsetMinutesAt(time) === offset)
    .sort((a, b) => a.time - b.time);
  return fits[0] ?? { time: wallAsUtc - before * MINUTE_MS, offset: after };
}

/** "HH:MM" for a minute of the day. */
export function clockText(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

/** The minute of the day of "HH:MM" ("24:00" is 1440); null for anything else. */
export function minuteOfClock(text: string): number | null {
  const match = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(text);
  if (!match) return null;
  const minute = Number(match[1]) * 60 + Number(match[2]);
  return minute <= MINUTES_PER_DAY ? minute : null;
}

/** True for a real calendar date written YYYY-MM-DD (from year 1000: Date.UTC reads years 0–99 as 1900–1999). */
export function isIsoDate(text: string): boolean {
  return /^[1-9]\d{3}-\d{2}-\d{2}$/.test(text) && addDays(text, 0) === text;
}

export function addDays(date: string, days: number): string {
  const day = new Date(dateToUtc(date) + days * DAY_MS);
  return `${day.getUTCFullYear()}-${String(day.getUTCMonth() + 1).padStart(2, '0')}-${String(day.getUTCDate()).padStart(2, '0')}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dateToUtc(to) - dateToUtc(from)) / DAY_MS);
}

export function weekdayOf(date: string): Weekday {
  return WEEKDAYS[(new Date(dateToUtc(date)).getUTCDay() + 6) % 7]!;
}

/** Midnight UTC of an ISO date, by its numbers: "2026-02-29" is 1 March, never NaN for digits. */
function dateToUtc(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

// Whether a branch is open at an instant, until when, and when it opens next — all in Stockholm wall-clock time,
// so "closes 19:00" is 19:00 on the clocks in Sweden on either side of a daylight-saving change.
import { daySchedule, type DaySchedule } from './day-schedule.ts';
import type { OpeningHours, ServiceKind } from './opening-hours.types.ts';
import { addDays, MINUTES_PER_DAY, minuteOfClock, stockholmIso, stockholmWallTime } from './stockholm-time.ts';

/** A moment the branch opens or its staffing changes: Stockholm time with offset ("2026-03-30T10:00:00+02:00"). */
export interface OpeningMoment {
  readonly at: string;
  readonly staffed: boolean;
}

export interface OpeningStatus {
  /** The doors are open: staffed or self-service. */
  readonly open: boolean;
  readonly staffed: boolean;
  /** When open: when the doors close (staffed and self-service hours run together); null when closed or open without end in sight. */
  readonly closesAt: string | null;
  /** When open: the next change of staffing before closing (staff leave at 19:00, self-service until 22:00), or null. */
  readonly changesAt: OpeningMoment | null;
  /** The next opening after now (when open: after closing); null when there is none within a year. */
  readonly nextOpen: OpeningMoment | null;
}

/** How far ahead the next opening is looked for: a branch closed all summer still says when it opens. */
export const HORIZON_DAYS = 366;

type State = 'closed' | ServiceKind;
/** A stretch of one state; minutes counted from midnight of the first day, `end` not included. */
interface Run { start: number; end: number; state: State }
interface Span { start: number; end: number; service: ServiceKind }

const CLOSED: OpeningStatus = { open: false, staffed: false, closesAt: null, changesAt: null, nextOpen: null };

export function openingStatus(hours: OpeningHours, at: Date): OpeningStatus {
  const now = stockholmWallTime(at);
  if (!hasAnyHours(hours)) return CLOSED;
  // One generator, walked once: each loop below goes on where the one before it stopped.
  const runs = runsFrom(hours, now.date);
  const moment = (minute: number, state: State): OpeningMoment => ({ at: isoOf(now.date, minute), staffed: state === 'staffed' });
  const nextOpening = (): OpeningMoment | null => {
    for (const run of runs) if (run.state !== 'closed') return moment(run.start, run.state);
    return null;
  };

  let current = runs.next().value;
  while (current && current.end <= now.minute) current = runs.next().value;
  if (!current || current.state === 'closed') {
    return { ...CLOSED, nextOpen: nextOpening() };
  }
  const staffed = current.state === 'staffed';
  let changesAt: OpeningMoment | null = null;
  for (const run of runs) {
    if (run.state === 'closed') {
      return { open: true, staffed, closesAt: isoOf(now.date, run.start), changesAt, nextOpen: nextOpening() };
    }
    changesAt ??= moment(run.start, run.state);
  }
  // Open to the end of the horizon: round the clock, or no closing within a year.
  return { open: true, staffed, closesAt: null, changesAt, nextOpen: null };
}

/** A branch without a single interval anywhere never opens: no need to look a year ahead to know. */
function hasAnyHours(hours: OpeningHours): boolean {
  return hours.schedules.some((s) => Object.values(s.days).some((day) => (day ?? []).length > 0))
    || (hours.exceptions ?? []).some((e) => e.hours.length > 0);
}

/** The runs of states day after day from `today`, adjacent runs of one state joined; the last one ends at Infinity. */
function* runsFrom(hours: OpeningHours, today: string): Generator<Run, void, undefined> {
  let carried = tailsPastMidnight(daySchedule(hours, addDays(today, -1)));
  let pending: Run | null = null;
  for (let day = 0; day < HORIZON_DAYS; day++) {
    const schedule = daySchedule(hours, addDays(today, day));
    const offset = day * MINUTES_PER_DAY;
    for (const run of statesOfDay([...carried, ...spansOfDay(schedule)])) {
      const shifted = { start: run.start + offset, end: run.end + offset, state: run.state };
      if (pending && pending.state === shifted.state) pending.end = shifted.end;
      else {
        if (pending) yield pending;
        pending = shifted;
      }
    }
    carried = tailsPastMidnight(schedule);
  }
  if (pending) yield { ...pending, end: Number.POSITIVE_INFINITY };
}

/** The day's intervals as minutes; one that runs past midnight is cut at midnight here and goes on in tailsPastMidnight. */
function spansOfDay(schedule: DaySchedule): Span[] {
  return schedule.hours.map((interval) => {
    const start = minuteOfClock(interval.from)!;
    const end = minuteOfClock(interval.to)!;
    return { start, end: end > start ? end : MINUTES_PER_DAY, service: interval.service };
  });
}

function tailsPastMidnight(schedule: DaySchedule): Span[] {
  return schedule.hours.flatMap((interval) => {
    const end = minuteOfClock(interval.to)!;
    return end < minuteOfClock(interval.from)! && end > 0 ? [{ start: 0, end, service: interval.service }] : [];
  });
}

/** One day as runs of closed, self-service and staffed, covering 00:00–24:00; staff in beats self-service. */
function statesOfDay(spans: readonly Span[]): Run[] {
  const cuts = [...new Set([0, MINUTES_PER_DAY, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i]!, cuts[i + 1]!];
    const covering = spans.filter((s) => s.start <= start && s.end >= end);
    const state: State = covering.some((s) => s.service === 'staffed') ? 'staffed' : covering.length > 0 ? 'self-service' : 'closed';
    const previous = runs.at(-1);
    if (previous?.state === state) previous.end = end;
    else runs.push({ start, end, state });
  }
  return runs;
}

function isoOf(today: string, minute: number): string {
  const day = Math.floor(minute / MINUTES_PER_DAY);
  return stockholmIso(addDays(today, day), minute - day * MINUTES_PER_DAY);
}

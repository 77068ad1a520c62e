// Events as iCalendar (RFC 5545) with ical-generator: one VEVENT per event — a series as one VEVENT with an RRULE and
// its cancelled dates as EXDATE — in Stockholm time with a VTIMEZONE, stable UIDs, and STATUS:CANCELLED when called off.
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { EventItem } from '../../core/content.ts';
import { occurrenceDates } from '../../core/events/recurrence.ts';
import { minuteOfClock, stockholmIso } from '../../core/opening-hours/stockholm-time.ts';
import { STOCKHOLM, STOCKHOLM_VTIMEZONE, stockholmWallClock } from './stockholm-calendar-time.ts';

/** An event with the words a calendar shows for it, in the calendar's language. */
export interface CalendarEntry {
  readonly event: EventItem;
  readonly summary: string;
  readonly description: string;
  readonly location: string;
  /** The event's page, absolute. */
  readonly url: string;
}

export interface CalendarInput {
  readonly name: string;
  readonly description: string;
  /** The site's host name: UIDs are "{id}@{host}", the same in every feed the event is in. */
  readonly host: string;
  readonly entries: readonly CalendarEntry[];
}

const WEEKDAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const PRODUCT = '//Samverka//Evenemang//SV';

/** The calendar as text: CRLF line ends (the last line too), lines folded at 75 octets. */
export function eventsCalendar(input: CalendarInput): string {
  const calendar = ical({
    prodId: PRODUCT,
    method: ICalCalendarMethod.PUBLISH,
    // ical-generator writes NAME and X-WR-CALDESC unescaped.
    name: escapeText(input.name),
    description: escapeText(input.description),
    // Named null: dates are written as given (UTC stamps, Stockholm wall clock with TZID); the generator adds VTIMEZONE.
    timezone: { name: null, generator: (zone) => (zone === STOCKHOLM ? STOCKHOLM_VTIMEZONE : null) },
  });
  for (const entry of input.entries) {
    const { event } = entry;
    calendar.createEvent({
      id: `${event.id}@${input.host}`,
      sequence: event.version,
      stamp: new Date(event.updatedAt),
      created: new Date(event.createdAt),
      lastModified: new Date(event.updatedAt),
      timezone: STOCKHOLM,
      start: stockholmWallClock(event.startsAt, localToIso(event.startsAt)),
      end: stockholmWallClock(event.endsAt, localToIso(event.endsAt)),
      repeating: recurrenceLines(event),
      summary: entry.summary,
      description: entry.description,
      location: entry.location,
      url: entry.url,
      status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return `${calendar.toString()}\r\n`;
}

/**
 * RRULE (and EXDATE for cancelled dates) of a series; null for a single event. RFC 5545 allows COUNT or UNTIL, not
 * both: with both, the number of dates up to UNTIL within COUNT is the COUNT. UNTIL is in UTC, as a DTSTART with a
 * TZID requires.
 */
export function recurrenceLines(event: EventItem): string | null {
  const rule = event.recurrence;
  if (rule === null) return null;
  const first = event.startsAt.slice(0, 10);
  const parts = [`FREQ=${rule.frequency === 'weekly' ? 'WEEKLY' : 'MONTHLY'}`, `INTERVAL=${Math.max(1, rule.interval)}`];
  if (rule.frequency === 'monthly') {
    const ordinal = Math.floor((Number(first.slice(8)) - 1) / 7) + 1;
    parts.push(`BYDAY=${ordinal}${WEEKDAY_CODES[new Date(`${first}T12:00:00Z`).getUTCDay()]}`);
  }
  if (rule.count !== null && rule.until !== null) {
    parts.push(`COUNT=${occurrenceDates(first, { ...rule, except: [] }, rule.until).length}`);
  } else if (rule.count !== null) {
    parts.push(`COUNT=${rule.count}`);
  } else if (rule.until !== null) {
    parts.push(`UNTIL=${utcStamp(localToIso(`${rule.until}T${event.startsAt.slice(11, 16)}`))}`);
  }
  const lines = [`RRULE:${parts.join(';')}`];
  const time = event.startsAt.slice(11, 16).replace(':', '');
  if (rule.except.length > 0) {
    lines.push(`EXDATE;TZID=${STOCKHOLM}:${[...rule.except].sort().map((date) => `${date.replaceAll('-', '')}T${time}00`).join(',')}`);
  }
  return lines.join('\n');
}

/** "2026-12-03T18:00" in Stockholm as ISO with that day's offset. */
function localToIso(local: string): string {
  return stockholmIso(local.slice(0, 10), minuteOfClock(local.slice(11, 16)) ?? 0);
}

function utcStamp(iso: string): string {
  return new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** RFC 5545 TEXT: backslash, semicolon and comma escaped, line breaks as \n. */
export function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

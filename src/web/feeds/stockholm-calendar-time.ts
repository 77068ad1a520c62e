// Stockholm time for iCalendar: the VTIMEZONE component, and local times in the shape ical-generator accepts.
// ical-generator formats plain Dates with a TZID in the *process's* time zone, and Node 20 has no Temporal; so an
// event's wall-clock time ("2026-12-03T18:00", what staff typed) is handed over as a Temporal.ZonedDateTime-shaped
// value, which it writes as written: DTSTART;TZID=Europe/Stockholm:20261203T180000.
import type { ICalTemporalPlainDateTimeStub, ICalTemporalZonedDateTimeStub } from 'ical-generator';

export const STOCKHOLM = 'Europe/Stockholm';

/**
 * Europe/Stockholm since 1996 (the EU rule): CEST from the last Sunday of March 02:00, CET from the last Sunday of
 * October 03:00. Every event we publish is later than that, so the rule alone describes the zone for them.
 */
export const STOCKHOLM_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${STOCKHOLM}`,
  `X-LIC-LOCATION:${STOCKHOLM}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

/**
 * A Stockholm wall-clock time as ical-generator's Temporal.ZonedDateTime stub. `local` is "YYYY-MM-DDTHH:MM";
 * `instant` is the same moment as ISO with offset (for ordering start and end).
 */
export function stockholmWallClock(local: string, instant: string): ICalTemporalZonedDateTimeStub {
  const [year, month, day, hour, minute] = [local.slice(0, 4), local.slice(5, 7), local.slice(8, 10), local.slice(11, 13), local.slice(14, 16)].map(Number) as
    [number, number, number, number, number];
  const text = `${local.slice(0, 16)}:00`;
  const epochMilliseconds = Date.parse(instant);
  const plain: ICalTemporalPlainDateTimeStub = {
    year, month, day, hour, minute, second: 0,
    toJSON: () => text, toString: () => text,
    toPlainDate: () => ({ year, month, day, toJSON: () => text.slice(0, 10), toString: () => text.slice(0, 10) }),
    toZonedDateTime: () => zoned,
  };
  const zoned: ICalTemporalZonedDateTimeStub = {
    year, month, day, hour, minute, second: 0, timeZoneId: STOCKHOLM,
    toJSON: () => `${text}[${STOCKHOLM}]`, toString: () => `${text}[${STOCKHOLM}]`,
    toPlainDateTime: () => plain,
    withTimeZone: () => zoned,
    toInstant: () => ({
      epochMilliseconds, toJSON: () => new Date(epochMilliseconds).toISOString(), toString: () => new Date(epochMilliseconds).toISOString(),
      toZonedDateTimeISO: () => zoned,
    }),
  };
  return zoned;
}

// How an event's time is written: day headings ("onsdag 2 december"), clock times and spans in Stockholm time,
// and how a series repeats ("Återkommer varannan vecka").
import type { EventItem, EventOccurrence } from '../../../core/content.ts';
import type { Locale, Localizer } from '../../i18n/i18n.ts';

const INTL: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' };
const formats = (options: Intl.DateTimeFormatOptions) =>
  ({ sv: new Intl.DateTimeFormat(INTL.sv, options), en: new Intl.DateTimeFormat(INTL.en, options) });

// Dates (YYYY-MM-DD) are formatted at midnight UTC in UTC, so the day never shifts; moments in Stockholm time.
const DAY = formats({ weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
const DAY_WITH_YEAR = formats({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const SHORT_DATE = formats({ day: 'numeric', month: 'short', timeZone: 'UTC' });
const LONG_DATE = formats({ day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const WEEKDAY = formats({ weekday: 'long', timeZone: 'UTC' });
const CLOCK = formats({ hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Stockholm' });

const utcMidnight = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));

/** "onsdag 2 december" / "Wednesday 2 December"; with the year when it is not `thisYear`. */
export function dayHeading(date: string, locale: Locale, thisYear: string): string {
  return (date.startsWith(thisYear) ? DAY : DAY_WITH_YEAR)[locale].format(utcMidnight(date));
}

/** The Stockholm date of an occurrence's moment: its ISO text carries Stockholm's offset, so the date is its start. */
export function localDate(iso: string): string {
  return iso.slice(0, 10);
}

export function clockTime(iso: string, locale: Locale): string {
  return CLOCK[locale].format(Date.parse(iso));
}

/** "18:00–19:30" within a day; "3 dec. 10:00 – 21 dec. 16:00" across days. */
export function timeSpan(occurrence: Pick<EventOccurrence, 'start' | 'end'>, locale: Locale): string {
  const { start, end } = occurrence;
  if (localDate(start) === localDate(end)) return `${clockTime(start, locale)}–${clockTime(end, locale)}`;
  const at = (iso: string) => `${SHORT_DATE[locale].format(utcMidnight(localDate(iso)))} ${clockTime(iso, locale)}`;
  return `${at(start)} – ${at(end)}`;
}

/** How the series repeats, in a sentence; null for a single event. */
export function recurrenceText(event: EventItem, l: Localizer): string | null {
  const rule = event.recurrence;
  if (rule === null) return null;
  const first = event.startsAt.slice(0, 10);
  let text: string;
  if (rule.frequency === 'weekly') {
    text = rule.interval <= 2 ? l.t(`event.recurs.weekly${rule.interval}`) : l.t('event.recurs.weeklyN', { n: rule.interval });
  } else {
    const ordinal = l.t(`event.ordinal.${Math.floor((Number(first.slice(8)) - 1) / 7) + 1}`);
    const weekday = WEEKDAY[l.locale].format(utcMidnight(first));
    text = rule.interval === 1
      ? l.t('event.recurs.monthly1', { ordinal, weekday })
      : l.t('event.recurs.monthlyN', { ordinal, weekday, n: rule.interval });
  }
  return rule.until ? `${text} ${l.t('event.recurs.until', { date: LONG_DATE[l.locale].format(utcMidnight(rule.until)) })}` : text;
}

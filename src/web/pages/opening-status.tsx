// A branch's opening status as one line: "Öppet nu, stänger 19:00" / "Stängt, öppnar i morgon 10:00", both languages.
import { daySchedule } from '../../core/opening-hours/day-schedule.ts';
import type { OpeningHours } from '../../core/opening-hours/opening-hours.types.ts';
import { openingStatus } from '../../core/opening-hours/opening-status.ts';
import { daysBetween, stockholmWallTime, weekdayOf } from '../../core/opening-hours/stockholm-time.ts';
import type { Localizer } from '../i18n/i18n.ts';

/** Within this many days a moment is named by its weekday ("måndag 10:00"); further ahead, by its date. */
const WEEKDAY_NAMES_WITHIN_DAYS = 6;

export interface OpeningDescription {
  readonly open: boolean;
  readonly text: string;
}

export function describeOpening(l: Localizer, hours: OpeningHours, now: Date): OpeningDescription {
  const status = openingStatus(hours, now);
  const today = stockholmWallTime(now).date;
  const when = (iso: string, sameDay: 'time' | 'today') => momentText(l, today, iso, sameDay);
  if (status.open) {
    const parts = [l.t(status.staffed ? 'opening.open' : 'opening.openSelfService')];
    if (status.changesAt) parts.push(l.t(status.staffed ? 'opening.staffUntil' : 'opening.staffFrom', { when: when(status.changesAt.at, 'time') }));
    if (status.closesAt) parts.push(l.t('opening.closes', { when: when(status.closesAt, 'time') }));
    return { open: true, text: parts.join(', ') };
  }
  const holiday = closedForHoliday(l, hours, today);
  const parts = [holiday ? l.t('opening.closedToday', { reason: holiday }) : l.t('opening.closed')];
  if (status.nextOpen) {
    parts.push(l.t(status.nextOpen.staffed ? 'opening.opens' : 'opening.opensSelfService', { when: when(status.nextOpen.at, 'today') }));
  }
  return { open: false, text: parts.join(', ') };
}

export function OpeningStatusLine({ l, hours, now }: { readonly l: Localizer; readonly hours: OpeningHours; readonly now: Date }) {
  const { open, text } = describeOpening(l, hours, now);
  return <span class={`opening-status opening-status--${open ? 'open' : 'closed'}`}>{text}</span>;
}

/** The name of the holiday that closes the branch all of today; null otherwise. */
function closedForHoliday(l: Localizer, hours: OpeningHours, today: string): string | null {
  const day = daySchedule(hours, today);
  return day.source === 'holiday' && day.hours.length === 0 && day.holiday ? day.holiday.name[l.locale] : null;
}

/**
 * "19:00" or "i dag 19:00" (today), "i morgon 10:00", "måndag 10:00" within a week, "3 aug. 2026 10:00" beyond.
 * The ISO moment carries Stockholm's wall-clock date and time, so they are read straight from it.
 */
function momentText(l: Localizer, today: string, iso: string, sameDay: 'time' | 'today'): string {
  const date = iso.slice(0, 10);
  const time = iso.slice(11, 16);
  const days = daysBetween(today, date);
  if (days === 0) return sameDay === 'time' ? time : l.t('opening.today', { time });
  if (days === 1) return l.t('opening.tomorrow', { time });
  if (days <= WEEKDAY_NAMES_WITHIN_DAYS) return l.t('opening.onWeekday', { weekday: l.t(`weekday.${weekdayOf(date)}`), time });
  return l.t('opening.onDate', { date: l.date(date), time });
}

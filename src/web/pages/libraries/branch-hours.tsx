// A branch's opening hours on its page: this week and next as tables (staffed and self-service in their own
// columns), and the days in the coming month that differ from the usual week — holidays and exceptions.
import { daySchedule, weekSchedule, type DaySchedule } from '../../../core/opening-hours/day-schedule.ts';
import { WEEKDAYS, type OpeningHours, type OpeningInterval } from '../../../core/opening-hours/opening-hours.types.ts';
import { addDays, weekdayOf } from '../../../core/opening-hours/stockholm-time.ts';
import type { Localizer } from '../../i18n/i18n.ts';
import { isoWeek } from './bus-stops.ts';
import { intervalsText, LocalizedSpan, shortDate, weekdayName } from './library-text.tsx';

/** How far ahead holidays and exceptions are listed. */
export const CHANGES_AHEAD_DAYS = 30;

export function mondayOf(date: string): string {
  return addDays(date, -WEEKDAYS.indexOf(weekdayOf(date)));
}

const staffedOf = (day: DaySchedule) => day.hours.filter((i) => i.service === 'staffed');
const selfServiceOf = (day: DaySchedule) => day.hours.filter((i) => i.service === 'self-service');

/** This week and the next, each a table; the self-service column only when the branch has self-service hours then. */
export function OpeningWeeks({ l, hours, today }: { readonly l: Localizer; readonly hours: OpeningHours; readonly today: string }) {
  const monday = mondayOf(today);
  const weeks = [monday, addDays(monday, 7)].map((start) => weekSchedule(hours, start));
  const selfService = weeks.flat().some((day) => selfServiceOf(day).length > 0);
  return (
    <div class="opening-weeks">
      {weeks.map((days, index) => (
        <WeekTable l={l} days={days} today={today} selfService={selfService}
          caption={l.t(index === 0 ? 'libraries.hours.thisWeek' : 'libraries.hours.nextWeek', { week: isoWeek(days[0]!.date) })} />
      ))}
    </div>
  );
}

function WeekTable({ l, days, today, caption, selfService }: {
  readonly l: Localizer; readonly days: readonly DaySchedule[]; readonly today: string; readonly caption: string; readonly selfService: boolean;
}) {
  const scheduleNames = [...new Map(days.flatMap((d) => (d.schedule ? [[d.schedule.sv, d.schedule] as const] : []))).values()];
  const notes = days.some((d) => d.source !== 'week');
  return (
    <table class="hours-table">
      <caption>
        {caption}
        {scheduleNames.map((name) => <span class="hours-table__schedule"> · <LocalizedSpan text={name} locale={l.locale} /></span>)}
      </caption>
      <thead>
        <tr>
          <th scope="col">{l.t('libraries.hours.day')}</th>
          <th scope="col">{l.t('libraries.hours.staffed')}</th>
          {selfService && <th scope="col">{l.t('libraries.hours.selfService')}</th>}
          {notes && <th scope="col">{l.t('libraries.hours.note')}</th>}
        </tr>
      </thead>
      <tbody>
        {days.map((day) => {
          const isToday = day.date === today;
          const closed = day.hours.length === 0;
          return (
            <tr class={isToday ? 'hours-table__today' : undefined} aria-current={isToday ? 'date' : undefined}>
              <th scope="row">
                {weekdayName(l, day.weekday)} <span class="hours-table__date">{shortDate(l.locale, day.date)}</span>
                {isToday && <span class="hours-table__today-label"> ({l.t('libraries.hours.today')})</span>}
              </th>
              {closed
                ? <td colSpan={selfService ? 2 : 1} class="hours-table__closed">{l.t('libraries.hours.closed')}</td>
                : <>
                    <td>{intervalsText(staffedOf(day)) || '–'}</td>
                    {selfService && <td>{intervalsText(selfServiceOf(day)) || '–'}</td>}
                  </>}
              {notes && <td>{day.source !== 'week' && <DayNote l={l} day={day} />}</td>}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Why a day differs from the usual week: the exception's note, else the holiday's name. */
function DayNote({ l, day }: { readonly l: Localizer; readonly day: DaySchedule }) {
  if (day.source === 'exception' && day.note) return <LocalizedSpan text={day.note} locale={l.locale} />;
  if (day.holiday) return <>{day.holiday.name[l.locale]}</>;
  return <>{l.t('libraries.hours.changed')}</>;
}

/** "stängt", "10:00–15:00", "endast meröppet 08:00–21:00", "10:00–15:00, meröppet 08:00–15:00". */
export function dayHoursText(l: Localizer, hours: readonly OpeningInterval[]): string {
  if (hours.length === 0) return l.t('libraries.hours.closedLower');
  const staffed = intervalsText(hours.filter((i) => i.service === 'staffed'));
  const self = intervalsText(hours.filter((i) => i.service === 'self-service'));
  if (!staffed) return l.t('libraries.hours.selfServiceOnly', { hours: self });
  return self ? l.t('libraries.hours.staffedAndSelfService', { staffed, self }) : staffed;
}

interface Change {
  readonly first: DaySchedule;
  readonly last: DaySchedule;
}

/** Days in the coming month that differ from the usual week; a run of days under one exception is one change. */
export function upcomingChanges(hours: OpeningHours, today: string, days = CHANGES_AHEAD_DAYS): Change[] {
  const changes: Change[] = [];
  for (let i = 0; i <= days; i++) {
    const day = daySchedule(hours, addDays(today, i));
    if (day.source === 'week') continue;
    const previous = changes.at(-1);
    const sameRun = previous && previous.last.date === addDays(day.date, -1) && day.source === 'exception' && previous.last.source === 'exception'
      && !day.holiday && !previous.last.holiday && JSON.stringify([day.hours, day.note]) === JSON.stringify([previous.last.hours, previous.last.note]);
    if (sameRun) changes[changes.length - 1] = { first: previous.first, last: day };
    else changes.push({ first: day, last: day });
  }
  return changes;
}

export function UpcomingChanges({ l, hours, today }: { readonly l: Localizer; readonly hours: OpeningHours; readonly today: string }) {
  const changes = upcomingChanges(hours, today);
  if (changes.length === 0) return <p>{l.t('libraries.hours.noChanges', { days: CHANGES_AHEAD_DAYS })}</p>;
  return (
    <ul class="hours-changes">
      {changes.map(({ first, last }) => (
        <li>
          <strong>{changeLabel(l, first, last)}</strong>: {dayHoursText(l, first.hours)}
          {first.source === 'exception' && first.note && <> (<LocalizedSpan text={first.note} locale={l.locale} />)</>}
        </li>
      ))}
    </ul>
  );
}

/** "Julafton, torsdag 24 dec." for a holiday; "onsdag 23 dec." or "22 jun.–9 aug." for exceptions. */
function changeLabel(l: Localizer, first: DaySchedule, last: DaySchedule): string {
  const date = shortDate(l.locale, first.date);
  if (first.date !== last.date) return `${date}–${shortDate(l.locale, last.date)}`;
  return first.holiday ? `${first.holiday.name[l.locale]}, ${l.t(`weekday.${first.weekday}`)} ${date}` : `${weekdayName(l, first.weekday)} ${date}`;
}

// A library bus's page section: where it stands next, and its whole timetable as a table (weekday, time, stop,
// which weeks).
import type { BusStop } from '../../../core/content.ts';
import { stockholmWallTime } from '../../../core/opening-hours/stockholm-time.ts';
import type { Localizer } from '../../i18n/i18n.ts';
import { isoWeek, nextVisits, timetable } from './bus-stops.ts';
import { dayAndTime, weekdayName } from './library-text.tsx';

/** How many coming stops are listed above the timetable. */
const NEXT_VISITS = 5;

export function BusTimetable({ l, stops, now, demo }: { readonly l: Localizer; readonly stops: readonly BusStop[]; readonly now: Date; readonly demo: boolean }) {
  const today = stockholmWallTime(now).date;
  const visits = nextVisits(stops, now, NEXT_VISITS);
  const rows = timetable(stops);
  const caption = l.t('libraries.bus.tableCaption', { week: isoWeek(today) });
  return (
    <section class="lib-panel bus" aria-labelledby="bus-h">
      <h2 id="bus-h">{l.t('libraries.bus.heading')}</h2>
      {demo && <p class="lib-demo">{l.t('libraries.bus.demo')}</p>}
      {rows.length === 0 ? <p>{l.t('libraries.bus.noTimetable')}</p> : (
        <>
          <h3>{l.t('libraries.bus.nextHeading')}</h3>
          {visits.length === 0 ? <p>{l.t('libraries.bus.noVisits')}</p> : (
            <ol class="bus__next">
              {visits.map(({ date, stop, now: standing }) => (
                <li class={standing ? 'bus__visit bus__visit--now' : 'bus__visit'}>
                  <span class="bus__when">
                    {standing ? l.t('libraries.bus.hereNow', { to: stop.to }) : dayAndTime(l, today, date, `${stop.from}–${stop.to}`)}
                  </span>{' '}
                  <span class="bus__stop">{stop.place ? `${stop.name}, ${stop.place}` : stop.name}</span>
                </li>
              ))}
            </ol>
          )}
          {/* Focusable, so a keyboard can scroll the table when a narrow screen cuts it. */}
          <div class="lib-scroll" tabindex={0} role="region" aria-label={caption}>
            <table class="bus-table">
              <caption>{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{l.t('libraries.bus.weekday')}</th>
                  <th scope="col">{l.t('libraries.bus.time')}</th>
                  <th scope="col">{l.t('libraries.bus.stop')}</th>
                  <th scope="col">{l.t('libraries.bus.weeks')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((stop) => (
                  <tr>
                    <td>{weekdayName(l, stop.weekday)}</td>
                    <td class="bus-table__time">{`${stop.from}–${stop.to}`}</td>
                    <th scope="row">{stop.name}{stop.place && <span class="bus-table__place">{stop.place}</span>}</th>
                    <td>{l.t(`libraries.bus.weeksOf.${stop.weeks}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

// A branch's state right now in one line, staffed and self-service told apart by word, mark and colour:
// "Öppet nu, stänger 19:00", "Meröppet nu (utan personal) …", "Stängt, öppnar i morgon 10:00". A library bus says
// where it stands next instead.
import type { BranchView } from '../../../services/content/content-reader.ts';
import { openingStatus } from '../../../core/opening-hours/opening-status.ts';
import { stockholmWallTime } from '../../../core/opening-hours/stockholm-time.ts';
import type { Localizer } from '../../i18n/i18n.ts';
import { describeOpening } from '../opening-status.tsx';
import { nextVisits } from './bus-stops.ts';
import { dayAndTime } from './library-text.tsx';

export type BranchState = 'staffed' | 'self-service' | 'closed';

/** Whether the branch is open now and how: the class of the status mark. */
export function branchState(view: BranchView, now: Date): BranchState | null {
  const hours = view.branch.openingHours;
  if (!hours) return null;
  const status = openingStatus(hours, now);
  return !status.open ? 'closed' : status.staffed ? 'staffed' : 'self-service';
}

export function BranchStatus({ l, view, now }: { readonly l: Localizer; readonly view: BranchView; readonly now: Date }) {
  const hours = view.branch.openingHours;
  if (hours) {
    const state = branchState(view, now)!;
    return <span class={`branch-state branch-state--${state}`}>{describeOpening(l, hours, now).text}</span>;
  }
  if (view.branch.kind === 'bus') return <BusNextStop l={l} view={view} now={now} />;
  return <span class="branch-state branch-state--unknown">{l.t('libraries.hoursUnknown')}</span>;
}

function BusNextStop({ l, view, now }: { readonly l: Localizer; readonly view: BranchView; readonly now: Date }) {
  const [visit] = nextVisits(view.profile?.busStops ?? [], now, 1);
  if (!visit) return <span class="branch-state branch-state--unknown">{l.t('libraries.bus.noTimetable')}</span>;
  const { stop } = visit;
  if (visit.now) return <span class="branch-state branch-state--staffed">{l.t('libraries.bus.standingNow', { stop: stop.name, to: stop.to })}</span>;
  const when = dayAndTime(l, stockholmWallTime(now).date, visit.date, `${stop.from}–${stop.to}`);
  return <span class="branch-state branch-state--bus">{l.t('libraries.bus.nextStop', { stop: stop.name, when })}</span>;
}

/** The branch offers self-service (meröppet) hours at some time of its week, or says so among its services. */
export function hasSelfService(view: BranchView): boolean {
  const hours = view.branch.openingHours;
  const inSchedules = hours?.schedules.some((s) => Object.values(s.days).some((day) => day?.some((i) => i.service === 'self-service'))) ?? false;
  return inSchedules || (view.profile?.services.includes('meroppet') ?? false);
}

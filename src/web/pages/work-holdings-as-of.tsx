// The line under a library's copies saying how current their statuses are: live from the library's system, or the
// harvested status with its age when the system did not answer — in Swedish time, "kl. 07:12" when it is today's.
import { clockText, stockholmWallTime } from '../../core/opening-hours/stockholm-time.ts';
import type { SourceAvailability } from '../../services/availability-reader.ts';
import type { PageContext } from './page-context.ts';
import type { WorkHolding } from './work-holdings.tsx';

export interface AsOfNoteProps {
  readonly ctx: PageContext;
  readonly copies: readonly WorkHolding[];
  /** How the library's system answered; absent when nobody asked it. */
  readonly source?: SourceAvailability;
  /** When the statuses were asked for: what "today" means. */
  readonly checkedAt?: string;
}

export function AsOfNote({ ctx, copies, source, checkedAt }: AsOfNoteProps) {
  const { l } = ctx;
  const asOf = copies.map((h) => h.asOf).sort().at(-1);
  if (!asOf) return null;
  const when = Date.parse(asOf);
  const checked = checkedAt === undefined ? Number.NaN : Date.parse(checkedAt);
  const wall = Number.isNaN(when) || Number.isNaN(checked) ? null : stockholmWallTime(when);
  // "07:12" (24-hour in both languages) when the status is from the same Stockholm day as the page; else date and time.
  const time = wall !== null && wall.date === stockholmWallTime(checked).date ? clockText(wall.minute) : null;
  const stale = source !== undefined && !source.live && source.reason !== 'no-live-source';
  let text: string;
  if (stale) text = time ? l.t('holdings.staleToday', { time }) : l.t('holdings.staleEarlier', { date: l.dateTime(asOf) });
  else if (source?.live && time) text = l.t('holdings.liveAsOf', { time });
  else text = l.t('holdings.asOf', { date: l.dateTime(asOf) });
  return <p class={stale ? 'holdings__as-of holdings__as-of--stale' : 'holdings__as-of'}>{text}</p>;
}

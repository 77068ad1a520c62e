// Opening hours as plain form fields and back: a fixed number of rows for weekly schedules (each weekday with up to
// INTERVALS_PER_DAY intervals), exceptions and notes; empty rows are left out. Field names follow the service's
// input paths ("openingHours.schedules.0.days.mon.1.from"), the PathMap turns its issues back onto the right rows.
import {
  WEEKDAYS, type LocalizedText, type OpeningHours, type OpeningInterval,
} from '../../../core/opening-hours/opening-hours.types.ts';
import type { Localizer } from '../../i18n/i18n.ts';
import { localized, localizedValues, text, type FieldErrors, type FormValues } from '../content/form-values.ts';
import type { PathMap } from './path-map.ts';

export const INTERVALS_PER_DAY = 3;
export const EXCEPTION_INTERVALS = 2;
const H = 'openingHours';

/** How many rows of each repeatable group the form shows. */
export interface HoursRows {
  readonly schedules: number;
  readonly exceptions: number;
  readonly notes: number;
}

/** Rows for what is stored plus a few empty ones to fill in; "Lägg till rader" adds `ROWS_ADDED` more of each. */
export function rowsFor(hours: OpeningHours | null): HoursRows {
  return {
    schedules: Math.max(1, hours?.schedules.length ?? 0) + 1,
    exceptions: (hours?.exceptions?.length ?? 0) + 3,
    notes: (hours?.notes?.length ?? 0) + 1,
  };
}

export const ROWS_ADDED = { schedules: 1, exceptions: 3, notes: 1 } as const;

export function valuesOfHours(hours: OpeningHours | null): Record<string, string> {
  const values: Record<string, string> = { [`${H}.onHolidays`]: hours?.onHolidays ?? 'closed', [`${H}.demo`]: hours?.demo ? '1' : '' };
  hours?.schedules.forEach((schedule, r) => {
    const at = `${H}.schedules.${r}`;
    Object.assign(values, localizedValues(`${at}.name`, schedule.name), { [`${at}.from`]: schedule.from ?? '', [`${at}.to`]: schedule.to ?? '' });
    for (const day of WEEKDAYS) (schedule.days[day] ?? []).forEach((interval, k) => Object.assign(values, intervalValues(`${at}.days.${day}.${k}`, interval)));
  });
  hours?.exceptions?.forEach((exception, r) => {
    const at = `${H}.exceptions.${r}`;
    Object.assign(values, { [`${at}.date`]: exception.date, [`${at}.to`]: exception.to ?? '', [`${at}.closed`]: exception.hours.length === 0 ? '1' : '' });
    Object.assign(values, localizedValues(`${at}.note`, exception.note));
    exception.hours.forEach((interval, k) => Object.assign(values, intervalValues(`${at}.hours.${k}`, interval)));
  });
  hours?.notes?.forEach((note, r) => Object.assign(values, localizedValues(`${H}.notes.${r}`, note)));
  return values;
}

function intervalValues(at: string, interval: OpeningInterval): Record<string, string> {
  return { [`${at}.from`]: interval.from, [`${at}.to`]: interval.to, [`${at}.service`]: interval.service };
}

/**
 * The service's input for the hours, or null when no schedule, exception or note is filled in (the configured hours
 * apply). Problems the form itself sees (an exception neither closed nor with hours) come back as field errors.
 */
export function hoursOfValues(l: Localizer, values: FormValues, rows: HoursRows, map: PathMap): { hours: Record<string, unknown> | null; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const schedules: Record<string, unknown>[] = [];
  for (let r = 0; r < rows.schedules; r++) {
    const at = `${H}.schedules.${r}`;
    const sent = `${H}.schedules.${schedules.length}`;
    const days: Record<string, unknown[]> = {};
    for (const day of WEEKDAYS) {
      const intervals = intervalsOf(values, `${at}.days.${day}`, INTERVALS_PER_DAY, `${sent}.days.${day}`, map);
      if (intervals.length > 0) days[day] = intervals;
    }
    const name = localized(values, `${at}.name`);
    const [from, to] = [text(values, `${at}.from`), text(values, `${at}.to`)];
    if (!name && !from && !to && Object.keys(days).length === 0) continue;
    map.add(sent, at);
    schedules.push({ ...(name ? { name } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}), days });
  }
  const exceptions: Record<string, unknown>[] = [];
  for (let r = 0; r < rows.exceptions; r++) {
    const at = `${H}.exceptions.${r}`;
    const sent = `${H}.exceptions.${exceptions.length}`;
    const hours = intervalsOf(values, `${at}.hours`, EXCEPTION_INTERVALS, `${sent}.hours`, map);
    const closed = text(values, `${at}.closed`) === '1';
    const note = localized(values, `${at}.note`);
    const [date, to] = [text(values, `${at}.date`), text(values, `${at}.to`)];
    if (!date && !to && !note && !closed && hours.length === 0) continue;
    if (closed === (hours.length > 0)) errors[`${at}.closed`] = l.t(closed ? 'staffEditors.hours.closedAndHours' : 'staffEditors.hours.closedOrHours');
    map.add(sent, at);
    exceptions.push({ date, ...(to ? { to } : {}), hours: closed ? [] : hours, ...(note ? { note } : {}) });
  }
  const notes: LocalizedText[] = [];
  for (let r = 0; r < rows.notes; r++) {
    const note = localized(values, `${H}.notes.${r}`);
    if (!note) continue;
    map.add(`${H}.notes.${notes.length}`, `${H}.notes.${r}`);
    notes.push(note);
  }
  if (schedules.length === 0 && exceptions.length === 0 && notes.length === 0) return { hours: null, errors };
  const hours = { demo: text(values, `${H}.demo`) === '1', onHolidays: text(values, `${H}.onHolidays`) || 'closed', schedules, exceptions, notes };
  return { hours, errors };
}

function intervalsOf(values: FormValues, at: string, count: number, sent: string, map: PathMap): OpeningInterval[] {
  const intervals: OpeningInterval[] = [];
  for (let k = 0; k < count; k++) {
    const [from, to] = [text(values, `${at}.${k}.from`), text(values, `${at}.${k}.to`)];
    if (!from && !to) continue;
    map.add(`${sent}.${intervals.length}`, `${at}.${k}`);
    intervals.push({ from, to, service: text(values, `${at}.${k}.service`) === 'self-service' ? 'self-service' : 'staffed' });
  }
  return intervals;
}

/** The form's hours as the engine reads them, for the preview: the engine shows what it cannot read as closed. */
export function previewHours(hours: Record<string, unknown> | null, fallback: OpeningHours | null): OpeningHours | null {
  return hours === null ? fallback : (hours as unknown as OpeningHours);
}

/** The hours fields in the order the form shows them (issues land on the nearest; the summary keeps this order). */
export function hoursFieldNames(rows: HoursRows): string[] {
  const names = [`${H}.onHolidays`];
  const interval = (at: string) => [`${at}.from`, `${at}.to`, `${at}.service`];
  for (let r = 0; r < rows.schedules; r++) {
    const at = `${H}.schedules.${r}`;
    names.push(`${at}.name.sv`, `${at}.name.en`, `${at}.from`, `${at}.to`);
    for (const day of WEEKDAYS) for (let k = 0; k < INTERVALS_PER_DAY; k++) names.push(...interval(`${at}.days.${day}.${k}`));
  }
  for (let r = 0; r < rows.exceptions; r++) {
    const at = `${H}.exceptions.${r}`;
    names.push(`${at}.date`, `${at}.to`, `${at}.closed`);
    for (let k = 0; k < EXCEPTION_INTERVALS; k++) names.push(...interval(`${at}.hours.${k}`));
    names.push(`${at}.note.sv`, `${at}.note.en`);
  }
  for (let r = 0; r < rows.notes; r++) names.push(`${H}.notes.${r}.sv`, `${H}.notes.${r}.en`);
  return names;
}

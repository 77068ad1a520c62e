// Library and branch profiles as form values and back. A branch's opening hours and bus stops are repeatable rows
// (opening-hours-values.ts); the row counts travel in hidden fields so "Lägg till rader" can add more without script.
import type { BranchProfile, BusStop, LibraryProfile } from '../../../core/content.ts';
import type { OpeningHours } from '../../../core/opening-hours/opening-hours.types.ts';
import type { Localizer } from '../../i18n/i18n.ts';
import { list, localized, localizedValues, optional, text, type FieldErrors, type FormValues } from '../content/form-values.ts';
import { hoursFieldNames, hoursOfValues, ROWS_ADDED, rowsFor, valuesOfHours, type HoursRows } from './opening-hours-values.ts';
import type { PathMap } from './path-map.ts';

export function valuesOfLibrary(profile: LibraryProfile | null): FormValues {
  return {
    version: String(profile?.version ?? 0), ...localizedValues('description', profile?.description),
    website: profile?.website ?? '', phone: profile?.phone ?? '', email: profile?.email ?? '', accent: profile?.accent ?? '',
  };
}

export function inputOfLibrary(values: FormValues): Record<string, unknown> {
  return {
    description: localized(values, 'description'), website: optional(values, 'website'), phone: optional(values, 'phone'),
    email: optional(values, 'email'), accent: optional(values, 'accent'),
  };
}

export const LIBRARY_FIELDS = ['description.sv', 'description.en', 'website', 'phone', 'email', 'accent'] as const;

/** How many rows of each repeatable group a branch form shows. */
export interface BranchRows extends HoursRows {
  readonly busStops: number;
}

/** A library bus gets this many empty stop rows to fill in. */
const EMPTY_BUS_STOP_ROWS = 8;
const MAX_ROWS = 400;

export function rowsOfProfile(profile: BranchProfile | null, hours: OpeningHours | null, isBus: boolean): BranchRows {
  const stops = profile?.busStops.length ?? 0;
  return { ...rowsFor(hours), busStops: isBus || stops > 0 ? stops + EMPTY_BUS_STOP_ROWS : 0 };
}

/** The row counts a posted form had (bounded), with more of each when "add rows" was pressed. */
export function rowsOfValues(values: FormValues, more: boolean, isBus: boolean): BranchRows {
  const count = (name: keyof BranchRows, least: number) => {
    const n = Number(text(values, `rows.${name}`));
    return Math.min(MAX_ROWS, Math.max(least, Number.isInteger(n) ? n : least));
  };
  const rows = { schedules: count('schedules', 1), exceptions: count('exceptions', 0), notes: count('notes', 0), busStops: count('busStops', 0) };
  if (!more) return rows;
  return {
    schedules: rows.schedules + ROWS_ADDED.schedules, exceptions: rows.exceptions + ROWS_ADDED.exceptions, notes: rows.notes + ROWS_ADDED.notes,
    busStops: rows.busStops + (isBus || rows.busStops > 0 ? EMPTY_BUS_STOP_ROWS : 0),
  };
}

/** `hours`: the profile's, or the configured ones when the profile has none (staff start from what is shown). */
export function valuesOfBranch(profile: BranchProfile | null, hours: OpeningHours | null): FormValues {
  const values: Record<string, string | string[]> = {
    version: String(profile?.version ?? 0), name: profile?.name ?? '', ...localizedValues('description', profile?.description),
    'address.street': profile?.address?.street ?? '', 'address.postalCode': profile?.address?.postalCode ?? '',
    'address.city': profile?.address?.city ?? '', 'geo.lat': profile?.geo ? String(profile.geo.lat) : '',
    'geo.lon': profile?.geo ? String(profile.geo.lon) : '', phone: profile?.phone ?? '', email: profile?.email ?? '',
    ...localizedValues('accessibility', profile?.accessibility), services: [...(profile?.services ?? [])],
    ...localizedValues('selfServiceInfo', profile?.selfServiceInfo), ...valuesOfHours(hours),
  };
  profile?.busStops.forEach((stop, r) => Object.assign(values, busStopValues(r, stop)));
  return values;
}

function busStopValues(r: number, stop: BusStop): Record<string, string> {
  const at = `busStops.${r}`;
  return {
    [`${at}.name`]: stop.name, [`${at}.place`]: stop.place ?? '', [`${at}.weekday`]: stop.weekday, [`${at}.from`]: stop.from,
    [`${at}.to`]: stop.to, [`${at}.weeks`]: stop.weeks,
  };
}

export function inputOfBranch(l: Localizer, values: FormValues, rows: BranchRows, map: PathMap): { input: Record<string, unknown>; errors: FieldErrors } {
  const { hours, errors } = hoursOfValues(l, values, rows, map);
  const busStops: Record<string, unknown>[] = [];
  for (let r = 0; r < rows.busStops; r++) {
    const at = `busStops.${r}`;
    const [name, place, from, to] = ['name', 'place', 'from', 'to'].map((field) => text(values, `${at}.${field}`));
    if (!name && !place && !from && !to) continue;
    map.add(`busStops.${busStops.length}`, at);
    busStops.push({ name, place: place || null, weekday: text(values, `${at}.weekday`), from, to, weeks: text(values, `${at}.weeks`) || 'every' });
  }
  const input = {
    description: localized(values, 'description'),
    address: { street: text(values, 'address.street'), postalCode: text(values, 'address.postalCode'), city: text(values, 'address.city') },
    geo: { lat: text(values, 'geo.lat').replace(',', '.'), lon: text(values, 'geo.lon').replace(',', '.') },
    phone: optional(values, 'phone'), email: optional(values, 'email'), accessibility: localized(values, 'accessibility'),
    services: list(values, 'services'), openingHours: hours, selfServiceInfo: localized(values, 'selfServiceInfo'), busStops,
  };
  return { input, errors };
}

/** The branch form's fields in order: profile, hours, bus stops. */
export function branchFieldNames(rows: BranchRows): string[] {
  const stops: string[] = [];
  for (let r = 0; r < rows.busStops; r++) stops.push(...['name', 'place', 'weekday', 'weeks', 'from', 'to'].map((f) => `busStops.${r}.${f}`));
  return [
    'description.sv', 'description.en', 'address.street', 'address.postalCode', 'address.city', 'geo.lat', 'geo.lon', 'phone', 'email',
    'accessibility.sv', 'accessibility.en', 'services', 'selfServiceInfo.sv', 'selfServiceInfo.en', ...hoursFieldNames(rows), ...stops,
  ];
}

// schema.org `Library` descriptions of member libraries and branches for search engines and maps, as JSON-LD in <head>.
// Only known facts go in; an unknown field is left out, never filled. Opening hours are the staffed hours: self-service
// (meröppet) needs a library card and PIN, so a visitor reading "open" in a search result would find the door locked.
import { daySchedule } from '../../../core/opening-hours/day-schedule.ts';
import { WEEKDAYS, type OpeningHours, type OpeningInterval, type Weekday, type WeeklySchedule } from '../../../core/opening-hours/opening-hours.types.ts';
import { addDays } from '../../../core/opening-hours/stockholm-time.ts';
import type { BranchView, LibraryView } from '../../../services/content/content-reader.ts';

type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json | undefined };
type JsonObject = { readonly [key: string]: Json | undefined };

/** Holidays this far ahead are listed as special hours (exceptions are listed until they end). */
const HOLIDAYS_AHEAD_DAYS = 60;

const DAY_NAMES: Record<Weekday, string> = {
  mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday',
};
const dayOfWeek = (day: Weekday) => `https://schema.org/${DAY_NAMES[day]}`;
/** schema.org writes a closing at midnight as the last minute of the day. */
const clock = (time: string) => (time === '24:00' ? '23:59' : time);
/** A closed day or period: opens and closes at midnight. */
const CLOSED = { opens: '00:00', closes: '00:00' } as const;

export interface BranchJsonLdInput {
  readonly view: BranchView;
  readonly library: LibraryView;
  /** Absolute addresses of the branch's and its library's pages. */
  readonly url: string;
  readonly libraryUrl: string;
  readonly today: string;
}

export function branchJsonLd({ view, library, url, libraryUrl, today }: BranchJsonLdInput): JsonObject {
  const { profile, branch } = view;
  const parent: JsonObject = { '@type': 'Library', '@id': libraryUrl, name: library.library.name, url: libraryUrl };
  const hours = branch.openingHours;
  return {
    '@context': 'https://schema.org',
    '@type': 'Library',
    '@id': url,
    name: branch.name,
    url,
    address: profile?.address
      ? { '@type': 'PostalAddress', streetAddress: profile.address.street, postalCode: profile.address.postalCode, addressLocality: profile.address.city, addressCountry: 'SE' }
      : undefined,
    geo: profile?.geo ? { '@type': 'GeoCoordinates', latitude: profile.geo.lat, longitude: profile.geo.lon } : undefined,
    telephone: profile?.phone ?? library.profile?.phone ?? undefined,
    email: profile?.email ?? library.profile?.email ?? undefined,
    openingHoursSpecification: hours ? weeklySpecifications(hours, today) : undefined,
    specialOpeningHoursSpecification: hours ? specialSpecifications(hours, today) : undefined,
    branchOf: parent,
    parentOrganization: parent,
  };
}

export function libraryJsonLd({ view, url, branchUrl }: { readonly view: LibraryView; readonly url: string; readonly branchUrl: (id: string) => string }): JsonObject {
  return {
    '@context': 'https://schema.org',
    '@type': 'Library',
    '@id': url,
    name: view.library.name,
    url,
    sameAs: view.profile?.website ?? undefined,
    telephone: view.profile?.phone ?? undefined,
    email: view.profile?.email ?? undefined,
    department: view.branches.map((b) => ({ '@type': 'Library', '@id': branchUrl(b.branch.id), name: b.branch.name, url: branchUrl(b.branch.id) })),
  };
}

/** Each weekly schedule's staffed hours, days with the same hours together; a dated schedule's closed days too. */
function weeklySpecifications(hours: OpeningHours, today: string): JsonObject[] {
  return hours.schedules.flatMap((schedule) => {
    const validity = validityOf(schedule, today);
    if (validity === null) return [];
    const byHours = new Map<string, { opens: string; closes: string; days: Weekday[] }>();
    for (const day of WEEKDAYS) {
      const staffed = (schedule.days[day] ?? []).filter((i) => i.service === 'staffed');
      // A dated schedule replaces the usual one: its closed days must be said, or the usual hours would seem to hold.
      const intervals: readonly Pick<OpeningInterval, 'from' | 'to'>[] = staffed.length === 0 && validity.dated ? [{ from: '00:00', to: '00:00' }] : staffed;
      for (const interval of intervals) {
        const key = `${interval.from}-${interval.to}`;
        if (!byHours.has(key)) byHours.set(key, { opens: clock(interval.from), closes: clock(interval.to), days: [] });
        byHours.get(key)!.days.push(day);
      }
    }
    return [...byHours.values()].map(({ opens, closes, days }) => ({
      '@type': 'OpeningHoursSpecification', dayOfWeek: days.map(dayOfWeek), opens, closes,
      validFrom: validity.from, validThrough: validity.through,
    }));
  });
}

/**
 * The dates a schedule holds, as schema.org wants them: ISO dates as written; a yearly period ("06-22".."08-16") as its
 * current or next occurrence. Null for a period that is over.
 */
function validityOf(schedule: WeeklySchedule, today: string): { from?: string; through?: string; dated: boolean } | null {
  const { from, to } = schedule;
  if (from === undefined && to === undefined) return { dated: false };
  const yearly = /^\d{2}-\d{2}$/;
  if (from !== undefined && to !== undefined && yearly.test(from) && yearly.test(to)) {
    const year = Number(today.slice(0, 4));
    for (const start of [year - 1, year, year + 1]) {
      const through = `${from <= to ? start : start + 1}-${to}`;
      if (through >= today) return { from: `${start}-${from}`, through, dated: true };
    }
    return null;
  }
  if (to !== undefined && to < today) return null;
  return { from, through: to, dated: true };
}

/** Exceptions that are not over, and the holidays of the coming weeks that change the staffed hours. */
function specialSpecifications(hours: OpeningHours, today: string): JsonObject[] {
  const exceptions = (hours.exceptions ?? [])
    .filter((e) => (e.to ?? e.date) >= today)
    .flatMap((e) => specialDay(e.date, e.to ?? e.date, e.hours));
  const holidays = Array.from({ length: HOLIDAYS_AHEAD_DAYS }, (_, i) => daySchedule(hours, addDays(today, i)))
    .filter((day) => day.source === 'holiday')
    .flatMap((day) => specialDay(day.date, day.date, day.hours));
  return [...exceptions, ...holidays];
}

function specialDay(from: string, through: string, intervals: readonly OpeningInterval[]): JsonObject[] {
  const staffed = intervals.filter((i) => i.service === 'staffed');
  const times = staffed.length > 0 ? staffed.map((i) => ({ opens: clock(i.from), closes: clock(i.to) })) : [CLOSED];
  return times.map((t) => ({ '@type': 'OpeningHoursSpecification', ...t, validFrom: from, validThrough: through }));
}

/** JSON for a <script> element: `<` is escaped so no text can close the element or open a comment. */
export function jsonLdText(data: JsonObject): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

export function JsonLd({ data }: { readonly data: JsonObject }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(data) }} />;
}

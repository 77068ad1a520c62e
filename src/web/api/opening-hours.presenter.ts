// Presents a branch's opening hours in the JSON API: the status now, the coming seven days, and what is configured.
import { weekSchedule } from '../../core/opening-hours/day-schedule.ts';
import type { LocalizedText, OpeningHours, OpeningInterval } from '../../core/opening-hours/opening-hours.types.ts';
import { openingStatus } from '../../core/opening-hours/opening-status.ts';
import { stockholmWallTime, TIME_ZONE } from '../../core/opening-hours/stockholm-time.ts';
import type { OpeningHoursResponse } from './api-schemas.ts';

export function presentOpeningHours(hours: OpeningHours, now: Date): OpeningHoursResponse {
  const today = stockholmWallTime(now).date;
  return {
    demo: hours.demo ?? false,
    timeZone: TIME_ZONE,
    status: openingStatus(hours, now),
    days: weekSchedule(hours, today).map((day) => ({
      date: day.date, weekday: day.weekday, hours: day.hours.map(interval), source: day.source,
      holiday: day.holiday && { id: day.holiday.id, name: day.holiday.name, kind: day.holiday.kind },
      schedule: text(day.schedule), note: text(day.note),
    })),
    onHolidays: hours.onHolidays ?? 'closed',
    schedules: hours.schedules.map((s) => ({
      name: text(s.name), from: s.from ?? null, to: s.to ?? null,
      days: Object.fromEntries(Object.entries(s.days).map(([day, intervals]) => [day, (intervals ?? []).map(interval)])),
    })),
    exceptions: (hours.exceptions ?? [])
      .filter((e) => (e.to ?? e.date) >= today)
      .map((e) => ({ date: e.date, to: e.to ?? null, hours: e.hours.map(interval), note: text(e.note) })),
    notes: (hours.notes ?? []).map((n) => text(n)!),
  };
}

/** Only the documented keys: the hours may come from anywhere, and the answer shows nothing it does not describe. */
function interval({ from, to, service }: OpeningInterval): OpeningInterval {
  return { from, to, service };
}

function text(value: LocalizedText | null | undefined): { sv: string; en: string | null } | null {
  return value ? { sv: value.sv, en: value.en ?? null } : null;
}

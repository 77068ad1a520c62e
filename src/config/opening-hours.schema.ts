// The `openingHours` of a branch in the configuration file, and its mapping to the core's OpeningHours.
// Intervals are written "10:00-19:00" (staffed) or { from, to, service: self-service } for meröppet hours.
import { z } from 'zod';
import { HOLIDAY_RULES, SERVICE_KINDS, WEEKDAYS, type LocalizedText, type OpeningHours, type OpeningInterval } from '../core/opening-hours/opening-hours.types.ts';
import { isIsoDate, minuteOfClock } from '../core/opening-hours/stockholm-time.ts';

const clock = z.string().refine((t) => minuteOfClock(t) !== null, 'must be a time "HH:MM" from 00:00 to 24:00');
const isoDate = z.string().refine(isIsoDate, 'must be a date YYYY-MM-DD');
const monthDay = z.string().refine((t) => /^\d{2}-\d{2}$/.test(t) && isIsoDate(`2000-${t}`), 'must be "MM-DD"');
const text = z.union([z.string().min(1), z.strictObject({ sv: z.string().min(1), en: z.string().min(1).optional() })]);

const endsAfterStart = (i: { from: string; to: string }) => minuteOfClock(i.to)! > minuteOfClock(i.from)!;
const ENDS_AFTER_START = 'must end after it starts (for hours past midnight, end at 24:00 and go on the next day)';

/** "10:00-19:00" is shorthand for { from: "10:00", to: "19:00" } (staffed); a string that is not that is reported as such. */
const intervalSchema = z.preprocess((value, ctx) => {
  if (typeof value !== 'string') return value;
  const match = /^(\d{2}:\d{2})\s*[-–]\s*(\d{2}:\d{2})$/.exec(value.trim());
  if (!match || minuteOfClock(match[1]!) === null || minuteOfClock(match[2]!) === null) {
    ctx.addIssue({ code: 'custom', message: 'must be "HH:MM-HH:MM", e.g. "10:00-19:00"' });
    return z.NEVER;
  }
  return { from: match[1], to: match[2] };
}, z.strictObject({ from: clock, to: clock, service: z.enum(SERVICE_KINDS).default('staffed') }))
  .refine(endsAfterStart, ENDS_AFTER_START);

const hoursSchema = z.array(intervalSchema);

const scheduleSchema = z.strictObject({
  name: text.optional(),
  /** Both ISO dates (one period) or both "MM-DD" (every year); either may be left out for ISO dates. */
  from: z.union([isoDate, monthDay]).optional(),
  to: z.union([isoDate, monthDay]).optional(),
  days: z.strictObject(Object.fromEntries(WEEKDAYS.map((d) => [d, hoursSchema.optional()])) as Record<(typeof WEEKDAYS)[number], z.ZodOptional<typeof hoursSchema>>),
}).superRefine((schedule, ctx) => {
  const yearly = [schedule.from, schedule.to].map((bound) => bound !== undefined && bound.length === 5);
  if (yearly.some(Boolean) && !(yearly[0] && yearly[1])) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'a yearly period needs both from and to as "MM-DD"' });
  } else if (!yearly[0] && schedule.from !== undefined && schedule.to !== undefined && schedule.to < schedule.from) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
  }
});

const exceptionSchema = z.strictObject({
  date: isoDate,
  to: isoDate.optional(),
  /** An empty list closes the branch. */
  hours: hoursSchema,
  note: text.optional(),
}).refine((e) => e.to === undefined || e.to >= e.date, { path: ['to'], message: 'must not be before date' });

export const openingHoursSchema = z.strictObject({
  /** Made-up hours: the pages and the API label them as demo data. */
  demo: z.boolean().default(false),
  onHolidays: z.enum(HOLIDAY_RULES).default('closed'),
  schedules: z.array(scheduleSchema).min(1, 'at least one weekly schedule'),
  exceptions: z.array(exceptionSchema).default([]),
  notes: z.array(text).default([]),
});

export type OpeningHoursConfig = z.output<typeof openingHoursSchema>;

/** The configured hours as the core's OpeningHours: texts as { sv, en }, every interval with its service. */
export function toOpeningHours(config: OpeningHoursConfig): OpeningHours {
  return {
    demo: config.demo,
    onHolidays: config.onHolidays,
    schedules: config.schedules.map((s) => ({
      ...(s.name === undefined ? {} : { name: localized(s.name) }),
      ...(s.from === undefined ? {} : { from: s.from }),
      ...(s.to === undefined ? {} : { to: s.to }),
      days: Object.fromEntries(Object.entries(s.days).filter(([, hours]) => hours !== undefined)) as Record<string, OpeningInterval[]>,
    })),
    exceptions: config.exceptions.map((e) => ({
      date: e.date, ...(e.to === undefined ? {} : { to: e.to }), hours: e.hours, ...(e.note === undefined ? {} : { note: localized(e.note) }),
    })),
    notes: config.notes.map(localized),
  };
}

/** A plain string is Swedish, the consortium's working language. */
function localized(value: string | LocalizedText): LocalizedText {
  return typeof value === 'string' ? { sv: value } : value;
}

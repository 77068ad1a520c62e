// A branch's opening hours as written in the configuration file and as staff edit them in a profile: one set of rules,
// parsed straight into OpeningHours. Intervals are { from, to, service } or the shorthand "10:00-19:00" (staffed).
// Each failure carries a stable `code` in its params, which the staff forms turn into their own words.
import { z } from 'zod';
import {
  HOLIDAY_RULES, SERVICE_KINDS, WEEKDAYS, type LocalizedText, type OpeningHours, type OpeningInterval, type Weekday,
} from './opening-hours.types.ts';
import { isIsoDate, minuteOfClock } from './stockholm-time.ts';

/** A failure's message with its code: "invalid", "invalid-date" or "ends-before-start". */
function issue(code: 'invalid' | 'invalid-date' | 'ends-before-start', message: string, path?: PropertyKey[]) {
  return { message, params: { code }, ...(path ? { path } : {}) };
}

const clock = z.string().trim().refine((t) => minuteOfClock(t) !== null, issue('invalid', 'must be a time "HH:MM" from 00:00 to 24:00'));
const isoDate = z.string().trim().refine(isIsoDate, issue('invalid-date', 'must be a date YYYY-MM-DD'));
const monthDay = z.string().trim().refine((t) => /^\d{2}-\d{2}$/.test(t) && isIsoDate(`2000-${t}`), issue('invalid-date', 'must be "MM-DD"'));
const NOTE_MAX = 300;
const note = z.union([
  z.string().trim().min(1, 'is required').max(NOTE_MAX, `must be at most ${NOTE_MAX} characters`),
  z.strictObject({ sv: z.string().trim().min(1, 'is required').max(NOTE_MAX), en: z.string().trim().min(1).max(NOTE_MAX).optional() }),
]).transform(localized);

const ENDS_AFTER_START = 'must end after it starts (for hours past midnight, end at 24:00 and go on the next day)';

const intervalSchema = z.preprocess((value, ctx) => {
  if (typeof value !== 'string') return value;
  const match = /^(\d{2}:\d{2})\s*[-–]\s*(\d{2}:\d{2})$/.exec(value.trim());
  if (!match || minuteOfClock(match[1]!) === null || minuteOfClock(match[2]!) === null) {
    ctx.addIssue({ code: 'custom', ...issue('invalid', 'must be "HH:MM-HH:MM", e.g. "10:00-19:00"') });
    return z.NEVER;
  }
  return { from: match[1], to: match[2] };
}, z.strictObject({ from: clock, to: clock, service: z.enum(SERVICE_KINDS).default('staffed') }))
  .refine((i) => minuteOfClock(i.to)! > minuteOfClock(i.from)!, issue('ends-before-start', ENDS_AFTER_START, ['to']));

const hoursSchema = z.array(intervalSchema).max(6, 'at most 6 intervals a day');

const daysSchema = z.strictObject(
  Object.fromEntries(WEEKDAYS.map((d) => [d, hoursSchema.optional()])) as Record<Weekday, z.ZodOptional<typeof hoursSchema>>,
);

const scheduleSchema = z.strictObject({
  name: note.optional(),
  from: z.union([isoDate, monthDay]).optional(),
  to: z.union([isoDate, monthDay]).optional(),
  days: daysSchema,
}).superRefine((schedule, ctx) => {
  const yearly = [schedule.from, schedule.to].map((bound) => bound !== undefined && bound.length === 5);
  if (yearly.some(Boolean) && !(yearly[0] && yearly[1])) {
    ctx.addIssue({ code: 'custom', path: ['to'], ...issue('invalid-date', 'a yearly period needs both from and to as "MM-DD"') });
  } else if (!yearly[0] && schedule.from !== undefined && schedule.to !== undefined && schedule.to < schedule.from) {
    ctx.addIssue({ code: 'custom', path: ['to'], ...issue('ends-before-start', 'must not be before from') });
  }
});

const exceptionSchema = z.strictObject({
  date: isoDate,
  to: isoDate.optional(),
  /** An empty list closes the branch. */
  hours: hoursSchema,
  note: note.optional(),
}).refine((e) => e.to === undefined || e.to >= e.date, issue('ends-before-start', 'must not be before date', ['to']));

export const openingHoursSchema = z.strictObject({
  /** Made-up hours: the pages and the API label them as demo data. */
  demo: z.boolean().default(false),
  onHolidays: z.enum(HOLIDAY_RULES).default('closed'),
  schedules: z.array(scheduleSchema).min(1, 'at least one weekly schedule').max(20, 'at most 20 schedules'),
  exceptions: z.array(exceptionSchema).max(400, 'at most 400 exceptions').default([]),
  notes: z.array(note).max(10, 'at most 10 notes').default([]),
}).transform((hours): OpeningHours => ({
  demo: hours.demo,
  onHolidays: hours.onHolidays,
  schedules: hours.schedules.map((s) => ({
    ...(s.name === undefined ? {} : { name: s.name }),
    ...(s.from === undefined ? {} : { from: s.from }),
    ...(s.to === undefined ? {} : { to: s.to }),
    days: Object.fromEntries(Object.entries(s.days).filter(([, h]) => h !== undefined)) as Partial<Record<Weekday, OpeningInterval[]>>,
  })),
  exceptions: hours.exceptions.map((e) => ({
    date: e.date, ...(e.to === undefined ? {} : { to: e.to }), hours: e.hours, ...(e.note === undefined ? {} : { note: e.note }),
  })),
  notes: hours.notes,
}));

/** A plain string is Swedish, the consortium's working language. */
function localized(value: string | { sv: string; en?: string | undefined }): LocalizedText {
  if (typeof value === 'string') return { sv: value };
  return value.en === undefined ? { sv: value.sv } : { sv: value.sv, en: value.en };
}

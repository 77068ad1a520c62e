// The zod building blocks of the staff forms' inputs: texts in Swedish and English, https links, colours with AA
// contrast, e-mail and phone, local date-times. Forms send empty fields as "", which means "not given" here.
import { z } from 'zod';
import { isIsoDate, minuteOfClock, stockholmIso } from '../../core/opening-hours/stockholm-time.ts';

/** A stable reason per issue, so the staff pages can say it in the page's language next to the field. */
export const ISSUE_CODES = [
  'required', 'too-long', 'out-of-range', 'invalid', 'invalid-url', 'https-only', 'invalid-email', 'invalid-phone',
  'invalid-colour', 'low-contrast', 'invalid-date', 'ends-before-start', 'unknown-library', 'unknown-branch',
  'invalid-slug', 'reserved-slug', 'slug-taken', 'until-and-count', 'unknown-image', 'place-required', 'id-taken',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

/** A custom issue's options: the message and our code. */
export function issue(code: IssueCode, message: string, path?: PropertyKey[]) {
  return { message, params: { code }, ...(path ? { path } : {}) };
}

const isEmpty = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** "" / null / undefined → null, anything else through `schema`. */
export function nullable<S extends z.ZodType>(schema: S) {
  return z.preprocess((v) => (isEmpty(v) ? null : v), schema.nullable());
}

/** A form sends one checked box as a string and several as an array; none as nothing. Repeats are dropped. */
export function list<S extends z.ZodType>(schema: S, bounds: (array: z.ZodArray<S>) => z.ZodArray<S> = (a) => a) {
  return z.preprocess((v) => (isEmpty(v) ? [] : Array.isArray(v) ? v.filter((x) => !isEmpty(x)) : [v]), bounds(z.array(schema)))
    .transform((values) => [...new Set(values)]);
}

/** A checkbox: "on"/"true"/true is checked; absent is not. */
export const checkbox = z.preprocess((v) => v === true || v === 'on' || v === 'true' || v === '1', z.boolean());

export function plainText(max: number) {
  return z.string().trim().min(1, 'is required').max(max, `must be at most ${max} characters`);
}

/** Swedish (the working language) required unless `optionalSv`; English optional, left out when empty. */
export function localizedText(max: number, options: { readonly optionalSv?: boolean } = {}) {
  const sv = options.optionalSv ? z.string().trim().max(max, `must be at most ${max} characters`) : plainText(max);
  return z.object({
    sv,
    en: z.preprocess((v) => (isEmpty(v) ? undefined : v), plainText(max).optional()),
  }).transform(({ sv, en }) => (en === undefined ? { sv } : { sv, en }));
}

/** A text that may be left out whole: null when both languages are empty. */
export function optionalLocalizedText(max: number) {
  return z.preprocess((v) => {
    if (typeof v === 'string') return isEmpty(v) ? null : { sv: v };
    if (v && typeof v === 'object' && isEmpty((v as { sv?: unknown }).sv) && isEmpty((v as { en?: unknown }).en)) return null;
    return v;
  }, localizedText(max).nullable().optional().transform((t) => t ?? null));
}

/** Links go out only over https: the site is served over https and mixed content is blocked. */
export const httpsUrl = z.string().trim().max(2000, 'must be at most 2000 characters').superRefine((text, ctx) => {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    ctx.addIssue({ code: 'custom', ...issue('invalid-url', 'must be a web address such as https://example.se/') });
    return;
  }
  if (url.protocol !== 'https:' || url.hostname === '') ctx.addIssue({ code: 'custom', ...issue('https-only', 'must start with https://') });
});

export const email = z.string().trim().max(254, 'must be at most 254 characters')
  .pipe(z.email('must be an e-mail address such as namn@example.se'));

/** Swedish and international numbers as people write them: "063-14 30 00", "+46 63 14 30 00"; 6–15 digits. */
export const phone = z.string().trim().refine((text) => {
  const digits = text.replace(/\D/g, '').length;
  return /^\+?[\d\s()-]+$/.test(text) && digits >= 6 && digits <= 15;
}, issue('invalid-phone', 'must be a phone number such as 063-14 30 00 or +46 63 14 30 00'));

/** WCAG 2.x contrast ratio of a "#rrggbb" colour against white (1–21). */
export function contrastOnWhite(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return 1.05 / (luminance + 0.05);
}

/** A colour that text and links may be drawn in on white: WCAG AA for normal text is 4.5:1. */
export const accessibleColour = z.string().trim().toLowerCase()
  .refine((t) => /^#[0-9a-f]{6}$/.test(t), { ...issue('invalid-colour', 'must be a colour written #rrggbb'), abort: true })
  .superRefine((hex, ctx) => {
    const ratio = contrastOnWhite(hex);
    if (ratio < 4.5) ctx.addIssue({ code: 'custom', ...issue('low-contrast', `has contrast ${ratio.toFixed(2)}:1 on white; at least 4.5:1 is needed`) });
  });

export const isoDate = z.string().trim().refine(isIsoDate, issue('invalid-date', 'must be a date YYYY-MM-DD'));

/** A Stockholm wall-clock time "YYYY-MM-DDTHH:MM" (what `<input type="datetime-local">` sends). */
export const localDateTime = z.string().trim()
  .refine((t) => /^[^T]+T\d{2}:\d{2}(:00)?$/.test(t) && isLocalDateTime(t.slice(0, 16)), issue('invalid-date', 'must be a date and time YYYY-MM-DDTHH:MM'))
  .transform((t) => t.slice(0, 16));

function isLocalDateTime(text: string): boolean {
  const [date = '', time = ''] = text.split('T');
  const minute = minuteOfClock(time);
  return isIsoDate(date) && minute !== null && minute < 24 * 60;
}

/** A moment: ISO with an offset, or a Stockholm wall-clock time from a form; stored as UTC `toISOString()`. */
export const moment = z.string().trim().transform((text, ctx) => {
  if (isLocalDateTime(text.slice(0, 16)) && text.length <= 19 && !/[zZ+]/.test(text)) {
    const [date, time] = text.slice(0, 16).split('T') as [string, string];
    return new Date(stockholmIso(date, minuteOfClock(time)!)).toISOString();
  }
  const ms = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?([zZ]|[+-]\d{2}:\d{2})$/.test(text) ? Date.parse(text) : NaN;
  if (Number.isNaN(ms)) {
    ctx.addIssue({ code: 'custom', ...issue('invalid-date', 'must be a date and time YYYY-MM-DDTHH:MM') });
    return z.NEVER;
  }
  return new Date(ms).toISOString();
});

// Messages, names and number/date formats for the two page languages, over i18next and Intl.
import i18next from 'i18next';
import type { Audience, Format, HoldingStatus } from '../../core/types.ts';
import { loadMessages } from './messages.ts';

export const LOCALES = ['sv', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Intl locale per page language: Swedish as written in Sweden, English with British dates. */
const INTL_LOCALE: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' };

/**
 * i18next's t costs 5–40 µs a call and a result page makes about a hundred calls; the messages never change after
 * start-up, so each answer is remembered (the memory is bounded: it starts afresh when full).
 */
const MAX_REMEMBERED = 10_000;

export interface Localizer {
  readonly locale: Locale;
  t(key: string, options?: Record<string, unknown>): string;
  formatName(format: Format | string): string;
  audienceName(audience: Audience | string): string;
  statusName(status: HoldingStatus): string;
  /** A MARC language code's name: our catalogue first, then Intl, then the code itself. */
  languageName(code: string): string;
  number(n: number): string;
  /** An ISO date (YYYY-MM-DD); anything unparsable is shown as given. */
  date(iso: string): string;
  /** An ISO timestamp, in Swedish time. */
  dateTime(iso: string): string;
  /** "A, B och C" / "A, B and C". */
  list(items: readonly string[]): string;
  /** How long before `now` an ISO timestamp was: "för 3 timmar sedan" / "3 hours ago"; anything unparsable as given. */
  ago(iso: string, now: string): string;
}

export async function createLocalizers(): Promise<Record<Locale, Localizer>> {
  const instance = i18next.createInstance();
  const { sv, en } = loadMessages();
  await instance.init({
    resources: { sv: { translation: sv }, en: { translation: en } },
    lng: 'sv',
    fallbackLng: false,
    initAsync: false,
    // Preact escapes every string it renders; escaping here too would show "&amp;" to readers.
    interpolation: { escapeValue: false },
  });
  const build = (locale: Locale): Localizer => {
    const fixed = instance.getFixedT(locale);
    const answers = new Map<string, string>();
    const t = (key: string, options?: Record<string, unknown>): string => {
      const id = options === undefined ? key : `${key}\u0000${JSON.stringify(options)}`;
      let text = answers.get(id);
      if (text === undefined) {
        if (answers.size >= MAX_REMEMBERED) answers.clear();
        text = String(fixed(key, options ?? {}));
        answers.set(id, text);
      }
      return text;
    };
    const has = (key: string) => instance.getResource(locale, 'translation', key) !== undefined;
    const intl = INTL_LOCALE[locale];
    const languageNames = new Intl.DisplayNames([intl], { type: 'language', fallback: 'none' });
    const numbers = new Intl.NumberFormat(intl);
    const dates = new Intl.DateTimeFormat(intl, { dateStyle: 'medium', timeZone: 'UTC' });
    const dateTimes = new Intl.DateTimeFormat(intl, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Stockholm' });
    const lists = new Intl.ListFormat(intl, { type: 'conjunction' });
    const relative = new Intl.RelativeTimeFormat(intl, { numeric: 'always' });
    const named = (group: string, value: string) => (has(`${group}.${value}`) ? t(`${group}.${value}`) : value);
    return {
      locale, t,
      formatName: (format) => named('format', format),
      audienceName: (audience) => named('audience', audience),
      statusName: (status) => named('status', status),
      languageName: (code) => {
        if (has(`language.${code}`)) return t(`language.${code}`);
        const name = /^[a-z]{2,3}$/.test(code) ? languageNames.of(code) : undefined;
        return name ?? code;
      },
      number: (n) => numbers.format(n),
      date: (iso) => formatWith(dates, iso, /^\d{4}-\d{2}-\d{2}$/),
      dateTime: (iso) => formatWith(dateTimes, iso, /^\d{4}-\d{2}-\d{2}T/),
      list: (items) => lists.format(items),
      ago: (iso, now) => timeAgo(relative, iso, now),
    };
  };
  return { sv: build('sv'), en: build('en') };
}

/** Seconds under a minute, minutes under an hour, hours under two days, days beyond. */
function timeAgo(format: Intl.RelativeTimeFormat, iso: string, now: string): string {
  const seconds = (Date.parse(iso) - Date.parse(now)) / 1000;
  if (Number.isNaN(seconds)) return iso;
  const size = Math.abs(seconds);
  if (size < 60) return format.format(Math.round(seconds), 'second');
  if (size < 3_600) return format.format(Math.round(seconds / 60), 'minute');
  if (size < 172_800) return format.format(Math.round(seconds / 3_600), 'hour');
  return format.format(Math.round(seconds / 86_400), 'day');
}

function formatWith(format: Intl.DateTimeFormat, iso: string, shape: RegExp): string {
  const time = shape.test(iso) ? Date.parse(iso) : Number.NaN;
  return Number.isNaN(time) ? iso : format.format(time);
}

// Small presentation helpers the library pages share: staff-written text in the page's language (marked with `lang`
// when it falls back to Swedish), day names and dates for timetables, and opening intervals as "10:00–19:00".
import type { LocalizedText } from '../../../core/content.ts';
import type { OpeningInterval, Weekday } from '../../../core/opening-hours/opening-hours.types.ts';
import { daysBetween, weekdayOf } from '../../../core/opening-hours/stockholm-time.ts';
import type { Locale, Localizer } from '../../i18n/i18n.ts';
import { Markdown } from '../../markdown.tsx';

/** The text in the page's language, and the `lang` to mark it with when it is the Swedish fallback on an English page. */
export function inLocale(text: LocalizedText, locale: Locale): { readonly text: string; readonly lang?: string } {
  if (locale === 'en' && text.en) return { text: text.en };
  return locale === 'en' ? { text: text.sv, lang: 'sv' } : { text: text.sv };
}

/** Plain text a library wrote (a note, an accessibility line), in a <span> marked with its language when it differs. */
export function LocalizedSpan({ text, locale }: { readonly text: LocalizedText; readonly locale: Locale }) {
  const shown = inLocale(text, locale);
  return shown.lang ? <span lang={shown.lang}>{shown.text}</span> : <>{shown.text}</>;
}

/** Markdown a library wrote (a description), rendered safely, marked with its language when it differs. */
export function LocalizedMarkdown({ text, locale, headingBase = 3 }: { readonly text: LocalizedText; readonly locale: Locale; readonly headingBase?: number }) {
  const shown = inLocale(text, locale);
  return <Markdown text={shown.text} lang={shown.lang} headingBase={headingBase} />;
}

/** Intl's locale for each page language: Swedish as written in Sweden, English with British dates. */
export const INTL: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' };
const dayMonth = {
  sv: new Intl.DateTimeFormat(INTL.sv, { day: 'numeric', month: 'short', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat(INTL.en, { day: 'numeric', month: 'short', timeZone: 'UTC' }),
};

/** "2 dec." / "2 Dec" for an ISO date. */
export function shortDate(locale: Locale, date: string): string {
  return dayMonth[locale].format(Date.parse(`${date}T00:00:00Z`));
}

/** "Onsdag" / "Wednesday": a weekday's name to start a line or a table row with. */
export function weekdayName(l: Localizer, weekday: Weekday): string {
  const name = l.t(`weekday.${weekday}`);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** "i dag 10:00–10:45", "i morgon …", "tisdag …" within a week, "14 dec. …" beyond (`time` may be a span). */
export function dayAndTime(l: Localizer, today: string, date: string, time: string): string {
  const days = daysBetween(today, date);
  if (days === 0) return l.t('opening.today', { time });
  if (days === 1) return l.t('opening.tomorrow', { time });
  if (days > 1 && days <= 6) return l.t('opening.onWeekday', { weekday: l.t(`weekday.${weekdayOf(date)}`), time });
  return l.t('opening.onDate', { date: shortDate(l.locale, date), time });
}

/** "10:00–19:00"; several intervals joined by commas. */
export function intervalsText(intervals: readonly Pick<OpeningInterval, 'from' | 'to'>[]): string {
  return intervals.map((i) => `${i.from}–${i.to}`).join(', ');
}

/** The municipality's name from its code (kommunkod); the regional library and unknown codes get the county's heading. */
export function municipalityName(l: Localizer, code: string | undefined): string {
  const key = `libraries.municipality.c${code}`;
  const name = code ? l.t(key) : key;
  return name === key ? l.t('libraries.countyWide') : name;
}

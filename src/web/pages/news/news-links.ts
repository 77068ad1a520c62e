// A news item's address and its publication date, as pages and feeds show them.
import type { NewsItem } from '../../../core/content.ts';
import type { Locale } from '../../i18n/i18n.ts';
import { PATHS } from '../urls.ts';

export function newsHref(locale: Locale, id: string): string {
  return PATHS[locale].newsItem + encodeURIComponent(id);
}

/** When it was published: its `publishAt`, or (published at once) its last save, which is when that happened. */
export function publishedAt(item: NewsItem): string {
  return item.publishAt ?? item.updatedAt;
}

const LONG_DATE: Record<Locale, Intl.DateTimeFormat> = {
  sv: new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Stockholm' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Stockholm' }),
};

/** "2 december 2026". */
export function newsDate(item: NewsItem, locale: Locale): string {
  return LONG_DATE[locale].format(Date.parse(publishedAt(item)));
}

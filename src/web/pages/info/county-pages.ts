// The county pages' addresses: the law-required ones (SYSTEM_PAGES) have a slug per language, any other county page
// keeps its one stored slug in both languages. The Swedish slug is the one stored.
import { SYSTEM_PAGES } from '../../../core/content.ts';
import type { Locale } from '../../i18n/i18n.ts';

export type SystemPageKey = keyof typeof SYSTEM_PAGES;

export const SYSTEM_PAGE_KEYS = Object.keys(SYSTEM_PAGES) as SystemPageKey[];

/** What a stored slug may look like, as the staff editor allows it (content.schemas.ts): a–z, 0–9 and "-", at most 60. */
export const SLUG_PATTERN = /^[a-z0-9-]+$/;
export const MAX_SLUG_LENGTH = 60;

/** The system page whose slug in `locale` this is; null for any other slug. */
export function systemPageOf(locale: Locale, slug: string): SystemPageKey | null {
  return SYSTEM_PAGE_KEYS.find((key) => SYSTEM_PAGES[key][locale] === slug) ?? null;
}

/** A county page's slug in `locale`, from its stored (Swedish) slug. */
export function slugIn(locale: Locale, storedSlug: string): string {
  const key = systemPageOf('sv', storedSlug);
  return key ? SYSTEM_PAGES[key][locale] : storedSlug;
}

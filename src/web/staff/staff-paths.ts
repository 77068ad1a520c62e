// The staff area's addresses in both languages. Ids follow the prefixes ending in "/".
import type { Locale } from '../i18n/i18n.ts';

export interface StaffPaths {
  readonly home: string;
  readonly login: string;
  readonly logout: string;
  /** Ask for a reset link; `resetPassword` + token sets a new password. */
  readonly forgotPassword: string;
  readonly resetPassword: string;
  readonly changePassword: string;
  readonly news: string;
  readonly events: string;
  readonly pages: string;
  readonly eservices: string;
  /** + library id: the library's profile; + library id + "/" + branch id: the branch's profile and opening hours. */
  readonly libraries: string;
  readonly images: string;
  readonly accounts: string;
  readonly audit: string;
  readonly profile: string;
  readonly reports: string;
}

export const STAFF_PATHS: Record<Locale, StaffPaths> = {
  sv: {
    home: '/personal', login: '/personal/logga-in', logout: '/personal/logga-ut', forgotPassword: '/personal/glomt-losenord',
    resetPassword: '/personal/nytt-losenord/', changePassword: '/personal/byt-losenord', news: '/personal/nyheter',
    events: '/personal/evenemang', pages: '/personal/sidor', eservices: '/personal/e-tjanster', libraries: '/personal/bibliotek/',
    images: '/personal/bilder', accounts: '/personal/konton', audit: '/personal/logg', profile: '/personal/grafisk-profil',
    reports: '/personal/rapporter',
  },
  en: {
    home: '/en/staff', login: '/en/staff/login', logout: '/en/staff/logout', forgotPassword: '/en/staff/forgot-password',
    resetPassword: '/en/staff/new-password/', changePassword: '/en/staff/change-password', news: '/en/staff/news',
    events: '/en/staff/events', pages: '/en/staff/pages', eservices: '/en/staff/e-services', libraries: '/en/staff/libraries/',
    images: '/en/staff/images', accounts: '/en/staff/accounts', audit: '/en/staff/log', profile: '/en/staff/graphic-profile',
    reports: '/en/staff/reports',
  },
};

/** A content list's "new" form and an item's edit form: /personal/nyheter/ny, /personal/nyheter/{id}. */
export const NEW_ITEM = { sv: 'ny', en: 'new' } as const;

/**
 * The same staff page in the other language: the longest matching staff address is translated and what follows it
 * (an id, "/ny", a query) kept; a word-for-word id like "ny"/"new" after a list address is translated too.
 */
export function staffAlternateHref(locale: Locale, url: string): string {
  const other: Locale = locale === 'sv' ? 'en' : 'sv';
  const from = STAFF_PATHS[locale];
  const to = STAFF_PATHS[other];
  const keys = (Object.keys(from) as (keyof StaffPaths)[]).sort((a, b) => from[b].length - from[a].length);
  for (const key of keys) {
    const base = from[key];
    const bare = base.endsWith('/') ? base.slice(0, -1) : base;
    if (url !== bare && !url.startsWith(bare + '/') && !url.startsWith(bare + '?')) continue;
    const rest = url.slice(bare.length);
    const toBare = to[key].endsWith('/') ? to[key].slice(0, -1) : to[key];
    const newItem = `/${NEW_ITEM[locale]}`;
    const translated = rest === newItem || rest.startsWith(`${newItem}?`) ? `/${NEW_ITEM[other]}${rest.slice(newItem.length)}` : rest;
    return toBare + translated;
  }
  return to.home;
}

// /assets/profile.css: the cooperation's graphic profile as CSS custom properties, loaded after site.css so it
// overrides the base tokens. Staff choose these colours, so nothing they typed reaches the CSS unless it is a #rrggbb
// value with AA contrast against white (white text sits on these colours); a bad one leaves the base colour in place.
import type { SiteProfile } from '../../core/content.ts';
import type { LibraryView } from '../../services/content/content-reader.ts';
import { DEFAULT_SITE_PROFILE } from '../../services/content/empty-content.ts';
import { darken, usableOnWhite } from './colour.ts';

/** The base stylesheet's hover shades are about this much darker than their colours. */
const BRAND_STRONG = 0.72;
const ACCENT_STRONG = 0.8;
const LIBRARY_ID = /^[a-z0-9-]+$/;

export function profileCss(site: SiteProfile, libraries: readonly LibraryView[]): string {
  const root: string[] = [];
  // The default profile is what site.css already has (with its hand-picked shades): only a change is written.
  if (site.primary !== DEFAULT_SITE_PROFILE.primary && usableOnWhite(site.primary)) {
    root.push(`--c-brand:${site.primary.toLowerCase()}`, `--c-brand-strong:${darken(site.primary, BRAND_STRONG)}`);
  }
  if (site.accent !== DEFAULT_SITE_PROFILE.accent && usableOnWhite(site.accent)) {
    root.push(`--c-accent:${site.accent.toLowerCase()}`, `--c-accent-strong:${darken(site.accent, ACCENT_STRONG)}`);
  }
  root.push('--c-library-accent:var(--c-brand)');
  const accents = libraries.flatMap(({ library, profile }) =>
    LIBRARY_ID.test(library.id) && usableOnWhite(profile?.accent) ? [`.accent-${library.id}{--c-library-accent:${profile!.accent!.toLowerCase()}}`] : []);
  return [
    '/* The graphic profile: chosen by the coordinator, checked for contrast. Library pages set .accent-<library>. */',
    `:root{${root.join(';')}}`,
    ...accents,
    '',
  ].join('\n');
}

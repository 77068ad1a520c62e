// What every page needs to know: its language and messages, the site, the member libraries, asset addresses.
import type { Library } from '../../core/types.ts';
import type { AssetUrls } from '../assets.ts';
import type { Locale, Localizer } from '../i18n/i18n.ts';

export interface PageContext {
  readonly locale: Locale;
  readonly l: Localizer;
  readonly consortiumName: string;
  readonly demo: boolean;
  readonly libraries: readonly Library[];
  readonly assets: AssetUrls;
  /** This page in the other language. */
  readonly alternateUrl: string;
}

export function libraryName(ctx: PageContext, id: string): string {
  return ctx.libraries.find((l) => l.id === id)?.name ?? id;
}

export function branchName(ctx: PageContext, library: string, branch: string): string {
  return ctx.libraries.find((l) => l.id === library)?.branches.find((b) => b.id === branch)?.name ?? branch;
}

/** "1934" or "1934–1959"; empty when no year is known. */
export function yearSpan(min: number | null, max: number | null): string {
  if (min === null || max === null) return String(min ?? max ?? '');
  return min === max ? String(min) : `${min}–${max}`;
}

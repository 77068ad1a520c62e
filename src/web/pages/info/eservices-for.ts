// Which e-services a library card gives, and how the e-services page groups them. Pure, so the page, a future
// "my e-services" on the patron's account page and the tests share one rule.
import { ESERVICE_CATEGORIES, type EServiceCategory, type EServiceItem } from '../../../core/content.ts';
import type { LibraryId } from '../../../core/types.ts';

/**
 * The e-services a card holder of `library` may use: those for every member (`forLibraries` empty) and those that
 * name the library. `null` = no card chosen: every service. On-site services stay in: the card is what counts there
 * too, the place is said on each service.
 */
export function eservicesFor(services: readonly EServiceItem[], library: LibraryId | null): EServiceItem[] {
  if (library === null) return [...services];
  return services.filter((s) => s.forLibraries.length === 0 || s.forLibraries.includes(library));
}

export interface EServiceGroup {
  readonly category: EServiceCategory;
  readonly services: readonly EServiceItem[];
}

/**
 * Services grouped by their first category, in ESERVICE_CATEGORIES order; a service is listed once (its other
 * categories are named on it), so a screen reader never meets the same service twice. No category = "other".
 */
export function groupByCategory(services: readonly EServiceItem[]): EServiceGroup[] {
  const primary = (s: EServiceItem): EServiceCategory => s.categories[0] ?? 'other';
  return ESERVICE_CATEGORIES
    .map((category) => ({ category, services: services.filter((s) => primary(s) === category) }))
    .filter((group) => group.services.length > 0);
}

// The staff addresses of library and branch profiles and of the image upload.
import type { Locale } from '../../i18n/i18n.ts';
import { STAFF_PATHS } from '../staff-paths.ts';

export const libraryEditorHrefs = {
  /** Every library the actor may edit, with its branches. */
  index: (locale: Locale) => STAFF_PATHS[locale].libraries.slice(0, -1),
  library: (locale: Locale, library: string) => STAFF_PATHS[locale].libraries + encodeURIComponent(library),
  branch: (locale: Locale, library: string, branch: string) =>
    `${STAFF_PATHS[locale].libraries}${encodeURIComponent(library)}/${encodeURIComponent(branch)}`,
  images: (locale: Locale) => STAFF_PATHS[locale].images,
};

// Each content form's field names in order, and what each is called (for the error summary and the conflict table).
import type { ContentKind } from '../../../core/content.ts';
import type { Localizer } from '../../i18n/i18n.ts';

const both = (name: string) => [`${name}.sv`, `${name}.en`];
const IMAGE = ['image.id', ...both('image.alt')];
const PUBLISHING = ['library', 'publishAt', 'unpublishAt'];

/** The form's fields in the order they appear: an issue lands on the nearest one, the summary lists them in this order. */
export const FIELD_NAMES: Record<ContentKind, readonly string[]> = {
  news: [...both('title'), ...both('summary'), ...both('body'), ...IMAGE, ...PUBLISHING],
  event: [
    ...both('title'), ...both('summary'), ...both('body'), 'startsAt', 'endsAt', 'recurrence.frequency', 'recurrence.interval',
    'recurrence.until', 'recurrence.count', 'recurrence.except', 'branch', ...both('place'), 'audiences', 'type', 'registrationUrl',
    'capacity', 'cancelled', ...IMAGE, ...PUBLISHING,
  ],
  page: [...both('title'), 'slug', 'language', ...both('body'), ...PUBLISHING],
  eservice: ['name', ...both('description'), 'url', 'categories', 'access', 'forLibraries', ...both('terms'), ...IMAGE, ...PUBLISHING],
};

/** Message keys (staffEditors.field.*) of names whose key differs from the name. */
const KEY_OF: Readonly<Record<string, string>> = {
  library: 'owner', 'recurrence.frequency': 'frequency', 'recurrence.interval': 'interval', 'recurrence.until': 'until',
  'recurrence.count': 'count', 'recurrence.except': 'except', 'image.id': 'imageId', 'image.alt': 'imageAlt',
};

/** "Rubrik (svenska)" for "title.sv". */
export function fieldLabel(l: Localizer, name: string): string {
  const language = /\.(sv|en)$/.exec(name)?.[1];
  const base = language ? name.slice(0, -3) : name;
  const label = l.t(`staffEditors.field.${KEY_OF[base] ?? base}`);
  return language ? `${label} ${l.t(`staffEditors.lang.${language}`)}` : label;
}

// An item's fields as form values and back: what the edit form shows, and the input the content service validates.
// Field names are the input's paths, so the service's issues find their fields. Times a person types are Stockholm
// wall-clock times; the service stores instants (UTC ISO).
import type { ContentItem, ContentKind, ImageRef } from '../../../core/content.ts';
import {
  instantOfLocal, list, localized, localizedValues, localOfInstant, optional, text, wholeNumber, type FieldErrors, type FormValues,
} from './form-values.ts';
import type { Localizer } from '../../i18n/i18n.ts';

/** What the buttons at the bottom of the form ask for. */
export const FORM_ACTIONS = ['draft', 'publish', 'schedule', 'preview'] as const;
export type FormAction = (typeof FORM_ACTIONS)[number];

export function formActionOf(values: FormValues): FormAction {
  const action = text(values, 'action');
  return (FORM_ACTIONS as readonly string[]).includes(action) ? (action as FormAction) : 'draft';
}

/** Owner "county" in the owner select: the cooperation's own content (library null). */
export const COUNTY = '';

/** A new item's form: owned by the actor's library (or the county for a coordinator without one). */
export function emptyValues(kind: ContentKind, owner: string | null): FormValues {
  const common = { library: owner ?? COUNTY, version: '0' };
  if (kind === 'event') return { ...common, 'recurrence.frequency': 'none', 'recurrence.interval': '1', type: 'other', audiences: ['all'] };
  if (kind === 'eservice') return { ...common, access: 'remote' };
  return common;
}

export function valuesOfItem(item: ContentItem): FormValues {
  const common = {
    library: item.library ?? COUNTY, version: String(item.version),
    publishAt: localOfInstant(item.publishAt), unpublishAt: localOfInstant(item.unpublishAt),
  };
  switch (item.kind) {
    case 'news':
      return { ...common, ...localizedValues('title', item.title), ...localizedValues('summary', item.summary), ...localizedValues('body', item.body), ...imageValues(item.image) };
    case 'event': {
      const r = item.recurrence;
      return {
        ...common, ...localizedValues('title', item.title), ...localizedValues('summary', item.summary), ...localizedValues('body', item.body),
        startsAt: item.startsAt, endsAt: item.endsAt,
        'recurrence.frequency': r?.frequency ?? 'none', 'recurrence.interval': String(r?.interval ?? 1),
        'recurrence.until': r?.until ?? '', 'recurrence.count': r?.count === null || r?.count === undefined ? '' : String(r.count),
        'recurrence.except': (r?.except ?? []).join('\n'),
        branch: item.branch ?? '', ...localizedValues('place', item.place), audiences: [...item.audiences], type: item.type,
        registrationUrl: item.registrationUrl ?? '', capacity: item.capacity === null ? '' : String(item.capacity),
        cancelled: item.cancelled ? '1' : '', ...imageValues(item.image),
      };
    }
    case 'page':
      return { ...common, slug: item.slug, language: item.language ?? '', ...localizedValues('title', item.title), ...localizedValues('body', item.body) };
    case 'eservice':
      return {
        ...common, name: item.name, ...localizedValues('description', item.description), categories: [...item.categories], url: item.url,
        forLibraries: [...item.forLibraries], access: item.access, ...localizedValues('terms', item.terms), ...imageValues(item.image),
      };
  }
}

function imageValues(image: ImageRef | null): Record<string, string> {
  return {
    'image.id': image?.id ?? '', ...localizedValues('image.alt', image?.alt),
  };
}

/** The service's input for a save, and the problems found while reading the form (times that need a value). */
export function inputOfValues(l: Localizer, kind: ContentKind, values: FormValues, action: Exclude<FormAction, 'preview'>, now: Date): { input: Record<string, unknown>; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const publishAtText = text(values, 'publishAt');
  const publishAt = publishAtText ? instantOfLocal(publishAtText) : null;
  const future = publishAt !== null && Date.parse(publishAt) > now.getTime();
  if (action === 'schedule' && !publishAt) errors.publishAt = l.t('staffEditors.error.scheduleNeedsTime');
  else if (action === 'schedule' && !future) errors.publishAt = l.t('staffEditors.error.scheduleInPast');
  const unpublishAtText = text(values, 'unpublishAt');
  const common = {
    library: text(values, 'library') || null,
    status: action === 'draft' ? 'draft' : 'published',
    // "Publicera" means now, unless the item already went out at a time that has passed (kept as its date).
    publishAt: action === 'publish' && future ? null : publishAt,
    unpublishAt: unpublishAtText ? instantOfLocal(unpublishAtText) : null,
  };
  return { input: { ...common, ...fieldsOf(kind, values) }, errors };
}

const required = (values: FormValues, name: string) => localized(values, name) ?? { sv: '' };

function fieldsOf(kind: ContentKind, values: FormValues): Record<string, unknown> {
  switch (kind) {
    case 'news':
      return { title: required(values, 'title'), summary: required(values, 'summary'), body: required(values, 'body'), image: imageOf(values) };
    case 'event':
      return {
        title: required(values, 'title'), summary: required(values, 'summary'), body: required(values, 'body'),
        startsAt: text(values, 'startsAt'), endsAt: text(values, 'endsAt'), recurrence: recurrenceOf(values),
        branch: optional(values, 'branch'), place: localized(values, 'place'), audiences: list(values, 'audiences'),
        type: text(values, 'type'), registrationUrl: optional(values, 'registrationUrl'), capacity: wholeNumber(values, 'capacity'),
        cancelled: text(values, 'cancelled') === '1', image: imageOf(values),
      };
    case 'page':
      return { slug: text(values, 'slug'), title: required(values, 'title'), body: required(values, 'body'), language: optional(values, 'language') };
    case 'eservice':
      return {
        name: text(values, 'name'), description: required(values, 'description'), categories: list(values, 'categories'),
        url: text(values, 'url'), forLibraries: list(values, 'forLibraries'), access: text(values, 'access'),
        terms: localized(values, 'terms'), image: imageOf(values),
      };
  }
}

function recurrenceOf(values: FormValues): Record<string, unknown> | null {
  const frequency = text(values, 'recurrence.frequency');
  if (frequency === 'none' || frequency === '') return null;
  return {
    frequency, interval: wholeNumber(values, 'recurrence.interval') ?? 1, until: optional(values, 'recurrence.until'),
    count: wholeNumber(values, 'recurrence.count'),
    except: text(values, 'recurrence.except').split(/[\s,;]+/).filter((d) => d !== ''),
  };
}

/** An image chosen by its id; the service knows its size. */
function imageOf(values: FormValues): Record<string, unknown> | null {
  const id = text(values, 'image.id');
  return id ? { id, alt: required(values, 'image.alt') } : null;
}

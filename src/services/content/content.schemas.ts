// The staff forms' inputs for news, events, pages and e-services, validated with zod. Each issue keeps the field's
// name as its path ("title.sv", "endsAt", "recurrence.count") so the page shows it next to the field. Profiles of
// libraries, branches and the site are in profile.schemas.ts.
import { z } from 'zod';
import {
  CONTENT_STATUSES, ESERVICE_CATEGORIES, EVENT_AUDIENCES, EVENT_TYPES, type ContentKind, type LocalizedText,
} from '../../core/content.ts';
import { MAX_OCCURRENCES } from '../../core/events/recurrence.ts';
import { addDays } from '../../core/opening-hours/stockholm-time.ts';
import type { Library } from '../../core/types.ts';
import {
  checkbox, httpsUrl, isoDate, issue, list, localDateTime, localizedText, moment, nullable, optionalLocalizedText,
} from './field-schemas.ts';

export * from './profile.schemas.ts';

export const TITLE_MAX = 200;
export const SUMMARY_MAX = 300;
export const BODY_MAX = 50_000;
/** A recurring event's `until` lies at most this many days after its first start. */
export const RECURRENCE_MAX_DAYS = 5 * 366;

/**
 * First path segments the router owns at the site's root, in Swedish and English (county pages live at /{slug} and
 * /en/{slug}); a county page may not take them.
 */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set([
  'sok', 'verk', 'bibliotek', 'evenemang', 'nyheter', 'e-tjanster', 'personal', 'kallor', 'stilguide', 'en', 'api',
  'assets', 'healthz', 'feeds', 'sitemap.xml', 'robots.txt', 'opensearch.xml',
  'search', 'work', 'libraries', 'events', 'news', 'e-services', 'staff', 'sources', 'style-guide',
  // The English addresses of the county pages every site has (SYSTEM_PAGES): /en/about is the page stored as "om".
  'about', 'accessibility', 'privacy', 'south-sami', 'bilder', 'nyheter.atom', 'nyheter.rss', 'evenemang.ics',
]);

/** An image chosen for an item: its id (from an upload) and its alt text; the service looks up its size. */
export interface ImageInput {
  readonly id: string;
  readonly alt: LocalizedText;
}

const imageInput = nullable(z.object({
  id: z.string().trim().refine((t) => /^i-[a-z2-7]{6,40}$/.test(t), issue('unknown-image', 'must be an uploaded image')),
  alt: localizedText(300, { optionalSv: true }),
}).transform((image): ImageInput => image));

function metaFields(libraries: readonly Library[]) {
  const ids = new Set(libraries.map((l) => l.id));
  return {
    library: nullable(z.string().trim().refine((id) => ids.has(id), issue('unknown-library', 'must be a member library'))),
    status: z.enum(CONTENT_STATUSES).default('draft'),
    publishAt: nullable(moment),
    unpublishAt: nullable(moment),
    demo: z.boolean().optional(),
  };
}

type Meta = { readonly publishAt: string | null; readonly unpublishAt: string | null };

function checkMeta(item: Meta, ctx: z.RefinementCtx): void {
  if (item.publishAt !== null && item.unpublishAt !== null && item.unpublishAt <= item.publishAt) {
    ctx.addIssue({ code: 'custom', path: ['unpublishAt'], ...issue('ends-before-start', 'must be after publishAt') });
  }
}

const title = localizedText(TITLE_MAX);
const summary = localizedText(SUMMARY_MAX);
const body = localizedText(BODY_MAX);

export function newsSchema(libraries: readonly Library[]) {
  return z.object({ ...metaFields(libraries), title, summary, body, image: imageInput }).superRefine(checkMeta);
}

/** A form's "does not repeat" is no recurrence, whether it sends nothing or an empty frequency. */
const recurrenceSchema = z.preprocess(
  (v) => (v && typeof v === 'object' && !(v as { frequency?: unknown }).frequency ? null : v),
  nullable(z.object({
    frequency: z.enum(['weekly', 'monthly']),
    interval: z.coerce.number().int().min(1, 'must be from 1 to 12').max(12, 'must be from 1 to 12').default(1),
    until: nullable(isoDate),
    count: nullable(z.coerce.number().int().min(1).max(MAX_OCCURRENCES, `must be from 1 to ${MAX_OCCURRENCES}`)),
    except: list(isoDate, (a) => a.max(200, 'at most 200 cancelled dates')).transform((dates) => dates.sort()),
  }).superRefine((r, ctx) => {
    // RFC 5545: UNTIL and COUNT never together; which one ends the series would be ambiguous.
    if (r.until !== null && r.count !== null) ctx.addIssue({ code: 'custom', path: ['count'], ...issue('until-and-count', 'give either an end date or a number of times, not both') });
  })),
);

export function eventSchema(libraries: readonly Library[]) {
  const branchesOf = new Map(libraries.map((l) => [l.id, new Set(l.branches.map((b) => b.id))]));
  const allBranches = new Set(libraries.flatMap((l) => l.branches.map((b) => b.id)));
  return z.object({
    ...metaFields(libraries),
    title, summary,
    body: localizedText(BODY_MAX, { optionalSv: true }).default({ sv: '' }),
    startsAt: localDateTime,
    endsAt: localDateTime,
    recurrence: recurrenceSchema,
    branch: nullable(z.string().trim()),
    place: optionalLocalizedText(TITLE_MAX),
    audiences: list(z.enum(EVENT_AUDIENCES), (a) => a.min(1, 'choose at least one audience')),
    type: z.enum(EVENT_TYPES).default('other'),
    registrationUrl: nullable(httpsUrl),
    capacity: nullable(z.coerce.number().int().min(1, 'must be from 1 to 100000').max(100_000, 'must be from 1 to 100000')),
    cancelled: checkbox.default(false),
    image: imageInput,
  }).superRefine((event, ctx) => {
    checkMeta(event, ctx);
    if (event.endsAt <= event.startsAt) ctx.addIssue({ code: 'custom', path: ['endsAt'], ...issue('ends-before-start', 'must be after startsAt') });
    // A county event may be at any member's branch; a library's only at its own.
    const known = event.library === null ? allBranches : branchesOf.get(event.library);
    if (event.branch !== null && known !== undefined && !known.has(event.branch)) {
      ctx.addIssue({ code: 'custom', path: ['branch'], ...issue('unknown-branch', "must be one of the owning library's branches") });
    }
    if (event.branch === null && event.place === null) ctx.addIssue({ code: 'custom', path: ['place'], ...issue('place-required', 'say where, or choose a branch') });
    const startDate = event.startsAt.slice(0, 10);
    const until = event.recurrence?.until ?? null;
    if (until !== null && (until < startDate || until > addDays(startDate, RECURRENCE_MAX_DAYS))) {
      ctx.addIssue({ code: 'custom', path: ['recurrence', 'until'], ...issue('out-of-range', 'must be on or after the first date and within five years') });
    }
  });
}

export function pageSchema(libraries: readonly Library[]) {
  return z.object({
    ...metaFields(libraries),
    slug: z.string().trim().toLowerCase().refine((t) => /^[a-z0-9-]{1,60}$/.test(t), issue('invalid-slug', 'must be 1–60 of a–z, 0–9 and -')),
    title,
    body,
    language: nullable(z.string().trim().refine((t) => /^[a-z]{2,3}$/.test(t), issue('invalid', 'must be a language code such as sma'))),
  }).superRefine((page, ctx) => {
    checkMeta(page, ctx);
    if (page.library === null && RESERVED_SLUGS.has(page.slug)) {
      ctx.addIssue({ code: 'custom', path: ['slug'], ...issue('reserved-slug', `"${page.slug}" is an address of the site itself`) });
    }
  });
}

export function eserviceSchema(libraries: readonly Library[]) {
  const ids = new Set(libraries.map((l) => l.id));
  return z.object({
    ...metaFields(libraries),
    name: z.string().trim().min(1, 'is required').max(TITLE_MAX, `must be at most ${TITLE_MAX} characters`),
    description: localizedText(5_000),
    categories: list(z.enum(ESERVICE_CATEGORIES), (a) => a.min(1, 'choose at least one category')),
    url: httpsUrl,
    forLibraries: list(z.string().trim().refine((id) => ids.has(id), issue('unknown-library', 'must be member libraries'))),
    access: z.enum(['remote', 'on-site']).default('remote'),
    terms: optionalLocalizedText(SUMMARY_MAX),
    image: imageInput,
  }).superRefine(checkMeta);
}

/** The schema of each kind's form, over the configured libraries (owners, branches, who an e-service is for). */
export function contentSchemas(libraries: readonly Library[]) {
  return {
    news: newsSchema(libraries),
    event: eventSchema(libraries),
    page: pageSchema(libraries),
    eservice: eserviceSchema(libraries),
  } satisfies Record<ContentKind, z.ZodType>;
}

export type ContentSchemas = ReturnType<typeof contentSchemas>;
export type ContentInput<K extends ContentKind> = z.output<ContentSchemas[K]>;

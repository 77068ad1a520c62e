// The common web's content: what the libraries write for residents (news, events, pages, e-services, the
// presentation of each library and branch) and who writes it (staff accounts, the audit log). Pure types.
// Text a library writes is Markdown in Swedish, optionally English (`LocalizedText`); pages fall back to Swedish.
import type { LocalizedText, OpeningHours } from './opening-hours/opening-hours.types.ts';
import type { BranchKind, LibraryId } from './types.ts';

export type { LocalizedText } from './opening-hours/opening-hours.types.ts';

/** `draft`: only staff see it. `published`: public from `publishAt` (null = at once) — a future `publishAt` is "scheduled". */
export const CONTENT_STATUSES = ['draft', 'published'] as const;
export type ContentStatus = (typeof CONTENT_STATUSES)[number];

export const CONTENT_KINDS = ['news', 'event', 'page', 'eservice'] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

/** What every piece of content has: an owner (a member library, or null for the whole county) and its life cycle. */
export interface ContentMeta {
  /** Opaque, URL-safe, stable ("n-7f3a…"); never reused. */
  readonly id: string;
  readonly kind: ContentKind;
  /** The member library that owns it; null = the cooperation's (county-wide), which only a coordinator may edit. */
  readonly library: LibraryId | null;
  readonly status: ContentStatus;
  /** ISO timestamp; a published item is public from then (null = since it was published). */
  readonly publishAt: string | null;
  /** ISO timestamp after which a published item is no longer shown (news that expires); null = never. */
  readonly unpublishAt: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Staff account id of the last editor; null for seeded content. */
  readonly updatedBy: string | null;
  /** Rises by one on every save: a form sends the version it was opened at, and a stale save is a conflict. */
  readonly version: number;
  /** Made-up demo content: every page that shows it says so. */
  readonly demo?: boolean;
}

/** An uploaded image, resized and stored by the site; `alt` is required (an empty alt only for pure decoration). */
export interface ImageRef {
  readonly id: string;
  readonly alt: LocalizedText;
  readonly width: number;
  readonly height: number;
}

export interface NewsItem extends ContentMeta {
  readonly kind: 'news';
  readonly title: LocalizedText;
  /** One or two sentences for lists and feeds (plain text). */
  readonly summary: LocalizedText;
  /** Markdown. */
  readonly body: LocalizedText;
  readonly image: ImageRef | null;
}

export const EVENT_AUDIENCES = ['children', 'youth', 'adults', 'all'] as const;
export type EventAudience = (typeof EVENT_AUDIENCES)[number];

export const EVENT_TYPES = ['storytime', 'author-talk', 'reading-group', 'workshop', 'course', 'exhibition', 'film', 'music', 'digital-help', 'other'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/**
 * How an event repeats (RFC 5545 RRULE semantics, a subset): every `interval` weeks on its weekday or every month on
 * the same weekday of the month ("the 2nd Tuesday"), until a date (inclusive) or for `count` occurrences.
 * Dates in `except` (ISO dates) are cancelled occurrences.
 */
export interface Recurrence {
  readonly frequency: 'weekly' | 'monthly';
  readonly interval: number;
  readonly until: string | null;
  readonly count: number | null;
  readonly except: readonly string[];
}

export interface EventItem extends ContentMeta {
  readonly kind: 'event';
  readonly title: LocalizedText;
  readonly summary: LocalizedText;
  readonly body: LocalizedText;
  /** The first occurrence: local wall-clock start and end in Europe/Stockholm ("2026-12-03T18:00"). */
  readonly startsAt: string;
  readonly endsAt: string;
  readonly recurrence: Recurrence | null;
  /** The branch where it happens (an id of the owner library's branches); null with `place` for elsewhere. */
  readonly branch: string | null;
  /** Where, when not at a branch or to be precise ("Sagorummet", "Folkets hus, Hammerdal"). */
  readonly place: LocalizedText | null;
  readonly audiences: readonly EventAudience[];
  readonly type: EventType;
  /** Sign-up: a link (https) and/or a number of places; both null = just come. */
  readonly registrationUrl: string | null;
  readonly capacity: number | null;
  /** Cancelled events stay listed, marked as cancelled, so nobody comes in vain. */
  readonly cancelled: boolean;
  readonly image: ImageRef | null;
}

/** One occurrence of an event, as lists, calendars and feeds show it: ISO with offset, computed in Stockholm time. */
export interface EventOccurrence {
  readonly event: EventItem;
  readonly start: string;
  readonly end: string;
}

/**
 * A page of text. `slug` is its address: a county page at /{slug} (/en/{slug}), a library's page at
 * /bibliotek/{library}/{slug}. The law-required pages are county pages with reserved slugs (see SYSTEM_PAGES).
 */
export interface PageItem extends ContentMeta {
  readonly kind: 'page';
  readonly slug: string;
  readonly title: LocalizedText;
  readonly body: LocalizedText;
  /** A page written in another language than Swedish/English (South Sámi: "sma"); its text is marked with `lang`. */
  readonly language: string | null;
}

/** The county pages every deployment has; the demo seeds them, coordinators edit them. */
export const SYSTEM_PAGES = {
  about: { sv: 'om', en: 'about' },
  accessibility: { sv: 'tillganglighet', en: 'accessibility' },
  privacy: { sv: 'integritet', en: 'privacy' },
  southSami: { sv: 'aarjelsaemien', en: 'south-sami' },
} as const;

export const ESERVICE_CATEGORIES = ['ebooks', 'eaudiobooks', 'databases', 'film', 'music', 'newspapers', 'languages', 'other'] as const;
export type EServiceCategory = (typeof ESERVICE_CATEGORIES)[number];

/** An e-service (Elib, a database, film streaming …) and who may use it. */
export interface EServiceItem extends ContentMeta {
  readonly kind: 'eservice';
  readonly name: string;
  readonly description: LocalizedText;
  readonly categories: readonly EServiceCategory[];
  readonly url: string;
  /** Card holders of these member libraries may use it; empty = every member's card holders. */
  readonly forLibraries: readonly LibraryId[];
  /** `remote`: from anywhere with card + PIN; `on-site`: only on the libraries' computers or network. */
  readonly access: 'remote' | 'on-site';
  /** What it costs the patron or limits ("2 e-böcker per vecka"), plain text. */
  readonly terms: LocalizedText | null;
  readonly image: ImageRef | null;
}

export type ContentItem = NewsItem | EventItem | PageItem | EServiceItem;

/** What a save may set: everything but the managed fields. */
export type ContentDraft<T extends ContentItem> = Omit<T, 'id' | 'kind' | 'createdAt' | 'updatedAt' | 'updatedBy' | 'version'>;

export interface PostalAddress {
  readonly street: string;
  readonly postalCode: string;
  readonly city: string;
}

/** A library bus stop: where, and when the bus stands there (weekday, times, which weeks). */
export interface BusStop {
  readonly name: string;
  readonly place: string | null;
  readonly weekday: 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
  readonly from: string;
  readonly to: string;
  /** `every` week, or only `odd`/`even` ISO weeks. */
  readonly weeks: 'every' | 'odd' | 'even';
}

export const BRANCH_SERVICES = [
  'wifi', 'computers', 'printing', 'copying', 'scanning', 'study-places', 'group-room', 'childrens-corner',
  'reading-glasses', 'hearing-loop', 'talking-books', 'language-cafe', 'digital-help', 'meroppet', 'book-return-24h',
] as const;
export type BranchService = (typeof BRANCH_SERVICES)[number];

/**
 * How one branch presents itself; every field optional, unknown facts are left out (never invented). A branch is
 * configured (IT's: holdings map to it) or `added` by a coordinator (presentation only: no holdings map to it until IT
 * puts it in the configuration and a source's branch map, and then the configuration's library and kind win).
 */
export interface BranchProfile {
  readonly library: LibraryId;
  readonly branch: string;
  /** The name residents see: a coordinator's rename of a configured branch, or an added branch's name. */
  readonly name?: string;
  /** An added branch's kind (a configured branch's kind is the configuration's). */
  readonly kind?: BranchKind;
  /** Added by a coordinator, not in the configuration. Without it, a profile whose branch is not configured is an
   *  orphan (IT removed the branch) and is never shown. */
  readonly added?: true;
  /** Left out of every public list and its page gone (a closed branch); staff still see and edit it. */
  readonly hidden?: boolean;
  readonly description: LocalizedText | null;
  readonly address: PostalAddress | null;
  /** WGS84, for the map link and JSON-LD. */
  readonly geo: { readonly lat: number; readonly lon: number } | null;
  readonly phone: string | null;
  readonly email: string | null;
  /** The accessibility of the premises (entrance, lift, toilet, hearing loop, parking). */
  readonly accessibility: LocalizedText | null;
  readonly services: readonly BranchService[];
  /** Replaces the configured hours when set (staff edit hours and exceptions here). */
  readonly openingHours: OpeningHours | null;
  /** How self-service (meröppet) access works here: card + PIN at the door, age limits … */
  readonly selfServiceInfo: LocalizedText | null;
  readonly busStops: readonly BusStop[];
  readonly updatedAt: string;
  readonly updatedBy: string | null;
  readonly version: number;
  readonly demo?: boolean;
}

/** How one member library presents itself as a whole. */
export interface LibraryProfile {
  readonly library: LibraryId;
  readonly description: LocalizedText | null;
  readonly website: string | null;
  readonly phone: string | null;
  readonly email: string | null;
  /** The library's accent in the shared graphic profile: a CSS hex colour with AA contrast on white. */
  readonly accent: string | null;
  readonly updatedAt: string;
  readonly updatedBy: string | null;
  readonly version: number;
  readonly demo?: boolean;
}

/** The cooperation's graphic profile, edited by a coordinator: the design tokens pages are drawn with. */
export interface SiteProfile {
  /** Primary brand colour, CSS hex, AA contrast on white. */
  readonly primary: string;
  readonly accent: string;
  /** Short tagline under the name in the header. */
  readonly tagline: LocalizedText | null;
  readonly updatedAt: string;
  readonly updatedBy: string | null;
  readonly version: number;
}

export const STAFF_ROLES = ['coordinator', 'editor'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** A staff account. `library` is the editor's own library (a coordinator's may be null). Never holds the password. */
export interface StaffAccount {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly role: StaffRole;
  readonly library: LibraryId | null;
  readonly active: boolean;
  readonly createdAt: string;
  readonly lastLoginAt: string | null;
}

/** Who does something: a logged-in staff member (the policy module decides what they may do). */
export interface Actor {
  readonly id: string;
  readonly email: string;
  readonly role: StaffRole;
  readonly library: LibraryId | null;
}

/** One line of the audit log: who changed what, when; never a password or a patron's data. */
export interface AuditEntry {
  readonly id: number;
  readonly at: string;
  /** Staff account id and e-mail at the time; null actor for the system (seeding, scheduled publishing). */
  readonly actorId: string | null;
  readonly actorEmail: string | null;
  readonly action: AuditAction;
  /** What kind of thing, and its id: "news" + "n-7f3a", "staff" + account id, "branch" + branch id … */
  readonly targetKind: string;
  readonly targetId: string;
  readonly library: LibraryId | null;
  /** A short human summary: "Publicerade: Sagostund i Krokom". */
  readonly summary: string;
}

export const AUDIT_ACTIONS = [
  'create', 'update', 'publish', 'unpublish', 'delete', 'upload',
  'login', 'login-failed', 'logout', 'password-reset-requested', 'password-changed',
  'account-created', 'account-updated', 'account-deactivated',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** A report made through the accessibility statement's form: what and where; the contact is optional. */
export interface AccessibilityReport {
  readonly id: number;
  readonly at: string;
  readonly pageUrl: string | null;
  readonly description: string;
  readonly contact: string | null;
  readonly handled: boolean;
}

/** Content put in place by the system (the demo's seed): the draft fields and a stable id, so seeding again adds nothing. */
export type SeedItem<T extends ContentItem> = ContentDraft<T> & { readonly id: string };
export type SeedProfile<T extends LibraryProfile | BranchProfile> = Omit<T, 'updatedAt' | 'updatedBy' | 'version'>;

export interface SeedContent {
  readonly news: readonly SeedItem<NewsItem>[];
  readonly events: readonly SeedItem<EventItem>[];
  readonly pages: readonly SeedItem<PageItem>[];
  readonly eservices: readonly SeedItem<EServiceItem>[];
  readonly libraryProfiles: readonly SeedProfile<LibraryProfile>[];
  readonly branchProfiles: readonly SeedProfile<BranchProfile>[];
}

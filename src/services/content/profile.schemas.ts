// The staff forms' inputs for a library's and a branch's profile (contact, address, map position, services, opening
// hours, bus stops), a branch a coordinator adds, the site's graphic profile, the public accessibility report and an
// image's alt text.
import { z } from 'zod';
import { BRANCH_SERVICES } from '../../core/content.ts';
import { BRANCH_KINDS } from '../../core/types.ts';
import { WEEKDAYS } from '../../core/opening-hours/opening-hours.types.ts';
import { minuteOfClock } from '../../core/opening-hours/stockholm-time.ts';
import {
  accessibleColour, email, httpsUrl, issue, list, localizedText, nullable, optionalLocalizedText, phone, plainText,
} from './field-schemas.ts';
import { openingHoursSchema } from '../../core/opening-hours/opening-hours.schema.ts';

export const PROFILE_TEXT_MAX = 5_000;

export const libraryProfileSchema = z.object({
  description: optionalLocalizedText(PROFILE_TEXT_MAX),
  website: nullable(httpsUrl),
  phone: nullable(phone),
  email: nullable(email),
  accent: nullable(accessibleColour),
});

const blank = (x: unknown) => x === undefined || x === null || (typeof x === 'string' && x.trim() === '');
/** Absent, or a group of fields all left empty. */
const allEmpty = (v: unknown) => blank(v) || (typeof v === 'object' && Object.values(v as object).every(blank));

const address = z.preprocess((v) => (allEmpty(v) ? null : v), z.object({
  street: plainText(200),
  postalCode: z.string().trim().refine((t) => /^\d{3} ?\d{2}$/.test(t), issue('invalid', 'must be a postal code such as 831 30'))
    .transform((code) => `${code.replace(' ', '').slice(0, 3)} ${code.replace(' ', '').slice(3)}`),
  city: plainText(100),
}).nullable());

/** WGS84 degrees, as a map shows them. */
const geo = z.preprocess((v) => (allEmpty(v) ? null : v), z.object({
  lat: z.coerce.number().min(-90, 'must be from -90 to 90').max(90, 'must be from -90 to 90'),
  lon: z.coerce.number().min(-180, 'must be from -180 to 180').max(180, 'must be from -180 to 180'),
}).nullable());

const clock = z.string().trim().refine((t) => minuteOfClock(t) !== null, issue('invalid', 'must be a time "HH:MM"'));

const busStop = z.object({
  name: plainText(120),
  place: nullable(plainText(200)),
  weekday: z.enum(WEEKDAYS),
  from: clock,
  to: clock,
  weeks: z.enum(['every', 'odd', 'even']).default('every'),
}).refine((stop) => minuteOfClock(stop.to)! > minuteOfClock(stop.from)!, issue('ends-before-start', 'must be after from', ['to']));

const branchName = plainText(120);

export const branchProfileSchema = z.object({
  /** Only a coordinator sends it: absent = unchanged; empty = back to the configured name. */
  name: nullable(branchName).optional(),
  description: optionalLocalizedText(PROFILE_TEXT_MAX),
  address,
  geo,
  phone: nullable(phone),
  email: nullable(email),
  accessibility: optionalLocalizedText(PROFILE_TEXT_MAX),
  services: list(z.enum(BRANCH_SERVICES)),
  openingHours: nullable(openingHoursSchema),
  selfServiceInfo: optionalLocalizedText(2_000),
  busStops: z.array(busStop).max(100, 'at most 100 stops').default([]),
});

/** A branch id is also its public address (/bibliotek/{id}): lower-case words joined by hyphens. */
export const BRANCH_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A service point a coordinator adds to a member library; `taken`: the ids libraries and branches have already. */
export function newBranchSchema(taken: ReadonlySet<string>) {
  return z.object({
    id: z.string().trim().min(1, 'is required').max(60, 'must be at most 60 characters')
      .refine((id) => BRANCH_ID_PATTERN.test(id), issue('invalid-slug', 'must be a–z, 0–9 and single hyphens'))
      .refine((id) => !taken.has(id), issue('id-taken', 'a library or branch already has this id')),
    name: branchName,
    kind: z.enum(BRANCH_KINDS),
  });
}

export const siteProfileSchema = z.object({
  primary: accessibleColour,
  accent: accessibleColour,
  tagline: optionalLocalizedText(120),
});

/** The public form: what is wrong and where; a way to answer only if the reporter wants one. */
export const accessibilityReportSchema = z.object({
  pageUrl: nullable(z.string().trim().max(2_000, 'must be at most 2000 characters').refine(isWebAddress, issue('invalid-url', 'must be a web address'))),
  description: plainText(5_000),
  contact: nullable(plainText(200)),
});

/** An image's alt text: Swedish may be empty only for a purely decorative image. */
export const imageAltSchema = localizedText(300, { optionalSv: true });

function isWebAddress(text: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

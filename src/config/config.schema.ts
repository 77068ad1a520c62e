// The configuration file's schema (DESIGN.md §4), validated at start-up; src/config imports core only.
import { z } from 'zod';
import { BRANCH_KINDS, HOLDING_STATUSES } from '../core/types.ts';
import { LIBRARY_ID_PATTERN } from '../core/ids.ts';
import { openingHoursSchema } from '../core/opening-hours/opening-hours.schema.ts';

const id = z.string().regex(LIBRARY_ID_PATTERN, 'must be lower-case letters, digits and dashes ([a-z0-9-])');
const marcFormat = z.enum(['auto', 'iso2709', 'marcxml']);
const marcEncoding = z.enum(['auto', 'utf-8', 'marc-8', 'iso-8859-1']);

/** How item fields (852, 949, 952, …) map to holdings for one source. */
export const holdingsMappingSchema = z.strictObject({
  tag: z.string().regex(/^\d{3}$/, 'must be a three-digit MARC tag'),
  branch: z.string().length(1).optional(),
  location: z.string().length(1).optional(),
  callNumber: z.string().min(1).optional(),
  itemId: z.string().length(1).optional(),
  status: z.string().length(1).optional(),
  dueDate: z.string().length(1).optional(),
  notForLoan: z.string().length(1).optional(),
  branchMap: z.record(z.string(), z.string()).optional(),
  statusMap: z.record(z.string(), z.enum(HOLDING_STATUSES)).optional(),
});

/** Keys every catalogue source may carry. */
const sourceCommon = {
  /** Fields tried when 001 is missing, as tag + subfield: "035a", "999c". */
  idFallbacks: z.array(z.string().regex(/^\d{3}[a-z0-9]$/, 'must be a tag and a subfield code, e.g. "035a"')).optional(),
  /** The item-field mapping; a tag alone ("952") selects the built-in mapping for that tag. */
  holdings: z.union([z.enum(['852', '949', '952']), holdingsMappingSchema, z.null()]).optional(),
  /** Minutes between scheduled harvests; absent = no schedule. */
  harvestIntervalMinutes: z.number().int().min(1).optional(),
};

const secret = z.string().min(1).describe('a value, or env:NAME / file:/path to read it from');

export const sourceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('marc-file'), folder: z.string().min(1).optional(), format: marcFormat.optional(), encoding: marcEncoding.optional(), ...sourceCommon }),
  z.strictObject({
    kind: z.literal('demo'),
    /** Live availability answers this much later: to show in the demo how the portal copes with a slow system. */
    availabilityDelayMs: z.number().int().min(0).max(60_000).optional(),
    /** Live availability fails: to show a library whose system is down. */
    availabilityFails: z.boolean().optional(),
    ...sourceCommon,
  }),
  z.strictObject({ kind: z.literal('oai-pmh'), url: z.url(), metadataPrefix: z.string().min(1).default('marcxml'), set: z.string().min(1).optional(), ...sourceCommon }),
  z.strictObject({ kind: z.literal('sru'), url: z.url(), version: z.enum(['1.1', '1.2', '2.0']).default('1.2'), recordSchema: z.string().min(1).default('marcxml'), harvestQuery: z.string().min(1).default('cql.allRecords=1'), ...sourceCommon }),
  z.strictObject({ kind: z.literal('z3950'), host: z.string().min(1), port: z.number().int().min(1).max(65535), database: z.string().min(1), syntax: z.enum(['usmarc', 'xml', 'opac']).default('usmarc'), harvestQuery: z.string().min(1).default('@attr 1=_ALLRECORDS @attr 2=103 ""'), charset: z.string().min(1).optional(), ...sourceCommon }),
  z.strictObject({ kind: z.literal('koha-rest'), url: z.url(), clientId: secret, clientSecret: secret, ...sourceCommon }),
  z.strictObject({ kind: z.literal('sip2'), host: z.string().min(1), port: z.number().int().min(1).max(65535), user: secret.optional(), password: secret.optional(), institution: z.string().optional(), ...sourceCommon }),
]);

export const branchSchema = z.strictObject({
  id,
  name: z.string().min(1),
  kind: z.enum(BRANCH_KINDS).default('library'),
  openingHours: openingHoursSchema.optional(),
});

export const libraryConfigSchema = z.strictObject({
  id,
  name: z.string().min(1),
  municipalityCode: z.string().regex(/^\d{4}$/, 'must be a four-digit kommunkod').optional(),
  population: z.number().int().nonnegative().optional(),
  branches: z.array(branchSchema).min(1, 'a library needs at least one branch').optional(),
  source: sourceSchema.optional(),
});

/** Live availability on the work page: how long to wait for the libraries' systems, and how to spare a failing one. */
export const availabilitySchema = z.strictObject({
  /** The longest a work page waits for live statuses; a system slower than this shows its harvested status. */
  timeoutMs: z.number().int().min(100).max(30_000).default(2_000),
  /** How long a live answer is reused. */
  cacheSeconds: z.number().int().min(0).max(3_600).default(45),
  /** Failures in a row after which a system is left alone for `coolDownSeconds`. */
  failuresToOpen: z.number().int().min(1).max(100).default(3),
  coolDownSeconds: z.number().int().min(1).max(3_600).default(30),
});

/** The public web: its address and how it sits behind a proxy. */
export const webSchema = z.strictObject({
  /** The public address ("https://bibliotek.example.se"): feeds, the sitemap and e-mailed links use it. Default: each request's own. */
  baseUrl: z.url({ protocol: /^https?$/ }).transform((url) => url.replace(/\/+$/, '')).optional(),
  /** Behind a reverse proxy that terminates HTTPS: trust its X-Forwarded-* headers (cookies then get Secure). */
  trustProxy: z.boolean().default(false),
  /** Signs cookies (CSRF, staff sessions); the same on every web node. Default: a secret kept in the data folder. */
  sessionSecret: secret.optional(),
});

/** E-mail for password links: SMTP when `smtpUrl` is set, else .eml files in the data folder's outbox/ (a demo or test machine). */
export const mailSchema = z.strictObject({
  smtpUrl: secret.optional(),
  from: z.string().min(3).default('Samverka <noreply@localhost>'),
});

export const configSchema = z
  .strictObject({
    consortium: z.strictObject({
      name: z.string().min(1),
      defaultLanguage: z.enum(['sv', 'en']).default('sv'),
    }),
    availability: availabilitySchema.prefault({}),
    web: webSchema.prefault({}),
    mail: mailSchema.prefault({}),
    libraries: z.array(libraryConfigSchema).min(1, 'at least one library'),
  })
  .superRefine((config, ctx) => {
    const seen = new Map<string, string>();
    config.libraries.forEach((library, i) => {
      if (seen.has(library.id)) ctx.addIssue({ code: 'custom', path: ['libraries', i, 'id'], message: `duplicate library id "${library.id}"` });
      seen.set(library.id, 'library');
      (library.branches ?? []).forEach((branch, j) => {
        if (seen.get(branch.id) === 'branch') ctx.addIssue({ code: 'custom', path: ['libraries', i, 'branches', j, 'id'], message: `duplicate branch id "${branch.id}"` });
        if (!seen.has(branch.id)) seen.set(branch.id, 'branch');
      });
    });
  });

export type SamverkaConfigInput = z.input<typeof configSchema>;
export type SamverkaConfig = z.output<typeof configSchema>;
export type LibraryConfig = SamverkaConfig['libraries'][number];
export type SourceConfig = z.output<typeof sourceSchema>;
export type HoldingsMappingConfig = z.output<typeof holdingsMappingSchema>;
export type AvailabilityConfig = z.output<typeof availabilitySchema>;

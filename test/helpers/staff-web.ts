// Test helper: the web app over the fake catalogue with a real staff area — StaffAuthService and ContentService over
// the in-memory content store, mail kept in memory — with three staff members (a coordinator, an editor for Krokom,
// one for Åre), and the steps a browser takes: fetch a form for its CSRF token and cookie, log in, post a form.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Actor, ContentItem, StaffAccount } from '../../src/core/content.ts';
import { ContentService } from '../../src/services/content/content.service.ts';
import type { ImageProcessor } from '../../src/services/content/image-processor.ts';
import { Argon2PasswordHasher } from '../../src/services/staff/password-hasher.ts';
import { StaffAuthService } from '../../src/services/staff/staff-auth.service.ts';
import { SESSION_COOKIE } from '../../src/web/staff/staff-frame.tsx';
import { STAFF_PATHS } from '../../src/web/staff/staff-paths.ts';
import { buildWebApp } from '../../src/web/web-app.ts';
import { FakeCatalogue } from '../fakes/fake-catalogue.ts';
import { CONSORTIUM_NAME } from '../fakes/fake-web-app.ts';
import { fakeSourceHealth } from '../fakes/fake-source-health.ts';
import { MemoryContentStore } from '../fakes/memory-content-store.ts';
import { MemoryMailer } from '../fakes/memory-mailer.ts';

/** Everyone's password in the harness (long enough for the rules; never a real one). */
export const STAFF_PASSWORD = 'en lång och rätt testfras 2026';

/** The harness's staff members: a county coordinator, and an editor each for Krokom and Åre. */
export const STAFF_MEMBERS = {
  coordinator: { email: 'samordnare@example.se', name: 'Sara Samordnare', role: 'coordinator', library: null },
  krokom: { email: 'redaktor.krokom@example.se', name: 'Kim Krokom', role: 'editor', library: 'krokom' },
  are: { email: 'redaktor.are@example.se', name: 'Åsa Åre', role: 'editor', library: 'are' },
} as const;
export type StaffMember = keyof typeof STAFF_MEMBERS;

/** The default fixed time: Wednesday 2 December 2026, 10:00 in Stockholm. */
export const STAFF_NOW = new Date('2026-12-02T10:00:00+01:00');

export interface StaffWebOptions {
  /** The site's configured address ("https://bibliotek.example.se"); default none (the request's own). */
  readonly baseUrl?: string;
  /** Content items stored before the app starts (written as they are, no audit line). */
  readonly items?: readonly ContentItem[];
  /** Image processing for uploads; default: refuses every upload (pass SharpImages from the service to resize). */
  readonly images?: ImageProcessor;
}

export interface StaffWeb {
  readonly app: FastifyInstance;
  readonly store: MemoryContentStore;
  readonly content: ContentService;
  readonly auth: StaffAuthService;
  readonly mailer: MemoryMailer;
  readonly accounts: Readonly<Record<StaffMember, StaffAccount>>;
  readonly actors: Readonly<Record<StaffMember, Actor>>;
  /** Moves the app's clock (sessions idle out, scheduled items go live); starts at STAFF_NOW. */
  setNow(now: Date): void;
}

/** A browser's state after logging in: the Cookie header (session + CSRF secret) and a CSRF token for its forms. */
export interface StaffSession {
  readonly cookie: string;
  readonly csrf: string;
}

const NO_IMAGES: ImageProcessor = { process: async () => { throw new Error('No image processing in this test'); } };

export async function buildStaffWeb(options: StaffWebOptions = {}): Promise<StaffWeb> {
  let now = STAFF_NOW;
  const clock = () => now;
  const catalogue = new FakeCatalogue();
  const libraries = catalogue.libraries();
  const store = new MemoryContentStore();
  for (const item of options.items ?? []) await store.putContent(item);
  const mailer = new MemoryMailer();
  // argon2id as in production, with the cheapest parameters, so a test logs in in a millisecond.
  const hasher = new Argon2PasswordHasher({ memoryCost: 1024, timeCost: 1, parallelism: 1 });
  const auth = new StaffAuthService({ store, mailer, clock, libraries: libraries.map((l) => l.id), hasher, siteName: CONSORTIUM_NAME });
  const content = new ContentService({ store, libraries, clock, images: options.images ?? NO_IMAGES, cacheMs: 0 });
  const accounts = {} as Record<StaffMember, StaffAccount>;
  for (const [who, member] of Object.entries(STAFF_MEMBERS) as [StaffMember, (typeof STAFF_MEMBERS)[StaffMember]][]) {
    accounts[who] = await auth.bootstrapAccount(member, STAFF_PASSWORD);
  }
  const actors = Object.fromEntries(Object.entries(accounts).map(([who, a]) => [who, { id: a.id, email: a.email, role: a.role, library: a.library }])) as Record<StaffMember, Actor>;
  const app = await buildWebApp({
    catalogue, sources: fakeSourceHealth(), clock, content, staff: { editor: content, auth }, reporting: content,
    consortium: { name: CONSORTIUM_NAME, defaultLanguage: 'sv' }, demo: true, logger: false, baseUrl: options.baseUrl,
  });
  return { app, store, content, auth, mailer, accounts, actors, setNow: (next) => { now = next; } };
}

/** The `name=value` pairs of a response's Set-Cookie headers (attributes dropped), for a Cookie header. */
export function cookiesOf(response: LightMyRequestResponse): Record<string, string> {
  const header = response.headers['set-cookie'];
  const lines = header === undefined ? [] : Array.isArray(header) ? header : [header];
  return Object.fromEntries(lines.map((line) => line.split(';')[0]!.split('=')).map(([name, ...value]) => [name!.trim(), value.join('=')]));
}

/** Cookie header text from name → value; later maps win. */
export function cookieHeader(...jars: readonly Record<string, string>[]): string {
  return Object.entries(Object.assign({}, ...jars) as Record<string, string>).filter(([, v]) => v !== '').map(([k, v]) => `${k}=${v}`).join('; ');
}

/** GETs a form page and reads its CSRF token (`name="_csrf" value=…`) and the cookies it set, with the session's. */
export async function formToken(app: FastifyInstance, url: string, session?: StaffSession): Promise<{ token: string; cookie: string; response: LightMyRequestResponse }> {
  const response = await app.inject({ url, headers: session ? { cookie: session.cookie } : {} });
  const token = /name="_csrf" value="([^"]+)"/.exec(response.body)?.[1];
  if (!token) throw new Error(`No CSRF field on ${url} (status ${response.statusCode})`);
  return { token, cookie: cookieHeader(parseCookie(session?.cookie ?? ''), cookiesOf(response)), response };
}

/** Logs in through the real form (Swedish); throws unless the login succeeds. */
export async function loginAs(app: FastifyInstance, who: StaffMember | { readonly email: string; readonly password: string }): Promise<StaffSession> {
  const credentials = typeof who === 'string' ? { email: STAFF_MEMBERS[who].email, password: STAFF_PASSWORD } : who;
  const form = await formToken(app, STAFF_PATHS.sv.login);
  const response = await app.inject({
    method: 'POST', url: STAFF_PATHS.sv.login, headers: { cookie: form.cookie },
    payload: { ...credentials, _csrf: form.token },
  });
  const session = cookiesOf(response)[SESSION_COOKIE];
  if (response.statusCode !== 303 || !session) throw new Error(`Login as ${credentials.email} failed: ${response.statusCode}`);
  return { cookie: cookieHeader(parseCookie(form.cookie), { [SESSION_COOKIE]: session }), csrf: form.token };
}

/**
 * POSTs url-encoded fields as a browser would submit a form: with the session's cookies and its CSRF token (unless
 * `csrf: false`, or a `_csrf` given in `fields`). Without a session, the CSRF cookie and token come from `form`
 * (see formToken) if given.
 */
export async function postForm(
  app: FastifyInstance, url: string, fields: Readonly<Record<string, string | readonly string[]>>,
  session?: StaffSession | { readonly cookie: string; readonly token: string }, options: { readonly csrf?: boolean } = {},
): Promise<LightMyRequestResponse> {
  const token = session ? ('csrf' in session ? session.csrf : session.token) : undefined;
  const body = new URLSearchParams();
  if (options.csrf !== false && token && !('_csrf' in fields)) body.append('_csrf', token);
  for (const [name, value] of Object.entries(fields)) for (const v of typeof value === 'string' ? [value] : value) body.append(name, v);
  return app.inject({
    method: 'POST', url, payload: body.toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(session ? { cookie: session.cookie } : {}) },
  });
}

function parseCookie(header: string): Record<string, string> {
  return Object.fromEntries(header.split(';').map((p) => p.trim()).filter(Boolean).map((p) => {
    const at = p.indexOf('=');
    return [p.slice(0, at), p.slice(at + 1)];
  }));
}

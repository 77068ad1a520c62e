// The staff session on the wire: the cookie's flags, the hook that turns the cookie into request.staffActor and
// keeps everyone without a session out, and the `next` address a login returns to (never another site).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { LoginResult } from '../../services/staff/staff-auth.ts';
import { localeOfUrl } from '../errors.ts';
import type { Site } from '../pages/site.ts';
import { SESSION_COOKIE, type StaffSite } from './staff-frame.tsx';
import { STAFF_PATHS } from './staff-paths.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A staff route anyone may open: the login and password-reset forms. Every other staff route needs a session. */
    staffPublic?: boolean;
  }
}

/** Tokens are 32 random bytes in base64url; anything else is not looked up. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{20,128}$/;

/**
 * Secure whenever the request came over HTTPS ('auto'); always when the site's configured address is https, since
 * the app does not trust X-Forwarded-Proto (it sets no trustProxy) and a TLS proxy in front would otherwise hide it.
 */
function secureFlag(site: Site): true | 'auto' {
  return site.baseUrl?.startsWith('https:') ? true : 'auto';
}

export function setSessionCookie(site: Site, reply: FastifyReply, login: LoginResult): void {
  // Expires at the session's absolute end: the cookie never outlives what the server would accept.
  reply.setCookie(SESSION_COOKIE, login.token, {
    path: '/', httpOnly: true, sameSite: 'strict', secure: secureFlag(site), expires: new Date(login.expiresAt),
  });
}

export function clearSessionCookie(site: Site, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'strict', secure: secureFlag(site) });
}

export function sessionToken(request: FastifyRequest): string | null {
  const token = request.cookies[SESSION_COOKIE];
  return token && TOKEN_SHAPE.test(token) ? token : null;
}

/** A staff address to go on to after logging in; null for anything else (another site, a scheme, "//host"). */
export function safeNext(next: unknown): string | null {
  if (typeof next !== 'string' || next.length > 1000) return null;
  if (!/^\/(personal|en\/staff)(?=$|[/?#])/.test(next)) return null;
  if (/[\\\s]|\/\/|%2f|%5c|[\u0000-\u001f]/i.test(next)) return null;
  return next;
}

export function loginHref(url: string): string {
  const locale = localeOfUrl(url);
  const next = safeNext(url);
  return next && next !== STAFF_PATHS[locale].home ? `${STAFF_PATHS[locale].login}?next=${encodeURIComponent(next)}` : STAFF_PATHS[locale].login;
}

/**
 * In the staff scope: every response is private and unindexed; the session cookie becomes request.staffActor; a
 * request without a session to a route that needs one goes to the login form (GET) or is refused (anything else).
 */
export function registerSessionHook(scope: FastifyInstance, site: StaffSite, refuse: (request: FastifyRequest, reply: FastifyReply) => FastifyReply): void {
  scope.addHook('onRequest', async (request, reply) => {
    reply.header('cache-control', 'no-store').header('x-robots-tag', 'noindex');
    const token = sessionToken(request);
    request.staffActor = token ? await site.staff.auth.session(token) : null;
    if (token && !request.staffActor) clearSessionCookie(site, reply);
    if (request.staffActor || request.routeOptions.config.staffPublic) return;
    if (request.method === 'GET' || request.method === 'HEAD') return reply.redirect(loginHref(request.url), 303);
    return refuse(request, reply);
  });
}

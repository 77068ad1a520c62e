// Errors inside the staff area get staff pages: not logged in → a link to the login form, not allowed → what to do,
// an expired form (CSRF) → reload it and send again, too many attempts → when to try again. Anything else (a 5xx) goes
// on to the site's own error handler, which logs it and shows the generic page.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isSamverkaError } from '../../core/errors.ts';
import { localeOfUrl } from '../errors.ts';
import { sendPage, type Site } from '../pages/site.ts';
import { StaffLayout, staffFrame } from './staff-frame.tsx';
import { loginHref } from './staff-session.ts';
import { STAFF_PATHS } from './staff-paths.ts';

export type StaffErrorKind = 'unauthenticated' | 'forbidden' | 'csrf' | 'rate-limited' | 'not-found' | 'conflict' | 'bad-request';

const STATUS: Record<StaffErrorKind, number> = {
  unauthenticated: 401, forbidden: 403, csrf: 403, 'rate-limited': 429, 'not-found': 404, conflict: 409, 'bad-request': 400,
};

function kindOf(error: unknown): StaffErrorKind | null {
  if (isSamverkaError(error)) {
    switch (error.code) {
      case 'unauthenticated': case 'forbidden': case 'rate-limited': case 'not-found': case 'conflict': case 'bad-request':
        return error.code;
      case 'bad-query': case 'unknown-library':
        return 'bad-request';
      default:
        return null;
    }
  }
  const code = (error as FastifyError | null)?.code;
  if (code === 'FST_CSRF_MISSING_SECRET' || code === 'FST_CSRF_INVALID_TOKEN') return 'csrf';
  const status = (error as FastifyError | null)?.statusCode;
  return status === 404 ? 'not-found' : typeof status === 'number' && status >= 400 && status < 500 ? 'bad-request' : null;
}

/** Whole minutes, at least one: "try again in 15 minutes". */
export function retryMinutes(error: unknown): number {
  const seconds = isSamverkaError(error, 'rate-limited') ? Number(error.details.retryAfterSeconds) : 60;
  return Math.max(1, Math.ceil((Number.isFinite(seconds) ? seconds : 60) / 60));
}

export function sendStaffError(site: Site, request: FastifyRequest, reply: FastifyReply, kind: StaffErrorKind, error?: unknown): FastifyReply {
  const locale = localeOfUrl(request.url);
  const frame = staffFrame(site, locale, request, reply);
  const { l } = frame.ctx;
  const title = l.t(`staff.error.${kind}.title`);
  if (kind === 'rate-limited') reply.header('retry-after', String(retryMinutes(error) * 60));
  return sendPage(reply.code(STATUS[kind]), (
    <StaffLayout {...frame} title={title}>
      <div class="staff-page staff-error">
        <h1>{title}</h1>
        <p>{l.t(`staff.error.${kind}.text`, { count: retryMinutes(error) })}</p>
        {kind === 'unauthenticated' && <p><a class="button" href={loginHref(request.url)}>{l.t('staff.error.toLogin')}</a></p>}
        <p><a href={frame.actor ? STAFF_PATHS[locale].home : STAFF_PATHS[locale].login}>{l.t(frame.actor ? 'staff.error.toStart' : 'staff.error.toLogin')}</a></p>
      </div>
    </StaffLayout>
  ));
}

/** The staff scope's error handler; errors it does not know are thrown on to the site's handler. */
export function registerStaffErrors(scope: FastifyInstance, site: Site): void {
  scope.setErrorHandler((error, request, reply) => {
    const kind = kindOf(error);
    if (kind === null) throw error;
    request.log.info({ code: kind, message: (error as Error).message }, 'staff request rejected');
    return sendStaffError(site, request, reply, kind, error);
  });
}

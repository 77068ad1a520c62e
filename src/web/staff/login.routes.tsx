// Logging in and out. One message for a wrong e-mail or password (never which), 429 with the time to wait after too
// many attempts, a fresh session cookie on every login, and `next` only to a staff address of this site.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { isSamverkaError } from '../../core/errors.ts';
import { LOCALES } from '../i18n/i18n.ts';
import { sendPage } from '../pages/site.ts';
import { validate } from '../validate.ts';
import { FORM_LEVEL, type FieldErrors } from './content/form-values.ts';
import { retryMinutes } from './staff-errors.tsx';
import { staffFrame, type StaffSite } from './staff-frame.tsx';
import { LoginPage } from './login.page.tsx';
import { STAFF_PATHS } from './staff-paths.ts';
import { clearSessionCookie, safeNext, sessionToken, setSessionCookie } from './staff-session.ts';

const loginQuerySchema = z.object({
  next: z.string().max(1000).optional(),
  /** What just happened, for the status message: logged out, password set. */
  done: z.enum(['logout', 'password']).optional(),
});

const loginBodySchema = z.object({
  email: z.string().trim().max(320).default(''),
  password: z.string().max(1000).default(''),
  next: z.string().max(1000).optional(),
});

export function registerLoginRoutes(scope: FastifyInstance, site: StaffSite): void {
  const { auth } = site.staff;
  for (const locale of LOCALES) {
    const paths = STAFF_PATHS[locale];

    scope.get(paths.login, { config: { staffPublic: true } }, async (request, reply) => {
      const query = validate(loginQuerySchema, request.query);
      const next = safeNext(query.next);
      if (request.staffActor) return reply.redirect(next ?? paths.home, 303);
      const frame = staffFrame(site, locale, request, reply);
      const status = query.done ? frame.ctx.l.t(`staff.login.done.${query.done}`) : null;
      return sendPage(reply, <LoginPage frame={frame} next={next} status={status} />);
    });

    scope.post(paths.login, { config: { staffPublic: true }, preHandler: scope.csrfProtection }, async (request, reply) => {
      const body = validate(loginBodySchema, request.body);
      const next = safeNext(body.next);
      const frame = staffFrame(site, locale, request, reply);
      const { l } = frame.ctx;
      const again = (status: number, errors: FieldErrors) =>
        sendPage(reply.code(status), <LoginPage frame={frame} next={next} values={{ email: body.email }} errors={errors} />);
      const missing: FieldErrors = {};
      if (!body.email) missing.email = l.t('staff.login.emailMissing');
      if (!body.password) missing.password = l.t('staff.login.passwordMissing');
      if (Object.keys(missing).length > 0) return again(400, missing);
      try {
        const login = await auth.login(body.email, body.password, request.ip);
        // A session from before (another account on this browser) ends: one browser, one staff member.
        const previous = sessionToken(request);
        if (previous) await auth.logout(previous);
        setSessionCookie(site, reply, login);
        return reply.redirect(next ?? paths.home, 303);
      } catch (error) {
        if (isSamverkaError(error, 'unauthenticated')) return again(401, { email: l.t('staff.login.failed') });
        if (isSamverkaError(error, 'rate-limited')) {
          reply.header('retry-after', String(retryMinutes(error) * 60));
          return again(429, { [FORM_LEVEL]: l.t('staff.login.rateLimited', { count: retryMinutes(error) }) });
        }
        throw error;
      }
    });

    scope.post(paths.logout, { preHandler: scope.csrfProtection }, async (request, reply) => {
      const token = sessionToken(request);
      if (token) await auth.logout(token);
      clearSessionCookie(site, reply);
      return reply.redirect(`${paths.login}?done=logout`, 303);
    });
  }
}

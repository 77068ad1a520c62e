// Passwords: ask for a reset link (the answer is the same whether the e-mail is known or not), set a new password from
// the mailed link, and change one's password while logged in.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { isSamverkaError } from '../../core/errors.ts';
import { LOCALES, type Locale } from '../i18n/i18n.ts';
import { sendPage, trustedOrigin, type Site } from '../pages/site.ts';
import { validate } from '../validate.ts';
import { FORM_LEVEL, type FieldErrors } from './content/form-values.ts';
import { ChangePasswordPage, ForgotPasswordPage, MIN_PASSWORD_LENGTH, ResetPasswordPage } from './login.page.tsx';
import { actorOf, staffFrame, type StaffSite } from './staff-frame.tsx';
import { staffFieldErrors } from './staff-forms.tsx';
import { STAFF_PATHS } from './staff-paths.ts';
import { sessionToken } from './staff-session.ts';

const forgotBodySchema = z.object({ email: z.string().trim().max(320).default('') });
const tokenParamsSchema = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{16,128}$/) });
const newPasswordSchema = z.object({ password: z.string().max(1000).default(''), confirm: z.string().max(1000).default('') });
const changeBodySchema = newPasswordSchema.extend({ current: z.string().max(1000).default('') });

/** The link a reset mail carries. The origin is the configured baseUrl; without one, the request's own host. */
export function resetLink(site: Site, request: FastifyRequest, locale: Locale): (token: string) => string {
  const origin = trustedOrigin(site, request);
  return (token) => origin + STAFF_PATHS[locale].resetPassword + token;
}

/** The problems of a new password the form itself can see: empty, too short, or not typed the same twice. */
function newPasswordErrors(l: { t(key: string, o?: object): string }, password: string, confirm: string): FieldErrors {
  const errors: FieldErrors = {};
  if (!password) errors.password = l.t('staff.password.missing');
  else if ([...password].length < MIN_PASSWORD_LENGTH) errors.password = l.t('staff.password.tooShort', { count: MIN_PASSWORD_LENGTH });
  if (password && password !== confirm) errors.confirm = l.t('staff.password.mismatch');
  return errors;
}

export function registerPasswordRoutes(scope: FastifyInstance, site: StaffSite): void {
  const { auth } = site.staff;
  for (const locale of LOCALES) {
    const paths = STAFF_PATHS[locale];

    scope.get(paths.forgotPassword, { config: { staffPublic: true } }, async (request, reply) =>
      sendPage(reply, <ForgotPasswordPage frame={staffFrame(site, locale, request, reply)} />));

    scope.post(paths.forgotPassword, { config: { staffPublic: true }, preHandler: scope.csrfProtection }, async (request, reply) => {
      const { email } = validate(forgotBodySchema, request.body);
      const frame = staffFrame(site, locale, request, reply);
      const { l } = frame.ctx;
      if (!email) return sendPage(reply.code(400), <ForgotPasswordPage frame={frame} errors={{ email: l.t('staff.login.emailMissing') }} />);
      try {
        await auth.requestPasswordReset(email, request.ip, resetLink(site, request, locale));
      } catch (error) {
        // Throttled or not, the answer is the same: it must not tell whether the e-mail has an account.
        if (!isSamverkaError(error, 'rate-limited')) throw error;
        request.log.info('password reset throttled');
      }
      return sendPage(reply, <ForgotPasswordPage frame={frame} values={{ email }} status={l.t('staff.forgot.sent', { email })} />);
    });

    scope.get(`${paths.resetPassword}:token`, { config: { staffPublic: true } }, async (request, reply) => {
      const { token } = validate(tokenParamsSchema, request.params);
      return sendPage(reply, <ResetPasswordPage frame={staffFrame(site, locale, request, reply)} token={token} />);
    });

    scope.post(`${paths.resetPassword}:token`, { config: { staffPublic: true }, preHandler: scope.csrfProtection }, async (request, reply) => {
      const { token } = validate(tokenParamsSchema, request.params);
      const { password, confirm } = validate(newPasswordSchema, request.body);
      const frame = staffFrame(site, locale, request, reply);
      const { l } = frame.ctx;
      const again = (errors: FieldErrors) => sendPage(reply.code(400), <ResetPasswordPage frame={frame} token={token} errors={errors} />);
      const errors = newPasswordErrors(l, password, confirm);
      if (Object.keys(errors).length > 0) return again(errors);
      try {
        await auth.resetPassword(token, password);
      } catch (error) {
        const fields = staffFieldErrors(error, l, ['password']);
        if (!fields) throw error;
        // A password the form accepted but the service did not is about the password; anything else is the link.
        return again(fields.password ? fields : { [FORM_LEVEL]: l.t('staff.reset.invalidLink') });
      }
      return reply.redirect(`${paths.login}?done=password`, 303);
    });

    scope.get(paths.changePassword, async (request, reply) =>
      sendPage(reply, <ChangePasswordPage frame={staffFrame(site, locale, request, reply)} />));

    scope.post(paths.changePassword, { preHandler: scope.csrfProtection }, async (request, reply) => {
      const actor = actorOf(request);
      const body = validate(changeBodySchema, request.body);
      const frame = staffFrame(site, locale, request, reply);
      const { l } = frame.ctx;
      const again = (status: number, errors: FieldErrors) => sendPage(reply.code(status), <ChangePasswordPage frame={frame} errors={errors} />);
      // In the form's order, which the error summary follows.
      const errors: FieldErrors = {
        ...(body.current ? {} : { current: l.t('staff.password.currentMissing') }),
        ...newPasswordErrors(l, body.password, body.confirm),
      };
      if (Object.keys(errors).length > 0) return again(400, errors);
      try {
        // This browser's session stays; the account's other sessions end.
        await auth.changePassword(actor, body.current, body.password, sessionToken(request) ?? undefined);
      } catch (error) {
        const fields = staffFieldErrors(error, l, ['current', 'password']);
        if (!fields) throw error;
        return again(400, fields);
      }
      return sendPage(reply, <ChangePasswordPage frame={frame} status={l.t('staff.change.done')} />);
    });
  }
}

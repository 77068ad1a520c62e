// Staff accounts (policy `staff.manage`, coordinators): list, create (a link to choose a password is mailed), change.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { errors, isSamverkaError } from '../../core/errors.ts';
import { authorize } from '../../services/policy.ts';
import { LOCALES } from '../i18n/i18n.ts';
import { sendPage } from '../pages/site.ts';
import { validate } from '../validate.ts';
import { AccountPage, AccountsPage, accountValues, ACCOUNT_FIELDS, NewAccountPage, NEW_ACCOUNT_FIELDS } from './accounts.page.tsx';
import { formValuesOf, text, type FieldErrors } from './content/form-values.ts';
import { resetLink } from './password.routes.tsx';
import { actorOf, staffFrame, type StaffSite } from './staff-frame.tsx';
import { staffFieldErrors } from './staff-forms.tsx';
import { NEW_ITEM, STAFF_PATHS } from './staff-paths.ts';

const idParamsSchema = z.object({ id: z.string().min(1).max(100) });
const listQuerySchema = z.object({ done: z.enum(['created', 'updated']).optional(), who: z.string().max(320).regex(/^[^\s<>]+@[^\s<>]+$/).optional() });

export function registerAccountRoutes(scope: FastifyInstance, site: StaffSite): void {
  const { auth } = site.staff;
  const accountOf = async (actor: Parameters<typeof auth.accounts>[0], id: string) => {
    const account = (await auth.accounts(actor)).find((a) => a.id === id);
    if (!account) throw errors.notFound('staff account', id);
    return account;
  };

  for (const locale of LOCALES) {
    const paths = STAFF_PATHS[locale];

    scope.get(paths.accounts, async (request, reply) => {
      const actor = actorOf(request);
      authorize(actor, { action: 'staff.manage' });
      const query = validate(listQuerySchema, request.query);
      const accounts = await auth.accounts(actor);
      const frame = staffFrame(site, locale, request, reply);
      const status = query.done ? frame.ctx.l.t(`staff.accounts.done.${query.done}`, { who: query.who ?? '' }) : null;
      return sendPage(reply, <AccountsPage frame={frame} accounts={accounts} status={status} />);
    });

    scope.get(`${paths.accounts}/${NEW_ITEM[locale]}`, async (request, reply) => {
      authorize(actorOf(request), { action: 'staff.manage' });
      return sendPage(reply, <NewAccountPage frame={staffFrame(site, locale, request, reply)} />);
    });

    scope.post(paths.accounts, { preHandler: scope.csrfProtection }, async (request, reply) => {
      const actor = actorOf(request);
      authorize(actor, { action: 'staff.manage' });
      const values = formValuesOf(request.body);
      const input = { email: text(values, 'email'), name: text(values, 'name'), role: text(values, 'role'), library: text(values, 'library') };
      try {
        const account = await auth.createAccount(actor, input, resetLink(site, request, locale));
        return reply.redirect(`${paths.accounts}?done=created&who=${encodeURIComponent(account.email)}`, 303);
      } catch (error) {
        const frame = staffFrame(site, locale, request, reply);
        const { l } = frame.ctx;
        const fieldErrors: FieldErrors | null = isSamverkaError(error, 'conflict')
          ? { email: l.t('staff.accounts.emailTaken') }
          : staffFieldErrors(error, l, NEW_ACCOUNT_FIELDS, { email: 'staff.accounts.emailInvalid' });
        if (!fieldErrors) throw error;
        return sendPage(reply.code(isSamverkaError(error, 'conflict') ? 409 : 400), <NewAccountPage frame={frame} values={values} errors={fieldErrors} />);
      }
    });

    scope.get(`${paths.accounts}/:id`, async (request, reply) => {
      const actor = actorOf(request);
      authorize(actor, { action: 'staff.manage' });
      const { id } = validate(idParamsSchema, request.params);
      const account = await accountOf(actor, id);
      return sendPage(reply, <AccountPage frame={staffFrame(site, locale, request, reply)} account={account} values={accountValues(account)} />);
    });

    scope.post(`${paths.accounts}/:id`, { preHandler: scope.csrfProtection }, async (request, reply) => {
      const actor = actorOf(request);
      authorize(actor, { action: 'staff.manage' });
      const { id } = validate(idParamsSchema, request.params);
      const account = await accountOf(actor, id);
      const values = formValuesOf(request.body);
      // An unticked box sends nothing: absent means "not active" on this form, which always shows the box.
      const input = { name: text(values, 'name'), role: text(values, 'role'), library: text(values, 'library'), active: text(values, 'active') === '1' };
      try {
        const saved = await auth.updateAccount(actor, id, input);
        return reply.redirect(`${paths.accounts}?done=updated&who=${encodeURIComponent(saved.email)}`, 303);
      } catch (error) {
        const frame = staffFrame(site, locale, request, reply);
        const { l } = frame.ctx;
        // A coordinator may not demote or deactivate themself (the last one would lock everyone out).
        const fieldErrors: FieldErrors | null = isSamverkaError(error, 'forbidden') && id === actor.id
          ? { [input.active ? 'role' : 'active']: l.t('staff.accounts.notSelf') }
          : staffFieldErrors(error, l, ACCOUNT_FIELDS);
        if (!fieldErrors) throw error;
        return sendPage(reply.code(400), <AccountPage frame={frame} account={account} values={values} errors={fieldErrors} />);
      }
    });
  }
}

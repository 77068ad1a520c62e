// Staff accounts (coordinator): the list, a form for a new account (a link to choose a password is mailed) and a
// form to change one's role, library, name or whether it is active.
import type { StaffAccount } from '../../core/content.ts';
import type { PageContext } from '../pages/page-context.ts';
import { libraryName } from '../pages/page-context.ts';
import { CsrfField } from '../security/forms.tsx';
import { Checkbox, ErrorSummary, SelectField, TextField } from './content/form-controls.tsx';
import type { FieldErrors, FormValues } from './content/form-values.ts';
import { StaffLayout, type StaffFrame } from './staff-frame.tsx';
import { StatusMessage } from './staff-forms.tsx';
import { NEW_ITEM, STAFF_PATHS } from './staff-paths.ts';

export const NEW_ACCOUNT_FIELDS = ['name', 'email', 'role', 'library'] as const;
export const ACCOUNT_FIELDS = ['name', 'role', 'library', 'active'] as const;

export const accountHref = (ctx: PageContext, id: string) => `${STAFF_PATHS[ctx.locale].accounts}/${encodeURIComponent(id)}`;
export const newAccountHref = (ctx: PageContext) => `${STAFF_PATHS[ctx.locale].accounts}/${NEW_ITEM[ctx.locale]}`;

export function AccountsPage({ frame, accounts, status }: { readonly frame: StaffFrame; readonly accounts: readonly StaffAccount[]; readonly status: string | null }) {
  const { ctx } = frame;
  const { l } = ctx;
  const sorted = [...accounts].sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name, 'sv'));
  return (
    <StaffLayout {...frame} title={l.t('staff.accounts.title')} section="accounts">
      <div class="staff-page">
        <h1>{l.t('staff.accounts.title')}</h1>
        {status && <StatusMessage>{status}</StatusMessage>}
        <p><a class="button" href={newAccountHref(ctx)}>{l.t('staff.accounts.new')}</a></p>
        <div class="table-scroll" role="region" aria-label={l.t('staff.accounts.title')} tabindex={0}>
          <table class="staff-table">
            <caption class="visually-hidden">{l.t('staff.accounts.caption', { count: accounts.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{l.t('staff.accounts.name')}</th>
                <th scope="col">{l.t('staff.accounts.email')}</th>
                <th scope="col">{l.t('staff.accounts.role')}</th>
                <th scope="col">{l.t('staff.accounts.library')}</th>
                <th scope="col">{l.t('staff.accounts.lastLogin')}</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((account) => (
                <tr class={account.active ? undefined : 'staff-table__inactive'}>
                  <th scope="row">
                    <a href={accountHref(ctx, account.id)}>{account.name}</a>
                    {!account.active && <> <span class="badge">{l.t('staff.accounts.inactive')}</span></>}
                  </th>
                  <td class="staff-table__email">{account.email}</td>
                  <td>{l.t(`staff.role.${account.role}`)}</td>
                  <td>{account.library ? libraryName(ctx, account.library) : '–'}</td>
                  <td>{account.lastLoginAt ? l.dateTime(account.lastLoginAt) : l.t('staff.accounts.never')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </StaffLayout>
  );
}

function fieldLabels(ctx: PageContext): Record<string, string> {
  const { l } = ctx;
  return {
    email: l.t('staff.accounts.email'), name: l.t('staff.accounts.name'), role: l.t('staff.accounts.role'),
    library: l.t('staff.accounts.library'), active: l.t('staff.accounts.active'),
  };
}

function RoleAndLibrary({ ctx, values, errors, labels }: { readonly ctx: PageContext; readonly values: FormValues; readonly errors: FieldErrors; readonly labels: Record<string, string> }) {
  const { l } = ctx;
  return (
    <>
      <SelectField name="role" label={labels.role} values={values} errors={errors} hint={l.t('staff.accounts.roleHint')}
        options={[{ value: 'editor', label: l.t('staff.role.editor') }, { value: 'coordinator', label: l.t('staff.role.coordinator') }]} />
      <SelectField name="library" label={labels.library} values={values} errors={errors} hint={l.t('staff.accounts.libraryHint')}
        options={[{ value: '', label: l.t('staff.accounts.noLibrary') }, ...ctx.libraries.map((lib) => ({ value: lib.id, label: lib.name }))]} />
    </>
  );
}

export function NewAccountPage({ frame, values = { role: 'editor' }, errors = {} }: { readonly frame: StaffFrame; readonly values?: FormValues; readonly errors?: FieldErrors }) {
  const { ctx } = frame;
  const { l } = ctx;
  const labels = fieldLabels(ctx);
  return (
    <StaffLayout {...frame} title={l.t('staff.accounts.newTitle')} section="accounts">
      <div class="staff-page staff-page--narrow">
        <p class="staff-back"><a href={STAFF_PATHS[ctx.locale].accounts}>{l.t('staff.accounts.back')}</a></p>
        <h1>{l.t('staff.accounts.newTitle')}</h1>
        <ErrorSummary l={l} errors={errors} labels={(name) => labels[name] ?? name} />
        <p>{l.t('staff.accounts.newLead')}</p>
        <form class="staff-form" method="post" action={STAFF_PATHS[ctx.locale].accounts} novalidate>
          <CsrfField token={frame.csrf} />
          <TextField name="name" label={labels.name} values={values} errors={errors} autocomplete="off" required />
          <TextField name="email" type="email" label={labels.email} values={values} errors={errors} autocomplete="off" spellcheck={false} required />
          <RoleAndLibrary ctx={ctx} values={values} errors={errors} labels={labels} />
          <button class="button" type="submit">{l.t('staff.accounts.create')}</button>
        </form>
      </div>
    </StaffLayout>
  );
}

export function AccountPage({ frame, account, values, errors = {} }: {
  readonly frame: StaffFrame; readonly account: StaffAccount; readonly values: FormValues; readonly errors?: FieldErrors;
}) {
  const { ctx } = frame;
  const { l } = ctx;
  const labels = fieldLabels(ctx);
  const self = frame.actor?.id === account.id;
  return (
    <StaffLayout {...frame} title={account.name} section="accounts">
      <div class="staff-page staff-page--narrow">
        <p class="staff-back"><a href={STAFF_PATHS[ctx.locale].accounts}>{l.t('staff.accounts.back')}</a></p>
        <h1>{account.name}</h1>
        <ErrorSummary l={l} errors={errors} labels={(name) => labels[name] ?? name} />
        <dl class="facts">
          <div class="facts__row"><dt>{labels.email}</dt><dd>{account.email}</dd></div>
          <div class="facts__row"><dt>{l.t('staff.accounts.created')}</dt><dd>{l.dateTime(account.createdAt)}</dd></div>
          <div class="facts__row"><dt>{l.t('staff.accounts.lastLogin')}</dt><dd>{account.lastLoginAt ? l.dateTime(account.lastLoginAt) : l.t('staff.accounts.never')}</dd></div>
        </dl>
        <form class="staff-form" method="post" action={accountHref(ctx, account.id)} novalidate>
          <CsrfField token={frame.csrf} />
          <TextField name="name" label={labels.name} values={values} errors={errors} autocomplete="off" required />
          <RoleAndLibrary ctx={ctx} values={values} errors={errors} labels={labels} />
          <Checkbox name="active" label={labels.active} values={values} errors={errors}
            hint={self ? l.t('staff.accounts.selfHint') : l.t('staff.accounts.activeHint')} />
          <button class="button" type="submit">{l.t('staff.accounts.save')}</button>
        </form>
      </div>
    </StaffLayout>
  );
}

export function accountValues(account: StaffAccount): FormValues {
  return { name: account.name, role: account.role, library: account.library ?? '', active: account.active ? '1' : '' };
}

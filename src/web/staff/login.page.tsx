// The login form and the password forms (forgot, set a new one from a mailed link, change while logged in).
import type { ComponentChildren } from 'preact';
import { CsrfField } from '../security/forms.tsx';
import { ErrorSummary, TextField } from './content/form-controls.tsx';
import type { FieldErrors, FormValues } from './content/form-values.ts';
import { StaffLayout, type StaffFrame as Frame } from './staff-frame.tsx';
import { PasswordField, StatusMessage } from './staff-forms.tsx';
import { STAFF_PATHS } from './staff-paths.ts';

/** The least a new password must have (the auth service refuses shorter ones). */
export const MIN_PASSWORD_LENGTH = 12;

interface FormPageProps {
  readonly frame: Frame;
  readonly values?: FormValues;
  readonly errors?: FieldErrors;
  readonly status?: string | null;
}

function FormPage({ frame, title, lead, action, submit, errors, labels, status, children, after }: {
  readonly frame: Frame; readonly title: string; readonly lead?: string; readonly action: string; readonly submit: string;
  readonly errors: FieldErrors; readonly labels: Readonly<Record<string, string>>; readonly status?: string | null;
  readonly children: ComponentChildren; readonly after?: ComponentChildren;
}) {
  const { l } = frame.ctx;
  return (
    <StaffLayout {...frame} title={title}>
      <div class="staff-page staff-page--narrow">
        <h1>{title}</h1>
        {status && <StatusMessage>{status}</StatusMessage>}
        <ErrorSummary l={l} errors={errors} labels={(name) => labels[name] ?? name} />
        {lead && <p>{lead}</p>}
        <form class="staff-form" method="post" action={action} novalidate>
          <CsrfField token={frame.csrf} />
          {children}
          <button class="button" type="submit">{submit}</button>
        </form>
        {after}
      </div>
    </StaffLayout>
  );
}

export function LoginPage({ frame, values = {}, errors = {}, status, next }: FormPageProps & { readonly next: string | null }) {
  const { l, locale } = frame.ctx;
  const labels = { email: l.t('staff.login.email'), password: l.t('staff.login.password') };
  return (
    <FormPage frame={frame} title={l.t('staff.login.title')} action={STAFF_PATHS[locale].login} submit={l.t('staff.login.submit')}
      errors={errors} labels={labels} status={status}
      after={<p class="staff-form__aside"><a href={STAFF_PATHS[locale].forgotPassword}>{l.t('staff.login.forgot')}</a></p>}>
      {next && <input type="hidden" name="next" value={next} />}
      <TextField name="email" type="email" autocomplete="username" label={labels.email} values={values} errors={errors} required />
      <PasswordField name="password" autocomplete="current-password" label={labels.password} errors={errors} />
    </FormPage>
  );
}

export function ForgotPasswordPage({ frame, values = {}, errors = {}, status }: FormPageProps) {
  const { l, locale } = frame.ctx;
  const labels = { email: l.t('staff.login.email') };
  return (
    <FormPage frame={frame} title={l.t('staff.forgot.title')} lead={status ? undefined : l.t('staff.forgot.lead')}
      action={STAFF_PATHS[locale].forgotPassword} submit={l.t('staff.forgot.submit')} errors={errors} labels={labels} status={status}
      after={<p class="staff-form__aside"><a href={STAFF_PATHS[locale].login}>{l.t('staff.forgot.toLogin')}</a></p>}>
      <TextField name="email" type="email" autocomplete="username" label={labels.email} values={values} errors={errors} required />
    </FormPage>
  );
}

/** The rules of a new password, shown above the fields. */
function PasswordRules({ frame }: { readonly frame: Frame }) {
  const { l } = frame.ctx;
  return (
    <ul class="password-rules" id="password-rules">
      <li>{l.t('staff.password.ruleLength', { count: MIN_PASSWORD_LENGTH })}</li>
      <li>{l.t('staff.password.rulePhrase')}</li>
      <li>{l.t('staff.password.ruleUnique')}</li>
    </ul>
  );
}

export function ResetPasswordPage({ frame, errors = {}, token }: FormPageProps & { readonly token: string }) {
  const { l, locale } = frame.ctx;
  const labels = { password: l.t('staff.password.new'), confirm: l.t('staff.password.confirm') };
  return (
    <FormPage frame={frame} title={l.t('staff.reset.title')} action={STAFF_PATHS[locale].resetPassword + token}
      submit={l.t('staff.reset.submit')} errors={errors} labels={labels}
      after={errors[''] ? <p class="staff-form__aside"><a href={STAFF_PATHS[locale].forgotPassword}>{l.t('staff.reset.newLink')}</a></p> : undefined}>
      <PasswordRules frame={frame} />
      <PasswordField name="password" autocomplete="new-password" label={labels.password} errors={errors} hint={l.t('staff.password.hint', { count: MIN_PASSWORD_LENGTH })} />
      <PasswordField name="confirm" autocomplete="new-password" label={labels.confirm} errors={errors} />
    </FormPage>
  );
}

export function ChangePasswordPage({ frame, errors = {}, status }: FormPageProps) {
  const { l, locale } = frame.ctx;
  const labels = { current: l.t('staff.password.current'), password: l.t('staff.password.new'), confirm: l.t('staff.password.confirm') };
  return (
    <FormPage frame={frame} title={l.t('staff.change.title')} action={STAFF_PATHS[locale].changePassword}
      submit={l.t('staff.change.submit')} errors={errors} labels={labels} status={status}>
      <PasswordField name="current" autocomplete="current-password" label={labels.current} errors={errors} />
      <PasswordRules frame={frame} />
      <PasswordField name="password" autocomplete="new-password" label={labels.password} errors={errors} hint={l.t('staff.password.hint', { count: MIN_PASSWORD_LENGTH })} />
      <PasswordField name="confirm" autocomplete="new-password" label={labels.confirm} errors={errors} />
    </FormPage>
  );
}

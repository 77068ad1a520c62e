// What the staff area's own forms add to the editors' form controls (content/form-controls.tsx): success messages,
// and a service's `bad-request` turned into field messages by each issue's stable code, in the page's language.
import type { ComponentChildren } from 'preact';
import { isSamverkaError } from '../../core/errors.ts';
import type { Localizer } from '../i18n/i18n.ts';
import { fieldId } from './content/form-controls.tsx';
import { FORM_LEVEL, type FieldErrors } from './content/form-values.ts';

/** A success message, announced politely. */
export function StatusMessage({ children }: { readonly children: ComponentChildren }) {
  return <p class="status-message" role="status">{children}</p>;
}

interface Issue { readonly field?: unknown; readonly path?: unknown; readonly parameter?: unknown; readonly code?: unknown }

/** Issue codes we have words for (services/content/field-schemas.ts ISSUE_CODES); others read "check this field". */
const KNOWN_CODES = new Set([
  'required', 'too-long', 'invalid-email', 'invalid-colour', 'low-contrast', 'unknown-library',
  // A password's problems (services/staff/password-rules.ts), sent as details.field + details.reason.
  'too-short', 'same-as-email', 'too-common', 'wrong-password',
]);

function pathOf(issue: Issue): string {
  if (typeof issue.field === 'string') return issue.field;
  if (typeof issue.parameter === 'string') return issue.parameter;
  return Array.isArray(issue.path) ? issue.path.map(String).join('.') : '';
}

/**
 * The field messages of a service's `bad-request`, or null for any other error (the caller rethrows it). An issue
 * lands on the form's field named by its dotted path (or the first field under it: "tagline" → "tagline.sv"), else
 * on the form as a whole; `fields` are the form's fields in their order on the page. `hints` gives a field its own message key instead of the issue code's.
 */
export function staffFieldErrors(error: unknown, l: Localizer, fields: readonly string[], hints: Readonly<Record<string, string>> = {}): FieldErrors | null {
  if (!isSamverkaError(error, 'bad-request')) return null;
  const { details } = error;
  const issues: Issue[] = Array.isArray(details.issues) ? details.issues
    : typeof details.field === 'string' ? [{ field: details.field, code: details.reason }] : [];
  const out: FieldErrors = {};
  for (const issue of issues) {
    const path = pathOf(issue);
    const name = fields.find((f) => f === path) ?? fields.find((f) => path !== '' && (f.startsWith(`${path}.`) || path.startsWith(`${f}.`))) ?? FORM_LEVEL;
    if (out[name] !== undefined) continue;
    const code = typeof issue.code === 'string' && KNOWN_CODES.has(issue.code) ? issue.code : 'invalid';
    out[name] = l.t(hints[name] ?? `staff.issue.${code}`);
  }
  if (Object.keys(out).length === 0) out[FORM_LEVEL] = l.t('staff.issue.form');
  // The error summary lists them in this order: the form's own, top to bottom.
  const rank = (name: string) => (name === FORM_LEVEL ? -1 : fields.indexOf(name));
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => rank(a) - rank(b)));
}

/** A password input (never refilled): the editors' controls have none, the login and password forms need it. */
export function PasswordField({ name, label, errors, hint, autocomplete }: {
  readonly name: string; readonly label: string; readonly errors: FieldErrors; readonly hint?: string;
  readonly autocomplete: 'current-password' | 'new-password';
}) {
  const ids = [hint ? `${fieldId(name)}-hint` : '', errors[name] ? `${fieldId(name)}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class={`field${errors[name] ? ' field--error' : ''}`}>
      <label class="field__label" for={fieldId(name)}>{label}</label>
      {hint && <p class="field__hint" id={`${fieldId(name)}-hint`}>{hint}</p>}
      {errors[name] && <p class="field__error" id={`${fieldId(name)}-error`}>{errors[name]}</p>}
      <input class="field__input field__input--password" id={fieldId(name)} name={name} type="password" autocomplete={autocomplete}
        required spellcheck={false} aria-invalid={errors[name] ? 'true' : undefined} aria-describedby={ids || undefined} />
    </div>
  );
}

// The staff forms' plumbing: a form is a flat map of field names to values, named by the dotted path of the input
// the service validates ("title.sv", "recurrence.interval"), so the service's issues land next to their fields.
// Also: Stockholm wall-clock ⇄ ISO for datetime-local fields, and the service's errors turned into field messages.
import { isSamverkaError } from '../../../core/errors.ts';
import { stockholmIso, stockholmWallTime, clockText, isIsoDate, minuteOfClock } from '../../../core/opening-hours/stockholm-time.ts';
import type { LocalizedText } from '../../../core/content.ts';
import type { Localizer } from '../../i18n/i18n.ts';

/** A form's fields as posted (or as an item fills them in): one value, or several for checkboxes. */
export type FormValues = Readonly<Record<string, string | readonly string[]>>;

/** Field name → the message shown next to it (and in the summary at the top). Insertion order = the summary's. */
export type FieldErrors = Record<string, string>;

/** The form body as posted (url-encoded: repeated names arrive as arrays), keeping strings only. */
export function formValuesOf(body: unknown): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  if (body === null || typeof body !== 'object') return values;
  for (const [name, value] of Object.entries(body)) {
    if (typeof value === 'string') values[name] = value;
    else if (Array.isArray(value)) values[name] = value.filter((v): v is string => typeof v === 'string');
  }
  return values;
}

/** One field's value, trimmed; "" when absent (the last one when a name came twice). */
export function text(values: FormValues, name: string): string {
  const value = values[name];
  return (Array.isArray(value) ? (value.at(-1) ?? '') : (value as string | undefined) ?? '').trim();
}

/** A multi-valued field (checkboxes) as a list. */
export function list(values: FormValues, name: string): string[] {
  const value = values[name];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value as string]).map((v) => v.trim()).filter((v) => v !== '');
}

/** A field that may be left empty: null when it is. */
export function optional(values: FormValues, name: string): string | null {
  return text(values, name) || null;
}

/** Swedish and English inputs `name.sv` / `name.en`: null when both are empty, else `{ sv, en? }`. */
export function localized(values: FormValues, name: string): LocalizedText | null {
  const sv = text(values, `${name}.sv`);
  const en = text(values, `${name}.en`);
  if (!sv && !en) return null;
  return en ? { sv, en } : { sv };
}

/** The form fields of a LocalizedText. */
export function localizedValues(name: string, value: LocalizedText | null | undefined): Record<string, string> {
  return { [`${name}.sv`]: value?.sv ?? '', [`${name}.en`]: value?.en ?? '' };
}

/** A whole number the form holds as text; the text itself when it is not one (the service then names the field). */
export function wholeNumber(values: FormValues, name: string): number | string | null {
  const raw = text(values, name);
  if (!raw) return null;
  return /^\d{1,9}$/.test(raw) ? Number(raw) : raw;
}

/** "2026-12-03T18:00" as a Stockholm clock shows it → the instant in UTC ISO; the text itself when unreadable. */
export function instantOfLocal(local: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?$/.exec(local);
  const minute = match ? minuteOfClock(match[2]!) : null;
  if (!match || !isIsoDate(match[1]!) || minute === null) return local;
  return new Date(stockholmIso(match[1]!, minute)).toISOString();
}

/** An instant as a datetime-local field shows it, on a Stockholm clock. */
export function localOfInstant(iso: string | null): string {
  if (!iso) return '';
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  const wall = stockholmWallTime(time);
  return `${wall.date}T${clockText(wall.minute)}`;
}

/** One problem the service (or the form reading) found: the dotted input path and a stable code (field-schemas.ts). */
export interface FieldIssue {
  readonly path: string;
  readonly code: string;
}

/**
 * The issues of a `bad-request` from the service (`details.issues`: `{ field, code, message }` from input-issues.ts,
 * or `{ parameter }` / zod `{ path: [...] }` from elsewhere). Null for any other error: it is not a form problem.
 */
export function issuesOf(error: unknown): FieldIssue[] | null {
  if (!isSamverkaError(error, 'bad-request')) return null;
  const raw = error.details.issues;
  if (!Array.isArray(raw)) return [{ path: '', code: 'invalid' }];
  return raw.map((issue: { field?: unknown; parameter?: unknown; path?: unknown; code?: unknown }) => ({
    path: typeof issue.field === 'string' ? issue.field
      : typeof issue.parameter === 'string' ? issue.parameter
      : Array.isArray(issue.path) ? issue.path.map(String).join('.') : '',
    code: typeof issue.code === 'string' ? issue.code : 'invalid',
  }));
}

/** Issues that belong to no field are shown in the summary only. */
export const FORM_LEVEL = '';

/** Codes with their own message (staffEditors.issue.*); others say "check this field". */
const ISSUE_MESSAGES = new Set([
  'required', 'too-long', 'out-of-range', 'invalid-url', 'https-only', 'invalid-email', 'invalid-phone', 'invalid-colour',
  'low-contrast', 'invalid-date', 'ends-before-start', 'unknown-library', 'unknown-branch', 'invalid-slug', 'reserved-slug',
  'slug-taken', 'until-and-count', 'unknown-image', 'place-required',
]);

/**
 * Field messages for issues, in the page's language: each lands on the field named by its path, or the nearest
 * field of the form (an issue on "recurrence" lands on "recurrence.frequency"; one on a row on the row's first
 * field). `fieldOf` maps the input's paths to the form's names where empty rows were left out; `known` lists the
 * form's field names in order.
 */
export function fieldErrorsOf(
  l: Localizer, issues: readonly FieldIssue[], known: readonly string[], fieldOf: (path: string) => string = (p) => p, values?: FormValues,
): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const name = nearestField(fieldOf(issue.path), known);
    // A field left empty that must be a date or an address is simply missing: say "fill in", not "the format".
    const missing = values !== undefined && name !== FORM_LEVEL && text(values, name) === '' && FORMAT_CODES.has(issue.code);
    const code = missing ? 'required' : ISSUE_MESSAGES.has(issue.code) ? issue.code : 'invalid';
    // "Fill in" reads wrong under check boxes: nothing ticked is "choose at least one".
    const said = code === 'required' && CHOICE_FIELDS.has(name) ? 'choose' : code;
    if (errors[name] === undefined) errors[name] = l.t(`staffEditors.issue.${said}`);
  }
  return errors;
}

/** Check-box groups of the forms, where a missing value means nothing was ticked. */
const CHOICE_FIELDS = new Set(['audiences', 'categories', 'services']);

const FORMAT_CODES = new Set(['invalid', 'invalid-date', 'invalid-url', 'https-only', 'invalid-email', 'invalid-phone', 'invalid-colour']);

function nearestField(path: string, known: readonly string[]): string {
  if (!path) return FORM_LEVEL;
  if (known.includes(path)) return path;
  const parts = path.split('.');
  while (parts.length > 0) {
    const prefix = parts.join('.');
    if (known.includes(prefix)) return prefix;
    const first = known.find((name) => name.startsWith(`${prefix}.`));
    if (first) return first;
    parts.pop();
  }
  return FORM_LEVEL;
}

// Turns a failed form validation into one `bad-request` whose details list every bad field by name, with a stable code,
// so the staff pages can show each message next to its field.
import type { z } from 'zod';
import { errors, SamverkaError } from '../../core/errors.ts';
import type { IssueCode } from './field-schemas.ts';

export interface FieldIssue {
  /** The field's path in the input, dotted: "title.sv", "recurrence.interval", "openingHours.schedules.0.days.mon.1". */
  readonly field: string;
  readonly code: IssueCode;
  /** English, for logs and the API; the pages say `code` in their own language. */
  readonly message: string;
}

/** Parses `input` with `schema`, or throws `bad-request` with `details.issues: FieldIssue[]`. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  throw invalidFields(result.error.issues.map(fieldIssueOf));
}

export function invalidFields(issues: readonly FieldIssue[]): SamverkaError {
  const summary = issues.map((i) => (i.field ? `${i.field}: ${i.message}` : i.message)).join('; ');
  return errors.badRequest(`Invalid fields: ${summary}`, { issues });
}

function fieldIssueOf(issue: z.core.$ZodIssue): FieldIssue {
  const field = issue.path.map(String).join('.');
  return { field, code: codeOf(issue), message: messageOf(issue) };
}

function codeOf(issue: z.core.$ZodIssue): IssueCode {
  const missing = issue.input === undefined || issue.input === null || issue.input === '';
  switch (issue.code) {
    case 'custom':
      return (issue.params?.code as IssueCode | undefined) ?? 'invalid';
    case 'invalid_type':
      return missing ? 'required' : 'invalid';
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return 'required';
      if (issue.origin === 'array' && Number(issue.minimum) <= 1) return 'required';
      return issue.origin === 'string' || issue.origin === 'array' ? 'invalid' : 'out-of-range';
    case 'too_big':
      return issue.origin === 'string' || issue.origin === 'array' ? 'too-long' : 'out-of-range';
    case 'invalid_format':
      return issue.format === 'email' ? 'invalid-email' : issue.format === 'url' ? 'invalid-url' : 'invalid';
    default:
      return 'invalid';
  }
}

/** Zod's own wording for a missing value names types ("expected string, received undefined"); say it plainly. */
function messageOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && (issue.input === undefined || issue.input === null)) return 'is required';
  if (issue.code === 'invalid_value') return `must be one of ${issue.values.map(String).join(', ')}`;
  return issue.message;
}

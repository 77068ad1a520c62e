// Input validation with zod: every failure becomes one SamverkaError `bad-request` naming the bad parameters.
import type { z } from 'zod';
import { errors } from '../core/errors.ts';

export function validate<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({ parameter: issue.path.join('.'), message: issue.message }));
  const summary = issues.map((i) => (i.parameter ? `${i.parameter}: ${i.message}` : i.message)).join('; ');
  throw errors.badRequest(`Invalid parameters: ${summary}`, { issues });
}

/** Form fields left empty arrive as ""; they mean "not given", so they are dropped before validation. */
export function dropEmptyValues(query: unknown): Record<string, unknown> {
  if (query === null || typeof query !== 'object') return {};
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(query)) {
    const kept = Array.isArray(value) ? value.filter((v) => v !== '') : value;
    if (kept !== '' && !(Array.isArray(kept) && kept.length === 0)) out[key] = kept;
  }
  return out;
}

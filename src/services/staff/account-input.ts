// The zod schemas of the account forms (create and update) and the rule that binds role and library: an editor
// belongs to one member library; a coordinator may name one or none. Field issues as in the content forms.
import { z } from 'zod';
import { STAFF_ROLES, type StaffRole } from '../../core/content.ts';
import type { LibraryId } from '../../core/types.ts';
import { email, nullable, plainText } from '../content/field-schemas.ts';
import { invalidFields, parseInput } from '../content/input-issues.ts';

export interface AccountFields {
  readonly email: string;
  readonly name: string;
  readonly role: StaffRole;
  readonly library: LibraryId | null;
}

export type AccountChanges = Partial<Omit<AccountFields, 'email'>> & { readonly active?: boolean };

/** E-mails are kept lower-cased: they are compared that way everywhere. */
const accountEmail = email.transform((text) => text.toLowerCase());
const role = z.enum(STAFF_ROLES);
const library = nullable(z.string().trim().max(64));
/** Absent = unchanged; a select or a button sends "true"/"false", a checkbox "on". */
const active = z.union([z.boolean(), z.enum(['true', 'on', 'false', 'off']).transform((v) => v === 'true' || v === 'on')]);

const createSchema = z.object({ email: accountEmail, name: plainText(200), role, library });
const updateSchema = z.object({ name: plainText(200).optional(), role: role.optional(), library: library.optional(), active: active.optional() });

export function parseNewAccount(input: unknown, libraries: readonly LibraryId[]): AccountFields {
  const fields = parseInput(createSchema, input);
  assertRoleAndLibrary(fields, libraries);
  return fields;
}

export function parseAccountChanges(input: unknown): AccountChanges {
  const parsed = parseInput(updateSchema, input);
  // Keep only what was sent, so an update never writes `undefined` over a stored value.
  return Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined)) as AccountChanges;
}

/** `bad-request` on the `library` field for an editor without a library or a library that is not a member. */
export function assertRoleAndLibrary(account: Pick<AccountFields, 'role' | 'library'>, libraries: readonly LibraryId[]): void {
  if (account.library !== null && !libraries.includes(account.library)) {
    throw invalidFields([{ field: 'library', code: 'unknown-library', message: `must be one of ${libraries.join(', ')}` }]);
  }
  if (account.role === 'editor' && account.library === null) {
    throw invalidFields([{ field: 'library', code: 'required', message: 'an editor belongs to a member library' }]);
  }
}

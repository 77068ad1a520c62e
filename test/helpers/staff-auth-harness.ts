// Test helper: the staff auth service over the in-memory content store and mailer, with a clock the test moves and
// cheap argon2id parameters (the real algorithm at a fraction of the cost), plus a coordinator and an editor.
import type { Actor } from '../../src/core/content.ts';
import { Argon2PasswordHasher } from '../../src/services/staff/password-hasher.ts';
import { StaffAuthService, type StaffAuthOptions } from '../../src/services/staff/staff-auth.service.ts';
import { MemoryContentStore } from '../fakes/memory-content-store.ts';
import { MemoryMailer } from '../fakes/memory-mailer.ts';

export const CHEAP_HASHER = new Argon2PasswordHasher({ memoryCost: 256, timeCost: 1, parallelism: 1 });
export const START = new Date('2026-12-02T10:00:00+01:00');
export const LIBRARIES = ['krokom', 'ostersund'] as const;
export const COORDINATOR = { email: 'samordnare@example.se', name: 'Sara Samordnare', role: 'coordinator', library: null } as const;
export const EDITOR = { email: 'redaktor@krokom.example.se', name: 'Erik Redaktör', role: 'editor', library: 'krokom' } as const;
export const PASSWORD = 'lingon-skog-fjäll-2026';
export const ADDRESS = '192.0.2.10';
export const link = (token: string) => `https://bibliotek.example.se/personal/nytt-losenord/${token}`;

export async function staffAuthHarness(options: Partial<StaffAuthOptions> = {}) {
  let now = START;
  const store = new MemoryContentStore();
  const mailer = new MemoryMailer();
  const auth = new StaffAuthService({ store, mailer, clock: () => now, hasher: CHEAP_HASHER, libraries: LIBRARIES, ...options });
  const coordinator = await auth.bootstrapAccount(COORDINATOR, PASSWORD);
  const editor = await auth.bootstrapAccount(EDITOR, PASSWORD);
  const actor = (account: typeof coordinator): Actor => ({ id: account.id, email: account.email, role: account.role, library: account.library });
  return {
    store, mailer, auth, coordinator, editor,
    coordinatorActor: actor(coordinator),
    editorActor: actor(editor),
    now: () => now,
    advance(minutes: number) { now = new Date(now.getTime() + minutes * 60_000); },
    /** The token at the end of the last link mailed to `email`. */
    lastToken(email: string): string {
      const found = mailer.lastLink(email);
      if (!found) throw new Error(`no link mailed to ${email}`);
      return found.slice(found.lastIndexOf('/') + 1);
    },
  };
}

// The secrets of the staff area: session and reset tokens are 32 random bytes (base64url) handed to the person;
// the store keeps only their SHA-256, so a copy of the database opens no session and resets no password.
import { createHash, randomBytes } from 'node:crypto';
import type { ContentStore } from '../../store/content-store.ts';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function newAccountId(): string {
  return `s-${randomBytes(8).toString('hex')}`;
}

/** Stores a one-use password link for the account and returns its token (for the address the person is sent). */
export async function issuePasswordLink(store: Pick<ContentStore, 'putPasswordReset'>, accountId: string, expiresAt: Date): Promise<string> {
  const token = newToken();
  await store.putPasswordReset({ tokenHash: tokenHash(token), accountId, expiresAt: expiresAt.toISOString() });
  return token;
}

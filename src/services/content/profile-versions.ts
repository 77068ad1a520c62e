// What every profile save shares: a form carries the version it was opened at and a stale one is refused; each save
// records who and when and counts the version up; a seeded demo profile stays marked as demo.
import type { Actor } from '../../core/content.ts';
import { errors } from '../../core/errors.ts';

/** A stale form (or a save that lost a race: `current` null) is a conflict. */
export function checkVersion(what: string, current: number | null, expected: number): void {
  if (current !== expected) throw errors.conflict(`The ${what} was changed by someone else since the form was opened`, { current, expected });
}

/** The managed fields of a saved profile. */
export function changedBy(actor: Actor, now: Date, existing: { readonly version: number } | null, expectedVersion: number) {
  return { updatedAt: now.toISOString(), updatedBy: actor.id, version: (existing?.version ?? expectedVersion) + 1 };
}

/** Seeded demo profiles stay marked as demo when staff edit them: made-up facts must never pass as real. */
export function demoOf(existing: { readonly demo?: boolean } | null): { demo?: true } {
  return existing?.demo ? { demo: true } : {};
}

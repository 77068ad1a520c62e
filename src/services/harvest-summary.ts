// What a harvest reports (the JSON of `samverka harvest --json`, DESIGN.md §5): the import summary of what it
// committed, with the library, how it ended, and a failure's message with credentials taken out.
import { isSamverkaError } from '../core/errors.ts';
import type { LibraryId } from '../core/types.ts';
import type { ImportSummary } from './ingest.service.ts';

/**
 * `ok`: harvested to the end. `unreachable`: the source did not answer (nothing stored was touched).
 * `failed`: the source broke off or sent what cannot be read, or the harvest was interrupted (what was committed
 * before stays). `busy`: another harvest of the source is running, so this one did not start. `not-harvestable`:
 * the library's source has no harvester (its records come through `samverka import`).
 */
export type HarvestStatus = 'ok' | 'unreachable' | 'failed' | 'busy' | 'not-harvestable';

export interface HarvestSummary extends ImportSummary {
  readonly library: LibraryId;
  readonly status: HarvestStatus;
  readonly full: boolean;
  /** Records deleted because a complete full harvest no longer found them; counted in `deleted` and `read` too. */
  readonly swept: number;
  /** Why the harvest failed or was unreachable. */
  readonly error?: string;
  /** Why nothing ran (busy, not harvestable), or why a full harvest deleted nothing. */
  readonly note?: string;
}

/** The statuses that make `samverka harvest` exit non-zero: the harvest asked for did not complete. */
export const UNSUCCESSFUL: ReadonlySet<HarvestStatus> = new Set(['unreachable', 'failed', 'busy']);

export function failureStatus(error: unknown): 'unreachable' | 'failed' {
  return isSamverkaError(error, 'source-unavailable') || isSamverkaError(error, 'timeout') ? 'unreachable' : 'failed';
}

/** A failure as staff may read it: `user:password@` in URLs and secret-looking query parameters masked. */
export function publicMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message
    .replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^/\s@]+@/gi, '$1***@')
    .replace(/([?&][^=&\s]*(?:key|token|secret|password|passwd|pwd|auth)[^=&\s]*=)[^&\s#]+/gi, '$1***');
}

// The harvest cursor of the search-based protocols (SRU, Z39.50): the next position to fetch in the result set of
// the harvest query. Neither protocol has change dates, so an incremental harvest picks up records appended at
// the end of the result set (Zebra and most servers order an unranked set by insertion); edits in place and
// deletions are seen only by a full harvest.
import type { HarvestCursor, HarvestRequest } from './connector.ts';

interface PositionCursor {
  /** 1-based position of the first record not yet committed. */
  readonly next: number;
  /** The query whose result set `next` counts in: positions mean nothing in another query's set. */
  readonly query: string;
}

export function positionCursor(next: number, query: string): HarvestCursor {
  return JSON.stringify({ next, query } satisfies PositionCursor);
}

/** Where a harvest starts: 1 for a full one, a cursor of another query or one we cannot read, else the cursor's position. */
export function startPosition(request: HarvestRequest, query: string): { start: number; reason: string | null } {
  if (request.full || request.since === null) return { start: 1, reason: null };
  let cursor: Partial<PositionCursor> = {};
  try {
    cursor = JSON.parse(request.since) as Partial<PositionCursor>;
  } catch {
    // Not ours (or damaged): starting over harvests too much, never too little.
  }
  if (!Number.isSafeInteger(cursor.next) || (cursor.next as number) < 1) return { start: 1, reason: `unreadable cursor ${request.since}` };
  if (cursor.query !== query) return { start: 1, reason: `the harvest query changed from ${String(cursor.query)}` };
  return { start: cursor.next as number, reason: null };
}

/**
 * A set smaller than the committed part means records were deleted before the cursor: positions have shifted, so
 * the harvest starts over rather than skip the records that moved down.
 */
export function shrunk(start: number, total: number): boolean {
  return start > total + 1;
}

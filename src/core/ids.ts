// Record and library ids: `library:localId`, routed by the prefix.
import type { LibraryId, RecordId } from './types.ts';

export const LIBRARY_ID_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

export function isLibraryId(value: string): boolean {
  return LIBRARY_ID_PATTERN.test(value);
}

export function recordId(library: LibraryId, localId: string): RecordId {
  return `${library}:${localId}`;
}

/** Splits a record id at its first colon; null when it has no library prefix. */
export function parseRecordId(id: string): { library: LibraryId; localId: string } | null {
  const at = id.indexOf(':');
  if (at <= 0 || at === id.length - 1) return null;
  const library = id.slice(0, at);
  return isLibraryId(library) ? { library, localId: id.slice(at + 1) } : null;
}

// Content for a site without a content store (a catalogue-only deployment, or tests of other parts): the configured
// libraries with their configured hours, and nothing written.
import { upcomingOccurrences } from '../../core/events/recurrence.ts';
import type { Library } from '../../core/types.ts';
import type { ContentReader, LibraryView } from './content-reader.ts';

export const DEFAULT_SITE_PROFILE = { primary: '#0d4f5c', accent: '#a8431b', tagline: null, updatedAt: '1970-01-01T00:00:00.000Z', updatedBy: null, version: 0 } as const;

export function libraryViewsOf(libraries: readonly Library[]): LibraryView[] {
  return libraries.map((library) => ({ library, profile: null, branches: library.branches.map((branch) => ({ branch, library: library.id, profile: null })) }));
}

export function emptyContentReader(libraries: readonly Library[]): ContentReader {
  const views = libraryViewsOf(libraries);
  return {
    libraries: async () => views,
    news: async () => ({ total: 0, items: [] }),
    newsItem: async () => null,
    events: async () => ({ total: 0, items: [] }),
    event: async () => null,
    occurrences: (event, from, limit) => upcomingOccurrences(event, new Date(from), limit),
    page: async () => null,
    pages: async () => [],
    eservices: async () => [],
    site: async () => DEFAULT_SITE_PROFILE,
    image: async () => null,
  };
}

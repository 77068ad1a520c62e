// A work's summary (title, authors, years, facets) derived from its records.
import { AUDIENCES, FORMATS } from '../core/types.ts';
import type { Audience, BibRecord, Format, LibraryId, Work, WorkId } from '../core/types.ts';

/**
 * The record that speaks for the work: among records in the preferred language (the consortium's, Swedish,
 * when any exist; else all), the one whose title is the most common; ties go to the record with most
 * authors listed, then the newest, then the smallest id — so the choice does not depend on import order.
 */
function representative(records: readonly BibRecord[], preferredLanguage: string): BibRecord {
  const preferred = records.filter((r) => r.languages[0] === preferredLanguage);
  const pool = preferred.length > 0 ? preferred : records;
  const titleCount = new Map<string, number>();
  for (const r of pool) titleCount.set(r.title.toLowerCase(), (titleCount.get(r.title.toLowerCase()) ?? 0) + 1);
  return [...pool].sort(
    (a, b) =>
      (titleCount.get(b.title.toLowerCase()) ?? 0) - (titleCount.get(a.title.toLowerCase()) ?? 0) ||
      b.authors.length - a.authors.length ||
      (b.year ?? 0) - (a.year ?? 0) ||
      a.id.localeCompare(b.id),
  )[0];
}

/** Values by how many records have them, then first seen: the facet values most typical of the work first. */
function byFrequency(lists: readonly (readonly string[])[]): string[] {
  const count = new Map<string, number>();
  for (const list of lists) for (const value of new Set(list)) count.set(value, (count.get(value) ?? 0) + 1);
  return [...count.keys()].sort((a, b) => (count.get(b) ?? 0) - (count.get(a) ?? 0));
}

function inOrder<T extends string>(order: readonly T[], values: Iterable<T>): T[] {
  const present = new Set(values);
  return order.filter((v) => present.has(v));
}

/** The work from its records; `preferredLanguage` (a MARC code) picks the title patrons see first. */
export function summarizeWork(id: WorkId, records: readonly BibRecord[], preferredLanguage = 'swe'): Work {
  if (records.length === 0) {
    return {
      id, title: '', subtitle: null, authors: [], yearMin: null, yearMax: null, formats: [], languages: [],
      subjects: [], audiences: [], libraries: [], recordIds: [],
    };
  }
  const best = representative(records, preferredLanguage);
  const years = records.map((r) => r.year).filter((y): y is number => y !== null);
  return {
    id,
    title: best.title,
    subtitle: best.subtitle,
    authors: best.authors,
    yearMin: years.length > 0 ? years.reduce((a, b) => Math.min(a, b)) : null,
    yearMax: years.length > 0 ? years.reduce((a, b) => Math.max(a, b)) : null,
    formats: inOrder<Format>(FORMATS, records.flatMap((r) => r.formats)),
    languages: byFrequency(records.map((r) => r.languages)),
    subjects: byFrequency(records.map((r) => r.subjects)),
    audiences: inOrder<Audience>(AUDIENCES, records.flatMap((r) => (r.audience ? [r.audience] : []))),
    libraries: [...new Set<LibraryId>(records.map((r) => r.library))].sort(),
    recordIds: records.map((r) => r.id).sort(),
  };
}

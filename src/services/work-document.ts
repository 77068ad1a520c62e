// Builds what the search index knows of a work (WorkDocument) from the work and its records.
import type { BibRecord, Work } from '../core/types.ts';
import { sortKey } from '../catalogue/text-normalize.ts';
import type { WorkDocument } from '../search/search-index.ts';

export function toWorkDocument(work: Work, records: readonly BibRecord[]): WorkDocument {
  const each = <T>(pick: (r: BibRecord) => readonly (T | null)[]): T[] => distinct(records.flatMap(pick));
  return {
    id: work.id,
    title: work.title,
    subtitle: work.subtitle,
    authors: work.authors,
    titleText: joinText([work.title, work.subtitle, ...each((r) => [r.title, r.subtitle, r.uniformTitle])]),
    authorText: joinText([...work.authors, ...each((r) => [...r.authors, r.responsibility])]),
    subjectText: joinText([...work.subjects, ...each((r) => [...r.subjects, ...r.genres])]),
    otherText: joinText(each((r) => [...r.series, r.publisher, r.edition, r.description, ...r.notes])),
    identifiers: each((r) => [...r.isbns.flatMap(isbnForms), ...r.issns.map(compactId), ...r.otherIds.map(otherIdForm)]).filter(
      (id) => id !== '',
    ),
    libraries: work.libraries,
    availableLibraries: each((r) => r.holdings.filter((h) => h.status === 'available').map((h) => h.library)).sort(),
    formats: work.formats,
    languages: work.languages,
    years: each((r) => [r.year]).sort((a, b) => a - b),
    subjects: work.subjects,
    authorFacets: work.authors,
    audiences: work.audiences,
    recordCount: records.length,
    // The representative record's filing form honours its nonfiling indicator ("The call of …" files under C).
    sortTitle: records.find((r) => r.title === work.title)?.sortTitle ?? sortKey(work.title, 0, work.languages[0] ?? null),
  };
}

function distinct<T>(values: readonly (T | null)[]): T[] {
  return [...new Set(values.filter((v): v is T => v !== null))];
}

/** Distinct non-empty texts, one per line, so that a phrase never runs from one value into the next. */
function joinText(values: readonly (string | null)[]): string {
  return distinct(values.map((v) => v?.trim() || null)).join('\n');
}

/** Digits and X only: "0018-263X" → "0018263X". */
function compactId(id: string): string {
  return id.toUpperCase().replace(/[^0-9X]/g, '');
}

/** An ISBN-13 and, for the 978 range, its ISBN-10 form, so that `isbn:` finds either spelling. */
function isbnForms(isbn: string): string[] {
  const compact = compactId(isbn);
  if (!/^978\d{9}[\dX]$/.test(compact)) return [compact];
  const body = compact.slice(3, 12);
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(body[i]) * (10 - i);
  const check = (11 - (sum % 11)) % 11;
  return [compact, body + (check === 10 ? 'X' : String(check))];
}

/** Other standard ids without their qualifiers: "SILCD1325 (Silva Screen)" → "SILCD1325". */
function otherIdForm(id: string): string {
  return id.replace(/\([^)]*\)/g, ' ').toUpperCase().replace(/[^0-9A-Z]/g, '');
}

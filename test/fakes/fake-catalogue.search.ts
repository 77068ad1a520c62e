// The fake catalogue's in-memory search: word matching, filters, facet counts and sorting over a few works.
import { errors } from '../../src/core/errors.ts';
import type { BibRecord, Work } from '../../src/core/types.ts';
import type { SearchQuery, SearchResult, WorkView } from '../../src/services/catalogue-reader.ts';

type SearchFilters = SearchQuery['filters'];
export type FacetName = keyof SearchResult['facets'];
export const FACETS: readonly FacetName[] = ['library', 'format', 'language', 'year', 'subject', 'author', 'audience'];

/** A work as the fake searches it: its view, where a copy is on the shelf, and its text by field. */
export interface Entry { readonly view: WorkView; readonly available: readonly string[]; readonly text: Record<string, string> }

export function entryOf(id: string, records: readonly BibRecord[]): Entry {
  const first = records[0];
  const years = records.map((r) => r.year).filter((y): y is number => y !== null);
  const union = <T>(pick: (r: BibRecord) => readonly T[]) => [...new Set(records.flatMap(pick))];
  const work: Work = {
    id, title: first.title, subtitle: first.subtitle, authors: first.authors,
    yearMin: years.length ? Math.min(...years) : null, yearMax: years.length ? Math.max(...years) : null,
    formats: union((r) => r.formats), languages: union((r) => r.languages), subjects: union((r) => r.subjects),
    audiences: union((r) => (r.audience ? [r.audience] : [])), libraries: union((r) => [r.library]),
    recordIds: records.map((r) => r.id),
  };
  const holdings = records.flatMap((r) => r.holdings.map((h) => ({ ...h, recordId: r.id })))
    .sort((a, b) => `${a.library} ${a.branch}`.localeCompare(`${b.library} ${b.branch}`));
  const lower = (values: readonly (string | null)[]) => values.filter(Boolean).join(' ').toLowerCase();
  return {
    view: { work, records: [...records].sort((a, b) => (b.year ?? 0) - (a.year ?? 0)), holdings, decisions: [] },
    available: [...new Set(holdings.filter((h) => h.status === 'available').map((h) => h.library))],
    text: {
      title: lower(records.flatMap((r) => [r.title, r.subtitle, r.uniformTitle])),
      author: lower(records.flatMap((r) => r.authors)),
      subject: lower(records.flatMap((r) => [...r.subjects, ...r.genres])),
      isbn: lower(records.flatMap((r) => r.isbns)),
      any: lower(records.flatMap((r) => [r.title, r.subtitle, r.uniformTitle, ...r.authors, ...r.subjects, ...r.genres, ...r.isbns, r.publisher])),
    },
  };
}

export interface Term { readonly field: string; readonly value: string; readonly negated: boolean }

const FIELD_NAMES: Record<string, string> = {
  titel: 'title', title: 'title', 'författare': 'author', author: 'author', 'ämne': 'subject', subject: 'subject', isbn: 'isbn',
};

/** Throws `bad-query` for an unbalanced quote or a dangling operator, as the real parser does. */
export function parseText(text: string): Term[] {
  if ((text.match(/"/g) ?? []).length % 2 === 1) throw errors.badQuery('Unbalanced quote in query', { query: text });
  const tokens = text.match(/(?:[\p{L}\p{N}-]+:)?"[^"]*"|\S+/gu) ?? [];
  if (/^(AND|OR|NOT)$/.test(tokens.at(-1) ?? '')) throw errors.badQuery('Query ends with an operator', { query: text });
  const terms: Term[] = [];
  let negated = false;
  for (const token of tokens) {
    if (token === 'NOT') { negated = true; continue; }
    if (token === 'AND' || token === 'OR') continue;
    const m = /^([\p{L}]+):(.*)$/u.exec(token);
    const field = m && FIELD_NAMES[m[1].toLowerCase()] ? FIELD_NAMES[m[1].toLowerCase()] : 'any';
    const value = (field === 'any' ? token : m![2]).replace(/"/g, '').toLowerCase();
    if (value) terms.push({ field, value, negated });
    negated = false;
  }
  return terms;
}

function facetValues(e: Entry, facet: FacetName): readonly string[] {
  const w = e.view.work;
  switch (facet) {
    case 'library': return w.libraries;
    case 'format': return w.formats;
    case 'language': return w.languages;
    case 'year': return [...new Set(e.view.records.map((r) => r.year).filter((y) => y !== null).map(String))];
    case 'subject': return w.subjects;
    case 'author': return w.authors;
    case 'audience': return w.audiences;
  }
}

export function passesFilters(e: Entry, filters: SearchFilters, except?: FacetName): boolean {
  for (const facet of FACETS) {
    const wanted = filters[facet];
    if (facet === except || !wanted?.length) continue;
    const have = facetValues(e, facet);
    const hit = facet === 'year'
      ? wanted.some((range) => have.some((y) => inYearRange(Number(y), range)))
      : wanted.some((v) => have.includes(v));
    if (!hit) return false;
  }
  if (filters.available) {
    const scope = filters.library?.length ? filters.library : null;
    if (!e.available.some((l) => !scope || scope.includes(l))) return false;
  }
  return true;
}

function inYearRange(year: number, range: string): boolean {
  const [from, to = from] = range.split('-').map(Number);
  return year >= from && year <= to;
}

export function countFacet(entries: readonly Entry[], facet: FacetName, limit: number) {
  const counts = new Map<string, number>();
  for (const e of entries) for (const v of facetValues(e, facet)) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)).slice(0, limit);
}

export function sortEntries(entries: Entry[], sort: SearchQuery['sort']): Entry[] {
  const w = (e: Entry) => e.view.work;
  switch (sort) {
    case 'newest': return entries.sort((a, b) => (w(b).yearMax ?? 0) - (w(a).yearMax ?? 0));
    case 'oldest': return entries.sort((a, b) => (w(a).yearMin ?? 9999) - (w(b).yearMin ?? 9999));
    case 'title': return entries.sort((a, b) => w(a).title.localeCompare(w(b).title, 'sv'));
    case 'relevance': return entries;
  }
}

export function oneEdit(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
}

// Builds what the search index knows of a work (WorkDocument) from the work and the distinct values of its
// records, tallied so that a joining record adds its values without the others being read again.
import type { BibRecord, LibraryId, Work } from '../core/types.ts';
import type { MemberFace } from '../catalogue/work-summary.ts';
import { sortKey } from '../catalogue/text-normalize.ts';
import type { WorkDocument } from '../search/search-index.ts';

/** The distinct values of a work's records, each list in first-seen order, as stored (JSON). */
export interface DocumentTallyData {
  readonly titles: readonly string[];
  readonly authors: readonly string[];
  readonly subjects: readonly string[];
  readonly other: readonly string[];
  readonly identifiers: readonly string[];
  readonly available: readonly LibraryId[];
  readonly years: readonly number[];
}

type Values = { [K in keyof DocumentTallyData]: Set<DocumentTallyData[K][number]> };

/** The distinct searchable values of records added in order; a work that loses a record is tallied again. */
export class DocumentTally {
  private readonly values: Values;

  constructor(data?: DocumentTallyData) {
    this.values = {
      titles: new Set(data?.titles), authors: new Set(data?.authors), subjects: new Set(data?.subjects),
      other: new Set(data?.other), identifiers: new Set(data?.identifiers), available: new Set(data?.available),
      years: new Set(data?.years),
    };
  }

  static of(records: readonly BibRecord[]): DocumentTally {
    const tally = new DocumentTally();
    for (const r of records) tally.add(r);
    return tally;
  }

  add(r: BibRecord): void {
    const v = this.values;
    addAll(v.titles, [r.title, r.subtitle, r.uniformTitle]);
    addAll(v.authors, [...r.authors, r.responsibility]);
    addAll(v.subjects, [...r.subjects, ...r.genres]);
    addAll(v.other, [...r.series, r.publisher, r.edition, r.description, ...r.notes]);
    addAll(v.identifiers, [...r.isbns.flatMap(isbnForms), ...r.issns.map(compactId), ...r.otherIds.map(otherIdForm)]);
    addAll(v.available, r.holdings.filter((h) => h.status === 'available').map((h) => h.library));
    addAll(v.years, [r.year]);
  }

  /** The document of `work` of `recordCount` records, whose faces (or records) are `faces` in the order added. */
  document(work: Work, faces: readonly Pick<MemberFace, 'title' | 'sortTitle'>[], recordCount: number): WorkDocument {
    const v = this.values;
    return {
      id: work.id,
      title: work.title,
      subtitle: work.subtitle,
      authors: work.authors,
      titleText: joinText([work.title, work.subtitle, ...v.titles]),
      authorText: joinText([...work.authors, ...v.authors]),
      subjectText: joinText([...work.subjects, ...v.subjects]),
      otherText: joinText([...v.other]),
      identifiers: [...v.identifiers].filter((id) => id !== ''),
      libraries: work.libraries,
      availableLibraries: [...v.available].sort(),
      formats: work.formats,
      languages: work.languages,
      years: [...v.years].sort((a, b) => a - b),
      subjects: work.subjects,
      authorFacets: work.authors,
      audiences: work.audiences,
      recordCount,
      // The representative record's filing form honours its nonfiling indicator ("The call of …" files under C).
      sortTitle: faces.find((r) => r.title === work.title)?.sortTitle ?? sortKey(work.title, 0, work.languages[0] ?? null),
    };
  }

  toData(): DocumentTallyData {
    const v = this.values;
    return {
      titles: [...v.titles], authors: [...v.authors], subjects: [...v.subjects], other: [...v.other],
      identifiers: [...v.identifiers], available: [...v.available], years: [...v.years],
    };
  }
}

/** The search document of a work from all its records. */
export function toWorkDocument(work: Work, records: readonly BibRecord[]): WorkDocument {
  return DocumentTally.of(records).document(work, records, records.length);
}

function addAll<T>(set: Set<T>, values: readonly (T | null)[]): void {
  for (const v of values) if (v !== null) set.add(v);
}

/** Distinct non-empty texts, one per line, so that a phrase never runs from one value into the next. */
function joinText(values: readonly (string | null)[]): string {
  const texts = new Set<string>();
  for (const v of values) {
    const text = v?.trim();
    if (text) texts.add(text);
  }
  return [...texts].join('\n');
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

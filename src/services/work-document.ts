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

/** The lists as a tally grows them: values in first-seen order, each once. */
type Lists = { -readonly [K in keyof DocumentTallyData]: DocumentTallyData[K][number][] };

/** Up to this many values a list is searched as it is; a longer one gets a Set beside it. */
const SHORT_LIST = 32;

/**
 * The distinct searchable values of records added in order; a work that loses a record is tallied again. Lists, not
 * Sets: a work holds a few values of each kind, searched faster in an array than built into a Set each time its tally
 * is read from the store.
 */
export class DocumentTally {
  private readonly lists: Lists;
  /** Sets beside the lists that grew long, made when first needed. */
  private readonly long = new Map<readonly unknown[], Set<unknown>>();

  /** `data` becomes the tally's own, as parsed from the store: nothing else may hold it. */
  constructor(data?: DocumentTallyData) {
    this.lists = data
      ? (data as Lists)
      : { titles: [], authors: [], subjects: [], other: [], identifiers: [], available: [], years: [] };
  }

  static of(records: readonly BibRecord[]): DocumentTally {
    const tally = new DocumentTally();
    for (const r of records) tally.add(r);
    return tally;
  }

  add(r: BibRecord): void {
    const { titles, authors, subjects, other, identifiers, available, years } = this.lists;
    this.put(titles, r.title);
    this.put(titles, r.subtitle);
    this.put(titles, r.uniformTitle);
    for (const author of r.authors) this.put(authors, author);
    this.put(authors, r.responsibility);
    for (const subject of r.subjects) this.put(subjects, subject);
    for (const genre of r.genres) this.put(subjects, genre);
    for (const series of r.series) this.put(other, series);
    this.put(other, r.publisher);
    this.put(other, r.edition);
    this.put(other, r.description);
    for (const note of r.notes) this.put(other, note);
    for (const isbn of r.isbns) for (const form of isbnForms(isbn)) this.put(identifiers, form);
    for (const issn of r.issns) this.put(identifiers, compactId(issn));
    for (const id of r.otherIds) this.put(identifiers, otherIdForm(id));
    for (const h of r.holdings) if (h.status === 'available') this.put(available, h.library);
    this.put(years, r.year);
  }

  /** Appends `value` unless the list has it (or it is null). */
  private put<T>(list: T[], value: T | null): void {
    if (value === null) return;
    if (list.length < SHORT_LIST) {
      if (!list.includes(value)) list.push(value);
      return;
    }
    let set = this.long.get(list) as Set<T> | undefined;
    if (set === undefined) this.long.set(list, (set = new Set(list)));
    if (set.has(value)) return;
    set.add(value);
    list.push(value);
  }

  /** The document of `work` of `recordCount` records, whose faces (or records) are `faces` in the order added. */
  document(work: Work, faces: readonly Pick<MemberFace, 'title' | 'sortTitle'>[], recordCount: number): WorkDocument {
    const v = this.lists;
    return {
      id: work.id,
      title: work.title,
      subtitle: work.subtitle,
      authors: work.authors,
      titleText: joinText([work.title, work.subtitle, ...v.titles]),
      authorText: joinText([...work.authors, ...v.authors]),
      subjectText: joinText([...work.subjects, ...v.subjects]),
      otherText: joinText(v.other),
      identifiers: v.identifiers.filter((id) => id !== ''),
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

  /** The lists as stored; they stay the tally's, so they are for writing out at once, not for keeping. */
  toData(): DocumentTallyData {
    return this.lists;
  }
}

/** The search document of a work from all its records. */
export function toWorkDocument(work: Work, records: readonly BibRecord[]): WorkDocument {
  return DocumentTally.of(records).document(work, records, records.length);
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

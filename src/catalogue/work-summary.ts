// A work's summary (title, authors, years, facets) derived from its records, through a tally that a joining
// record updates without the work's other records being read again.
import { AUDIENCES, FORMATS } from '../core/types.ts';
import type { Audience, BibRecord, Format, LibraryId, RecordId, Work, WorkId } from '../core/types.ts';

/**
 * What the summary reads of the records that look alike (enough to choose the representative and show its
 * title): copies of one record held by many libraries are one face with all their ids, first-added first.
 */
export interface MemberFace {
  readonly ids: RecordId[];
  readonly title: string;
  readonly subtitle: string | null;
  readonly sortTitle?: string;
  readonly authors: readonly string[];
  readonly language: string | null;
  readonly year: number | null;
}

/** The tally as stored (JSON): counts keep the order values were first seen in, which breaks ties. */
export interface SummaryTallyData {
  readonly members: readonly MemberFace[];
  readonly formats: readonly Format[];
  readonly audiences: readonly Audience[];
  readonly libraries: readonly LibraryId[];
  readonly languages: readonly (readonly [string, number])[];
  readonly subjects: readonly (readonly [string, number])[];
}

/**
 * The summary of records added in order. Adding a record gives the same summary as summarizing all the
 * records again; taking one out does not (first-seen order would change), so a work that loses a record
 * is tallied again from its records.
 */
export class SummaryTally {
  private readonly members: MemberFace[];
  /** Face by likeness, made when the first record is added to a tally read from the store. */
  private faceOf: Map<string, MemberFace> | null = null;
  private records: number;
  /** Few values each: arrays, searched as they are, in first-seen order. */
  private readonly formats: Format[];
  private readonly audiences: Audience[];
  private readonly libraries: LibraryId[];
  /** Value → number of records that have it, in first-seen order (byFrequency's tie-break). */
  private readonly languages: Map<string, number>;
  private readonly subjects: Map<string, number>;

  /** `data` becomes the tally's own, as parsed from the store: nothing else may hold it. */
  constructor(data?: SummaryTallyData) {
    this.members = data ? (data.members as MemberFace[]) : [];
    this.records = this.members.reduce((n, m) => n + m.ids.length, 0);
    this.formats = data ? (data.formats as Format[]) : [];
    this.audiences = data ? (data.audiences as Audience[]) : [];
    this.libraries = data ? (data.libraries as LibraryId[]) : [];
    this.languages = new Map(data?.languages);
    this.subjects = new Map(data?.subjects);
  }

  static of(records: readonly BibRecord[]): SummaryTally {
    const tally = new SummaryTally();
    for (const r of records) tally.add(r);
    return tally;
  }

  add(r: BibRecord): void {
    const face: MemberFace = {
      ids: [r.id], title: r.title, subtitle: r.subtitle, sortTitle: r.sortTitle, authors: r.authors, language: r.languages[0] ?? null, year: r.year,
    };
    this.faceOf ??= new Map(this.members.map((m) => [faceLikeness(m), m]));
    const likeness = faceLikeness(face);
    const alike = this.faceOf.get(likeness);
    if (alike) alike.ids.push(r.id);
    else {
      this.faceOf.set(likeness, face);
      this.members.push(face);
    }
    this.records++;
    for (const f of r.formats) putOnce(this.formats, f);
    if (r.audience) putOnce(this.audiences, r.audience);
    putOnce(this.libraries, r.library);
    count(this.languages, r.languages);
    count(this.subjects, r.subjects);
  }

  /** The number of records tallied. */
  get size(): number {
    return this.records;
  }

  /** Faces in the order their first record was added. */
  faces(): readonly MemberFace[] {
    return this.members;
  }

  /** The work; `preferredLanguage` (a MARC code) picks the title patrons see first. */
  summary(id: WorkId, preferredLanguage = 'swe'): Work {
    if (this.members.length === 0) {
      return {
        id, title: '', subtitle: null, authors: [], yearMin: null, yearMax: null, formats: [], languages: [],
        subjects: [], audiences: [], libraries: [], recordIds: [],
      };
    }
    const best = representative(this.members, preferredLanguage);
    const years = this.members.map((r) => r.year).filter((y): y is number => y !== null);
    return {
      id,
      title: best.title,
      subtitle: best.subtitle,
      authors: best.authors,
      yearMin: years.length > 0 ? years.reduce((a, b) => Math.min(a, b)) : null,
      yearMax: years.length > 0 ? years.reduce((a, b) => Math.max(a, b)) : null,
      formats: FORMATS.filter((f) => this.formats.includes(f)),
      languages: byFrequency(this.languages),
      subjects: byFrequency(this.subjects),
      audiences: AUDIENCES.filter((a) => this.audiences.includes(a)),
      libraries: [...this.libraries].sort(),
      recordIds: this.members.flatMap((r) => r.ids).sort(),
    };
  }

  /** The tally as stored; its lists stay the tally's, so it is for writing out at once, not for keeping. */
  toData(): SummaryTallyData {
    return {
      members: this.members, formats: this.formats, audiences: this.audiences, libraries: this.libraries,
      languages: [...this.languages], subjects: [...this.subjects],
    };
  }
}

/** A value that says where it ends (its length first), or "-" for none: such parts joined stay apart. */
const part = (value: string | null | undefined) => (value === null || value === undefined ? '-' : `${value.length}:${value}`);

/** Everything a face shows, as one text that is equal exactly when the faces are alike. Kept in memory only. */
function faceLikeness(m: MemberFace): string {
  let text = `${part(m.title)}${part(m.subtitle)}${part(m.sortTitle)}${part(m.language)}${part(m.year === null ? null : String(m.year))}${m.authors.length}:`;
  for (const author of m.authors) text += part(author);
  return text;
}

function putOnce<T>(list: T[], value: T): void {
  if (!list.includes(value)) list.push(value);
}

function count(counts: Map<string, number>, values: readonly string[]): void {
  for (const value of new Set(values)) counts.set(value, (counts.get(value) ?? 0) + 1);
}

/**
 * The record that speaks for the work: among records in the preferred language (the consortium's, Swedish,
 * when any exist; else all), the one whose title is the most common; ties go to the record with most
 * authors listed, then the newest, then the smallest id — so the choice does not depend on import order.
 */
function representative(faces: readonly MemberFace[], preferredLanguage: string): MemberFace {
  const preferred = faces.filter((r) => r.language === preferredLanguage);
  const pool = preferred.length > 0 ? preferred : faces;
  const titleCount = new Map<string, number>();
  for (const r of pool) titleCount.set(r.title.toLowerCase(), (titleCount.get(r.title.toLowerCase()) ?? 0) + r.ids.length);
  // Records of one face tie on everything but their ids: the face competes with its smallest id.
  const smallestId = new Map(pool.map((r) => [r, r.ids.reduce((a, b) => (b.localeCompare(a) < 0 ? b : a))]));
  return [...pool].sort(
    (a, b) =>
      (titleCount.get(b.title.toLowerCase()) ?? 0) - (titleCount.get(a.title.toLowerCase()) ?? 0) ||
      b.authors.length - a.authors.length ||
      (b.year ?? 0) - (a.year ?? 0) ||
      smallestId.get(a)!.localeCompare(smallestId.get(b)!),
  )[0];
}

/** Values by how many records have them, then first seen: the facet values most typical of the work first. */
function byFrequency(counts: ReadonlyMap<string, number>): string[] {
  return [...counts.keys()].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0));
}

/** The work from its records; `preferredLanguage` (a MARC code) picks the title patrons see first. */
export function summarizeWork(id: WorkId, records: readonly BibRecord[], preferredLanguage = 'swe'): Work {
  return SummaryTally.of(records).summary(id, preferredLanguage);
}

// A work's tally: its summary, its search values and its records' grouping features, kept in the store beside
// the work so that a record joins the work without the work's other records being read and normalized again.
import type { BibRecord, Work, WorkId } from '../core/types.ts';
import { NORMALIZER_VERSION } from '../catalogue/normalize.ts';
import { featuresLikeness, GROUPING_FEATURES_VERSION, type GroupingFeatures } from '../catalogue/grouping-features.ts';
import { SummaryTally, type SummaryTallyData } from '../catalogue/work-summary.ts';
import type { WorkDocument } from '../search/search-index.ts';
import { DocumentTally, type DocumentTallyData } from './work-document.ts';

/** A tally written under another version is read as absent, and the work is tallied again from its records. */
const TALLY_VERSION = `${NORMALIZER_VERSION}.${GROUPING_FEATURES_VERSION}.1`;

interface TallyData {
  readonly version: string;
  readonly summary: SummaryTallyData;
  readonly document: DocumentTallyData;
  /** One record's features per likeness, the first such record's: copies of one record are judged once. */
  readonly features: readonly GroupingFeatures[];
}

/** Up to this many likenesses a tally compares features field by field; past it, by their likeness texts. */
const FEW_LIKENESSES = 8;

/** The fields compared for likeness: every field but the record id (the type makes sure none is forgotten). */
const COMPARED: Record<Exclude<keyof GroupingFeatures, 'recordId'>, true> = {
  isbns: true, issns: true, otherIds: true, titleKey: true, altTitleKey: true, uniformKey: true, subtitleKey: true,
  authorKey: true, publisherKey: true, category: true, year: true, title: true, author: true, partKey: true,
};
const COMPARED_FIELDS = Object.keys(COMPARED) as (keyof typeof COMPARED)[];

/** Alike in all but record id: the same fields with the same values, lists element by element. */
function sameLikeness(a: GroupingFeatures, b: GroupingFeatures): boolean {
  for (const key of COMPARED_FIELDS) {
    const x = a[key];
    const y = b[key];
    if (x === y) continue;
    if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  }
  return true;
}

/**
 * The records of one work, added in order: adding a record tallies the same as tallying all of them again.
 * Taking one out is not supported (first-seen order decides ties), so a work that loses a record is tallied
 * again from its remaining records.
 */
export class WorkTally {
  private constructor(
    private readonly summary: SummaryTally,
    private readonly texts: DocumentTally,
    private readonly memberFeatures: GroupingFeatures[],
  ) {}

  /** Likenesses of `memberFeatures`, made once a tally has many. */
  private likenesses: Set<string> | null = null;

  static empty(): WorkTally {
    return new WorkTally(new SummaryTally(), new DocumentTally(), []);
  }

  /** The stored tally, or null when it was written under another version or cannot be read. */
  static parse(json: string): WorkTally | null {
    try {
      const data = JSON.parse(json) as TallyData;
      if (data?.version !== TALLY_VERSION) return null;
      return new WorkTally(new SummaryTally(data.summary), new DocumentTally(data.document), [...data.features]);
    } catch {
      return null;
    }
  }

  add(record: BibRecord, features: GroupingFeatures): void {
    this.summary.add(record);
    this.texts.add(record);
    // A work of few likenesses compares fields directly: making likeness texts cost more than the comparing.
    if (this.likenesses === null && this.memberFeatures.length < FEW_LIKENESSES) {
      if (!this.memberFeatures.some((m) => sameLikeness(m, features))) this.memberFeatures.push(features);
      return;
    }
    this.likenesses ??= new Set(this.memberFeatures.map(featuresLikeness));
    const likeness = featuresLikeness(features);
    if (this.likenesses.has(likeness)) return;
    this.likenesses.add(likeness);
    this.memberFeatures.push(features);
  }

  /** The number of records in the work. */
  get size(): number {
    return this.summary.size;
  }

  /** The grouping features of the work's records in the order they were added, one record of each likeness. */
  features(): readonly GroupingFeatures[] {
    return this.memberFeatures;
  }

  work(id: WorkId, preferredLanguage?: string): Work {
    return this.summary.summary(id, preferredLanguage);
  }

  document(work: Work): WorkDocument {
    return this.texts.document(work, this.summary.faces(), this.summary.size);
  }

  toJSON(): string {
    const data: TallyData = { version: TALLY_VERSION, summary: this.summary.toData(), document: this.texts.toData(), features: this.memberFeatures };
    return JSON.stringify(data);
  }
}

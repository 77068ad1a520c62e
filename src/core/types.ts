// Domain types shared by every layer. src/core imports nothing of the project.
import type { OpeningHours } from './opening-hours/opening-hours.types.ts';

/** A member library's id: `[a-z0-9-]`, also the prefix of its record ids ("ostersund:12345"). */
export type LibraryId = string;
/** A record id: `library:localId`. */
export type RecordId = string;
/** A work id: stable, derived from the grouping key that founded the work (see catalogue/work-grouping). */
export type WorkId = string;

export const FORMATS = [
  'book', 'large-print', 'easy-read', 'ebook', 'audiobook', 'eaudiobook', 'talking-book', 'music', 'video',
  'game', 'boardgame', 'map', 'score', 'periodical', 'article', 'kit', 'other',
] as const;
export type Format = (typeof FORMATS)[number];

export const AUDIENCES = ['children', 'youth', 'adult'] as const;
/** Intended audience from 008/22 (books) and 385; absent when the record does not say. */
export type Audience = (typeof AUDIENCES)[number];

export const HOLDING_STATUSES = ['available', 'on-loan', 'in-transit', 'not-for-loan', 'unknown'] as const;
export type HoldingStatus = (typeof HOLDING_STATUSES)[number];

export interface OpeningNote { readonly text: string }

/** A service point: a library building, a library bus (book van), or a pick-up point (utlämningsställe) without a
 *  collection of its own, where reserved books are fetched and returned. */
export const BRANCH_KINDS = ['library', 'bus', 'pickup'] as const;
export type BranchKind = (typeof BRANCH_KINDS)[number];

export interface Branch {
  readonly id: string;
  readonly name: string;
  /** Absent means `library`. */
  readonly kind?: BranchKind;
  /** Absent when not known (a library bus keeps a timetable instead). */
  readonly openingHours?: OpeningHours;
}

export interface Library {
  readonly id: LibraryId;
  readonly name: string;
  readonly municipalityCode?: string;
  readonly population?: number;
  readonly branches: readonly Branch[];
}

/** One copy (item) or one holding line of a record at a branch. */
export interface Holding {
  readonly library: LibraryId;
  /** Branch id; for sources that give only a location code, the mapped branch or the library's first branch. */
  readonly branch: string;
  readonly callNumber: string | null;
  readonly status: HoldingStatus;
  /** ISO date (YYYY-MM-DD) when on loan and known. */
  readonly dueDate: string | null;
  /** ISO timestamp of the data this status comes from (harvest time or live answer). */
  readonly asOf: string;
  readonly itemId?: string | null;
  readonly location?: string | null;
}

export interface OnlineLink {
  readonly url: string;
  readonly label: string | null;
}

/** A member library's bibliographic record, normalized from MARC. The raw MARC is kept beside it by the store. */
export interface BibRecord {
  readonly id: RecordId;
  readonly library: LibraryId;
  readonly localId: string;
  readonly deleted?: false;
  /** Title proper (245 $a $n $p), without trailing ISBD punctuation. */
  readonly title: string;
  /** Remainder of title (245 $b). */
  readonly subtitle: string | null;
  /** The title as it files: nonfiling characters (245 ind2) or a leading article dropped, normalized, lower-cased. */
  readonly sortTitle?: string;
  /** Statement of responsibility (245 $c). */
  readonly responsibility: string | null;
  /** Personal/corporate names, main entry first ("Jansson, Tove"), without relator punctuation. */
  readonly authors: readonly string[];
  /** Uniform title (130/240) when present: helps grouping translations. */
  readonly uniformTitle: string | null;
  readonly year: number | null;
  readonly formats: readonly Format[];
  /** MARC language codes, primary (008/35-37) first, then 041. */
  readonly languages: readonly string[];
  readonly subjects: readonly string[];
  readonly genres: readonly string[];
  readonly audience: Audience | null;
  readonly isbns: readonly string[];
  readonly issns: readonly string[];
  /** Other standard ids (024, 028), normalized. */
  readonly otherIds: readonly string[];
  readonly publisher: string | null;
  readonly place: string | null;
  readonly edition: string | null;
  readonly extent: string | null;
  /** Summary (520). */
  readonly description: string | null;
  readonly series: readonly string[];
  readonly notes: readonly string[];
  readonly onlineLinks: readonly OnlineLink[];
  readonly holdings: readonly Holding[];
}

/** Why a record is in its work: stored, shown to staff, printed by `samverka explain-work`. */
export interface GroupingDecision {
  readonly recordId: RecordId;
  readonly workId: WorkId;
  /** The rung of the ladder that matched: a standard id, the title/author key, a staff override, or none. */
  readonly match: 'isbn' | 'issn' | 'other-id' | 'title-author' | 'override-merge' | 'override-split' | 'new-work';
  /** The key value that matched (e.g. the ISBN or the normalized title/author key). */
  readonly key: string | null;
  /** Human-readable reason, including any veto that kept the record out of another work. */
  readonly reason: string;
}

/** A work: all records of one creation, across libraries and editions. Derived from its records. */
export interface Work {
  readonly id: WorkId;
  readonly title: string;
  readonly subtitle: string | null;
  readonly authors: readonly string[];
  readonly yearMin: number | null;
  readonly yearMax: number | null;
  readonly formats: readonly Format[];
  readonly languages: readonly string[];
  readonly subjects: readonly string[];
  readonly audiences: readonly Audience[];
  readonly libraries: readonly LibraryId[];
  readonly recordIds: readonly RecordId[];
}

// Work grouping: which work a record joins, by a ladder of keys with vetoes, and the plain-English reason why.
//
// The ladder (first rung that a candidate passes wins; a candidate is a work found by any of the record's keys):
//   1. a shared ISBN, 2. a shared ISSN, 3. a shared other standard id (024, 028, union-catalogue 035)
//      — vetoed when the category differs, the part numbers differ, or the titles are too far apart
//        (ISBNs get reused and misassigned; a series-level OCLC number is shared by every map sheet);
//   4. the same title + main author + category (or a uniform title meeting an original title)
//      — vetoed when the part numbers or remainders of title differ, a periodical's first year differs,
//        or the record has no author and neither publisher and year agree nor (for a title that is not
//        generic) the publisher alone, nor (with no publisher on either) the year.
// Among works that pass, the best rung wins, then the bigger work, then the smaller id (deterministic).
import type { GroupingDecision, WorkId } from '../core/types.ts';
import { candidateKeys, featuresLikeness, hashedWorkId, titleAuthorKey, workIdFor } from './grouping-features.ts';
import type { GroupingFeatures } from './grouping-features.ts';
import { editDistance } from './text-normalize.ts';

export { candidateKeys, groupingFeatures, workIdFor } from './grouping-features.ts';
export type { GroupingCategory, GroupingFeatures } from './grouping-features.ts';
export { summarizeWork } from './work-summary.ts';

export interface CandidateWork {
  readonly workId: WorkId;
  readonly members: readonly GroupingFeatures[];
  /** How many records the work holds, when `members` lists only one of each likeness; else members' count. */
  readonly size?: number;
}

/** A candidate as judged: members alike in all but record id stand once (the first of them), `size` counts all. */
interface JudgedWork {
  readonly workId: WorkId;
  readonly members: readonly GroupingFeatures[];
  readonly size: number;
}

type Rung = 'isbn' | 'issn' | 'other-id' | 'title-author';
const RUNGS: readonly Rung[] = ['isbn', 'issn', 'other-id', 'title-author'];
/** Titles sharing a standard id must be at least this similar (1 − edit distance / longer length). */
const MIN_TITLE_SIMILARITY = 0.6;
/** Edits two remainders of title may differ by and still be one: a typo. "North"/"South Kingstown" is two. */
const SUBTITLE_TYPOS = 1;
/** Two periodicals with one title are one only when their first years are this close. */
const PERIODICAL_YEAR_SPREAD = 2;
/** Titles that name a kind of document, not a work: without an author they never group by title. */
const GENERIC_TITLES = new Set([
  'annual report', 'report', 'rapport', 'årsberättelse', 'årsredovisning', 'verksamhetsberättelse', 'årsbok',
  'proceedings', 'newsletter', 'bulletin', 'catalogue', 'catalog', 'katalog', 'works', 'selected works',
  'collected works', 'samlade verk', 'samlade skrifter', 'poems', 'dikter', 'selections', 'teokset', 'hearing',
  'program', 'programme', 'map', 'karta', 'kartor', 'maps', 'untitled', 'utan titel', 'minutes', 'protokoll',
]);

interface Match { readonly rung: Rung; readonly key: string }
/**
 * What a veto says when nobody asked why: the reason names only the first few vetoed works, and a title shared by
 * hundreds of works (the sheets of a map series) would otherwise build a sentence for each of them, per record.
 */
const VETOED = 'vetoed';

/** The first of `a` that `b` holds too. Loops, not find and includes: it runs for every member of every candidate. */
function shared(a: readonly string[], b: readonly string[]): string | null {
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) if (a[i] === b[j]) return a[i];
  }
  return null;
}

function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const longer = Math.max(codePointCount(a), codePointCount(b));
  return longer === 0 ? 1 : 1 - editDistance(a, b) / longer;
}

function codePointCount(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) if (unitsAt(text, i) === 2) n--;
  return n;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Units of the code point at `i`: 2 for a surrogate pair, 0 past the end, else 1 (a lone surrogate is one). */
function unitsAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  return isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
}

/** Titles are close when similar enough, or one is the other plus more words ("vixens" / "vixens a novel"). */
function titlesClose(f: GroupingFeatures, m: GroupingFeatures): boolean {
  const [short, long] = f.titleKey.length <= m.titleKey.length ? [f.titleKey, m.titleKey] : [m.titleKey, f.titleKey];
  return (short !== '' && long.startsWith(`${short} `)) || similarity(f.titleKey, m.titleKey) >= MIN_TITLE_SIMILARITY;
}

function partsDiffer(f: GroupingFeatures, m: GroupingFeatures): boolean {
  return f.partKey !== '' && m.partKey !== '' && f.partKey !== m.partKey;
}

/** Why `f` may not join `m` by a shared standard id (VETOED unless `explain`), or null. */
function idVeto(f: GroupingFeatures, m: GroupingFeatures, explain: boolean): string | null {
  if (f.category !== m.category) return explain ? `category ${f.category} differs from ${m.category}` : VETOED;
  if (partsDiffer(f, m)) return explain ? `part "${f.partKey}" differs from "${m.partKey}"` : VETOED;
  if (!titlesClose(f, m)) return explain ? `title "${f.title}" is too far from "${m.title}"` : VETOED;
  return null;
}

/**
 * Remainders of title tell apart reports that share a title proper ("Flood insurance study : town of
 * Coventry …" / "… : city of Pawtucket …"). Both present, they must be the same but for a prefix ("roman" /
 * "roman i två delar") or a typo. Matches through a uniform title skip this: a translation's subtitle is in
 * another language.
 */
function subtitlesDiffer(f: GroupingFeatures, m: GroupingFeatures): boolean {
  const a = f.subtitleKey;
  const b = m.subtitleKey;
  if (a === '' || b === '') return false;
  const aShorter = a.length <= b.length;
  const short = aShorter ? a : b;
  const long = aShorter ? b : a;
  if (long.startsWith(short)) return false;
  // One edit changes a text's length by two code units at most (a surrogate pair): texts further apart than the typos
  // allowed differ for sure, which spares counting code points for most pairs of a big work.
  if (long.length - short.length > 2 * SUBTITLE_TYPOS) return true;
  if (SUBTITLE_TYPOS === 1) return !withinOneEdit(short, long);
  return editDistance(short, long, SUBTITLE_TYPOS) > SUBTITLE_TYPOS;
}

/** Whether `a` from `i` and `b` from `j` are the same text. */
function sameFrom(a: string, i: number, b: string, j: number): boolean {
  if (a.length - i !== b.length - j) return false;
  for (; i < a.length; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
  return true;
}

/**
 * Whether `a` becomes `b` by at most one edit of one code point (substitution, insertion or deletion), as
 * editDistance counts them, in one pass and with no table. Past the first code point where they differ, one of the
 * three must leave the rests equal.
 */
function withinOneEdit(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === a.length && i === b.length) return true;
  // A difference in the low half of a surrogate pair (in either text) is a difference of the whole code point.
  if (i > 0 && isHighSurrogate(a.charCodeAt(i - 1)) && (isLowSurrogate(a.charCodeAt(i)) || isLowSurrogate(b.charCodeAt(i)))) i--;
  const ua = unitsAt(a, i);
  const ub = unitsAt(b, i);
  return sameFrom(a, i + ua, b, i + ub) || sameFrom(a, i, b, i + ub) || sameFrom(a, i + ua, b, i);
}

/**
 * Why the arrival may not join `m` by the title key they share (VETOED unless `explain`), or null. Remainders of title
 * count only where both reach the key through their own title proper, which is asked last: it is the dearer question.
 */
function titleVeto(a: Arrival, m: GroupingFeatures, key: string, explain: boolean): string | null {
  const { f } = a;
  if (partsDiffer(f, m)) return explain ? `part "${f.partKey}" differs from "${m.partKey}"` : VETOED;
  if (subtitlesDiffer(f, m) && sameTitleProper(a.ownTitleKeys, m, key)) {
    return explain ? `remainder of title "${f.subtitleKey}" differs from "${m.subtitleKey}"` : VETOED;
  }
  if (f.authorKey !== m.authorKey) return explain ? `author "${f.author ?? 'none'}" differs from "${m.author ?? 'none'}"` : VETOED;
  if (f.category === 'periodical' && f.year !== null && m.year !== null && Math.abs(f.year - m.year) > PERIODICAL_YEAR_SPREAD) {
    return explain ? `periodical first years ${f.year} and ${m.year} are too far apart` : VETOED;
  }
  if (f.authorKey !== '') return null;
  // Without an author, the title alone says too little: the same publisher and year (one publication,
  // catalogued by two libraries) always joins; otherwise a generic title never does, and another needs the
  // same publisher (or, with no publisher on either, the same year).
  const samePublisher = f.publisherKey !== '' && f.publisherKey === m.publisherKey;
  const sameYear = f.year !== null && f.year === m.year;
  if (samePublisher && sameYear) return null;
  if (GENERIC_TITLES.has(f.titleKey) || !f.titleKey.includes(' ')) return explain ? `no author and the generic title "${f.title}"` : VETOED;
  const neitherDated = f.year === null && m.year === null;
  return samePublisher || (f.publisherKey === '' && m.publisherKey === '' && (sameYear || neitherDated))
    ? null
    : 'no author, and publisher or year differ';
}

/** Title keys by record: a work's members are judged again for every record that arrives at the work. */
const titleKeys = new WeakMap<GroupingFeatures, string[]>();

function titleKeysOf(f: GroupingFeatures): string[] {
  let keys = titleKeys.get(f);
  if (keys === undefined) titleKeys.set(f, (keys = candidateKeys(f).filter((k) => k.startsWith('ta:'))));
  return keys;
}

const ownTitleKeys = new WeakMap<GroupingFeatures, string[]>();

/** The keys a record reaches through its own title proper (filing form and form with the article). */
function ownTitleKeysOf(g: GroupingFeatures): string[] {
  let keys = ownTitleKeys.get(g);
  if (keys === undefined) ownTitleKeys.set(g, (keys = [g.titleKey, g.altTitleKey].map((t) => (t ? titleAuthorKey(t, g) : ''))));
  return keys;
}

/** True when both records reach `key` through their own title proper (not a uniform title); `mine` are `f`'s. */
function sameTitleProper(mine: readonly string[], m: GroupingFeatures, key: string): boolean {
  return mine.includes(key) && ownTitleKeysOf(m).includes(key);
}

/**
 * The work with each likeness once, first member first: copies of one record held by many libraries are
 * judged once, and every verdict and reason (which names the first conflicting member) stays as it was.
 */
function judged(work: CandidateWork): JudgedWork {
  // One member is its own likeness: most candidate works hold one record, and need no likeness text made.
  if (work.members.length <= 1) {
    return work.size === undefined ? { workId: work.workId, members: work.members, size: work.members.length } : (work as JudgedWork);
  }
  const seen = new Set<string>();
  const members: GroupingFeatures[] = [];
  for (const m of work.members) {
    const text = featuresLikeness(m);
    if (seen.has(text)) continue;
    seen.add(text);
    members.push(m);
  }
  return { workId: work.workId, members, size: work.size ?? work.members.length };
}

/**
 * A record joins a work only if it conflicts with none of its members, not merely matches one: otherwise a
 * record without a part number or subtitle would chain every sheet of a map series, or every town's
 * "Flood insurance study", into one work.
 */
function conflictInWork(f: GroupingFeatures, work: JudgedWork, checkSubtitles: boolean, explain: boolean): string | null {
  for (const m of work.members) {
    if (partsDiffer(f, m)) return explain ? `part "${f.partKey}" differs from "${m.partKey}" of ${m.recordId}` : VETOED;
    if (checkSubtitles && f.titleKey === m.titleKey && subtitlesDiffer(f, m)) {
      return explain ? `remainder of title "${f.subtitleKey}" differs from "${m.subtitleKey}" of ${m.recordId}` : VETOED;
    }
  }
  return null;
}

/** The standard-id rungs in ladder order, each with its name in reasons and the ids it compares. */
const ID_RUNGS: readonly { readonly rung: Rung; readonly label: string; readonly ids: (g: GroupingFeatures) => readonly string[] }[] = [
  { rung: 'isbn', label: 'ISBN', ids: (g) => g.isbns },
  { rung: 'issn', label: 'ISSN', ids: (g) => g.issns },
  { rung: 'other-id', label: 'id', ids: (g) => g.otherIds },
];

/** The record being placed, with the keys every judgement of it needs. */
interface Arrival {
  readonly f: GroupingFeatures;
  /** Its title keys, and those it reaches through its own title proper. */
  readonly titleKeys: readonly string[];
  readonly ownTitleKeys: readonly string[];
}

/**
 * The best rung on which the record matches a member of this work without conflicting with any, or else the veto:
 * the first conflict in words when `explain`, else VETOED. A title shared by hundreds of works (the sheets of a map
 * series) has every record of the series judged against all of them, so this allocates nothing on the way.
 */
function judge(a: Arrival, work: JudgedWork, explain: boolean): Match | string {
  const { f } = a;
  let firstVeto: string | null = null;
  // Objects, not tuples: destructuring a tuple in this loop allocated an iterator per rung, per candidate.
  for (const { rung, label, ids } of ID_RUNGS) {
    const own = ids(f);
    if (own.length === 0) continue;
    for (const member of work.members) {
      const key = shared(own, ids(member));
      if (key === null) continue;
      const veto = idVeto(f, member, explain) ?? conflictInWork(f, work, false, explain);
      if (veto === null) return { rung, key };
      firstVeto ??= explain ? `shares ${label} ${key}, but ${veto}` : VETOED;
    }
  }
  for (const member of work.members) {
    const key = shared(a.titleKeys, titleKeysOf(member));
    if (key === null) continue;
    const veto = titleVeto(a, member, key, explain) ?? conflictInWork(f, work, true, explain);
    if (veto === null) return { rung: 'title-author', key };
    firstVeto ??= explain ? `same title key, but ${veto}` : VETOED;
  }
  return firstVeto ?? (explain ? 'shares no key with it' : VETOED);
}

interface Verdict { readonly work: JudgedWork; readonly match: Match }

function better(a: Verdict, b: Verdict): number {
  const rank = (v: Verdict) => RUNGS.indexOf(v.match.rung);
  return rank(a) - rank(b) || b.work.size - a.work.size || a.work.workId.localeCompare(b.work.workId);
}

function describe(match: Match): string {
  const what: Record<Rung, string> = { isbn: 'ISBN', issn: 'ISSN', 'other-id': 'standard id', 'title-author': 'title, author and category' };
  return `shared ${what[match.rung]} ${match.key.replace(/^ta:/, '')}`;
}

/**
 * The first few of a list, then how many more. A title shared by hundreds of works (the map sheets of one series)
 * would otherwise write a reason of tens of kilobytes for every record, which nobody reads and every import pays for.
 */
export const REASON_LIST_LIMIT = 5;

/** `items` are the first of `count` (all of them when not given). */
function listed(items: readonly string[], noun: string, count = items.length): string {
  if (count <= REASON_LIST_LIMIT) return items.join(', ');
  return `${items.slice(0, REASON_LIST_LIMIT).join(', ')} and ${count - REASON_LIST_LIMIT} other ${noun}`;
}

/**
 * The `n` works of smallest id, in id order: the reason names vetoed works in this order, whatever order the store
 * found them in, and a record of a map series has hundreds of them to pick from.
 */
function firstById(works: readonly JudgedWork[], n: number): JudgedWork[] {
  const first: JudgedWork[] = [];
  for (const work of works) {
    if (first.length === n && work.workId >= first[n - 1].workId) continue;
    let at = first.length;
    while (at > 0 && first[at - 1].workId > work.workId) at--;
    first.splice(at, 0, work);
    if (first.length > n) first.pop();
  }
  return first;
}

/**
 * Picks the work this record joins among candidates found by its keys (or a new one) and says why, naming vetoes.
 * The candidates may come in any order: the choice and the reason are the same.
 */
export function chooseWork(f: GroupingFeatures, candidates: readonly CandidateWork[]): GroupingDecision {
  const arrival: Arrival = { f, titleKeys: titleKeysOf(f), ownTitleKeys: ownTitleKeysOf(f) };
  const passing: Verdict[] = [];
  const vetoed: JudgedWork[] = [];
  for (const candidate of candidates) {
    const work = judged(candidate);
    const verdict = judge(arrival, work, false);
    if (typeof verdict === 'string') vetoed.push(work);
    else passing.push({ work, match: verdict });
  }
  passing.sort(better);
  const kept = (): string => {
    // Only the works the reason names are judged again, to say why; the rest are counted.
    const named = firstById(vetoed, REASON_LIST_LIMIT + 1).map((work) => `${work.workId} (${judge(arrival, work, true) as string})`);
    return vetoed.length === 0 ? '' : `; kept out of ${listed(named, 'works', vetoed.length)}`;
  };
  const best = passing[0];
  if (best) {
    const others = passing.slice(1).map((v) => v.work.workId);
    const alsoMatched = others.length > 0 ? `; also matched ${listed(others, 'works')} (smaller or weaker match)` : '';
    return {
      recordId: f.recordId, workId: best.work.workId, match: best.match.rung, key: best.match.key,
      reason: `Joined ${best.work.workId} by ${describe(best.match)}${alsoMatched}${kept()}`,
    };
  }
  let workId = workIdFor(f);
  // A vetoed work can hold this record's own title key (and so its id): the new work then takes an id of its own.
  if (candidates.some((c) => c.workId === workId)) workId = hashedWorkId(`${titleAuthorKey(f.titleKey, f)}|${f.recordId}`);
  const founding = f.titleKey ? titleAuthorKey(f.titleKey, f) : null;
  return {
    recordId: f.recordId, workId, match: 'new-work', key: founding,
    reason: `New work${candidates.length === 0 ? ': no other record shares a standard id or title/author key' : ''}${kept()}`,
  };
}

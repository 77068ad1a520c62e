// What work grouping compares of a record: standard ids, title/author keys, category, parts; and the keys it is found by.
import { hash } from 'node:crypto';
import type { BibRecord, Format, RecordId, WorkId } from '../core/types.ts';
import { nameMatchKey, normalizeText, titleMatchKey } from './text-normalize.ts';

/**
 * Formats of one creation share a category: a novel in print, large print, e-book and audiobook is one work.
 * Easy-read ("lättläst") editions are their own category: they are a rewritten text, and the readers who
 * need them look for them as such. Board games, kits and other objects group only with their own kind.
 */
export type GroupingCategory =
  | 'book' | 'easy-read' | 'music' | 'video' | 'game' | 'map' | 'score' | 'periodical' | 'article' | 'other';

export interface GroupingFeatures {
  readonly recordId: RecordId;
  readonly isbns: readonly string[];
  readonly issns: readonly string[];
  readonly otherIds: readonly string[];
  /** Title proper as it files (article dropped), GMDs, copy words and edition statements removed. */
  readonly titleKey: string;
  /** The same with a leading article kept, when the record's cataloguer marked it nonfiling; else null. */
  readonly altTitleKey: string | null;
  /** Uniform title (130/240) as a key, when the record has one and it names one work: it meets translations. */
  readonly uniformKey: string | null;
  /** The first statement of the remainder of title (245 $b up to " : "), as a key; empty when none. */
  readonly subtitleKey: string;
  /** Main author as "surname initial" ("runeberg j"); empty when there is none (and always for periodicals). */
  readonly authorKey: string;
  readonly publisherKey: string;
  readonly category: GroupingCategory;
  readonly year: number | null;
  readonly title: string;
  readonly author: string | null;
  /** The numbered designations in the title proper (245 $n $p): "41071 c7 tf 024", "2". Empty when none. */
  readonly partKey: string;
}

const CATEGORY_ORDER: readonly (readonly [Format, GroupingCategory])[] = [
  ['article', 'article'], ['periodical', 'periodical'], ['music', 'music'], ['score', 'score'], ['video', 'video'],
  ['game', 'game'], ['map', 'map'], ['easy-read', 'easy-read'], ['book', 'book'], ['large-print', 'book'],
  ['ebook', 'book'], ['audiobook', 'book'], ['eaudiobook', 'book'], ['talking-book', 'book'],
];

export function groupingCategory(formats: readonly Format[]): GroupingCategory {
  for (const [format, category] of CATEGORY_ORDER) if (formats.includes(format)) return category;
  return 'other';
}

/**
 * Collective uniform titles ("Works", "Novels. Selections", "Teokset") name a kind of compilation, not one work:
 * they would join every collection of an author, so they give no uniform-title key.
 */
const COLLECTIVE_TITLES = new Set([
  'works', 'complete works', 'novels', 'poems', 'plays', 'short stories', 'stories', 'essays', 'letters',
  'correspondence', 'speeches', 'prose works', 'dramatic works', 'songs', 'verk', 'samlade verk', 'skrifter',
  'romaner', 'dikter', 'noveller', 'brev', 'pjäser', 'teokset', 'kootut teokset', 'romaanit', 'runot', 'novellit',
  'näytelmät', 'kirjeet', 'werke', 'oeuvres',
]);

function uniformTitleKey(uniformTitle: string | null, language: string | null): string | null {
  const key = uniformTitle ? titleMatchKey(uniformTitle, 0, language) : '';
  if (!key || COLLECTIVE_TITLES.has(key) || /(^| )(selections|valikoima|urval|auszüge|extraits)$/.test(key)) return null;
  return key;
}

/** Tokens of a key that carry a number: sheet numbers, volume and part numbers, report and bill numbers. */
function numberedTokens(titleKey: string): string {
  return titleKey.split(' ').filter((t) => /\d/.test(t)).join(' ');
}

/** Changes whenever what groupingFeatures returns does: stored work tallies keep features and are rebuilt on a change. */
export const GROUPING_FEATURES_VERSION = 1;

export function groupingFeatures(record: BibRecord): GroupingFeatures {
  const language = record.languages[0] ?? null;
  const category = groupingCategory(record.formats);
  const filed = record.sortTitle ?? null;
  const titleKey = filed !== null && filed !== '' ? titleMatchKey(filed) : titleMatchKey(record.title, 0, language);
  const fullKey = titleMatchKey(record.title);
  const author = category === 'periodical' ? null : record.authors[0] ?? null;
  return {
    recordId: record.id,
    isbns: record.isbns,
    issns: record.issns,
    otherIds: record.otherIds,
    titleKey,
    altTitleKey: fullKey !== titleKey ? fullKey : null,
    uniformKey: uniformTitleKey(record.uniformTitle, language),
    subtitleKey: record.subtitle ? normalizeText(record.subtitle.split(/\s[:;=]\s/)[0]) : '',
    authorKey: author ? nameMatchKey(author) : '',
    publisherKey: record.publisher ? normalizeText(record.publisher) : '',
    category,
    year: record.year,
    title: record.title,
    author,
    partKey: numberedTokens(titleKey),
  };
}

const likenesses = new WeakMap<GroupingFeatures, string>();

/** Everything grouping compares of a record but its id: records of one likeness are judged alike. */
export function featuresLikeness(f: GroupingFeatures): string {
  let text = likenesses.get(f);
  if (text === undefined) {
    const { recordId: _, ...rest } = f;
    likenesses.set(f, (text = JSON.stringify(rest)));
  }
  return text;
}

export function titleAuthorKey(titleKey: string, f: Pick<GroupingFeatures, 'authorKey' | 'category'>): string {
  return `ta:${titleKey}|${f.authorKey}|${f.category}`;
}

/**
 * Every key a record can be found by: its standard ids, its title/author/category keys (filing form, and the
 * form with the article when that differs), and its uniform-title key (which meets the original's own title).
 */
export function candidateKeys(f: GroupingFeatures): string[] {
  const keys = [
    ...f.isbns.map((v) => `isbn:${v}`),
    ...f.issns.map((v) => `issn:${v}`),
    ...f.otherIds.map((v) => `id:${v}`),
  ];
  if (f.titleKey) keys.push(titleAuthorKey(f.titleKey, f));
  if (f.altTitleKey) keys.push(titleAuthorKey(f.altTitleKey, f));
  if (f.uniformKey && f.uniformKey !== f.titleKey) keys.push(titleAuthorKey(f.uniformKey, f));
  return keys;
}

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

function base32(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return bits > 0 ? out + BASE32[(value << (5 - bits)) & 31] : out;
}

/** 'w' + 20 base32 characters (100 bits) of a SHA-1. */
export function hashedWorkId(seed: string): WorkId {
  return `w${base32(hash('sha1', seed, 'buffer')).slice(0, 20)}`;
}

/**
 * The id of a work this record founds: from its title/author/category key, so it is the same on every
 * re-import and whichever edition arrives first. A record with no usable title key gets one from its id.
 */
export function workIdFor(f: GroupingFeatures): WorkId {
  let id = workIds.get(f);
  if (id === undefined) workIds.set(f, (id = hashedWorkId(f.titleKey ? titleAuthorKey(f.titleKey, f) : `record:${f.recordId}`)));
  return id;
}

/** Work ids by record: an import asks twice per record (to read that work, then to found it). */
const workIds = new WeakMap<GroupingFeatures, WorkId>();

// Swedish-aware text normalization for matching keys and sort keys (titles, names).
//
// Decisions (see docs/DECISIONS.md when it exists; summarized here because the code is the rule):
// - å ä ö stay distinct letters: "Åre" ≠ "Are", "Mål" ≠ "Mal". Their Danish/Norwegian/Icelandic forms
//   fold into them for matching (æ → ä, ø → ö) so "Bjørn" matches "Björn"; every other diacritic folds
//   away (é → e, ü → u, ñ → n) because catalogues disagree on them far more often than the words differ.
// - Leading articles are dropped only where the record says so (245 ind2 nonfiling count) or from a
//   small per-language list of words that are always articles at the start of a title: English "the",
//   "an", "a"; German "der", "die", "das"; French "le", "la", "les", "l'". Swedish "en", "ett", "den",
//   "det", "de" are NOT on the list: they are as often numerals or pronouns ("En dag", "Det går an"),
//   so for Swedish we trust the cataloguer's ind2 only.
// - Title keys also drop what describes the copy rather than the work: "storstil", "lättläst",
//   bracketed GMDs ("[Elektronisk resurs]", "[Ljudupptagning]"), edition statements ("2. uppl.").

const NORDIC_FOLD: Readonly<Record<string, string>> = { æ: 'ä', ø: 'ö', ǽ: 'ä', ǿ: 'ö' };
const SPECIAL_FOLD: Readonly<Record<string, string>> = {
  ß: 'ss', œ: 'oe', þ: 'th', ð: 'd', đ: 'd', ł: 'l', ı: 'i', ŋ: 'n', ʹ: '', ʺ: '',
};
const KEPT_LETTERS = new Set(['å', 'ä', 'ö']);

const APOSTROPHES = new Set(["'", '’', '‘', '`', '´']);
const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;
/** Folded form of each non-ASCII character met so far: ' ' for a separator, '' for an apostrophe. */
const foldedCharacters = new Map<string, string>();

/** One lower-cased character folded: å ä ö kept, æ ø to ä ö, other diacritics away, punctuation to ' '. */
function foldCharacter(ch: string): string {
  let folded = foldedCharacters.get(ch);
  if (folded !== undefined) return folded;
  const letters = NORDIC_FOLD[ch] ?? (KEPT_LETTERS.has(ch) ? ch : SPECIAL_FOLD[ch] ?? ch.normalize('NFD').replace(/\p{M}+/gu, ''));
  folded = '';
  for (const c of letters) folded += APOSTROPHES.has(c) ? '' : WORD_CHARACTER.test(c) ? c : ' ';
  // Bounded: a catalogue uses a few thousand distinct characters, a hostile record could use many more.
  if (foldedCharacters.size < 20_000) foldedCharacters.set(ch, folded);
  return folded;
}

/**
 * Lower-cases, folds diacritics (keeping å ä ö), removes punctuation and folds whitespace. Called for
 * every title and name of every record imported, so it walks the text once, with a table for the
 * non-ASCII characters, instead of running regular expressions over it.
 */
export function normalizeText(text: string): string {
  const lower = isAscii(text) ? text.toLowerCase() : text.normalize('NFKC').toLowerCase();
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    let folded: string;
    if (code < 0x80) {
      if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) folded = lower[i];
      else if (code === 0x27 || code === 0x60) continue;
      else folded = ' ';
    } else {
      const end = code >= 0xd800 && code <= 0xdbff && isLowSurrogate(lower.charCodeAt(i + 1)) ? i + 2 : i + 1;
      folded = foldCharacter(lower.slice(i, end));
      i = end - 1;
    }
    for (let j = 0; j < folded.length; j++) {
      if (folded[j] === ' ') {
        pendingSpace = true;
        continue;
      }
      if (pendingSpace && out !== '') out += ' ';
      pendingSpace = false;
      out += folded[j];
    }
  }
  return out;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

const ARTICLES: Readonly<Record<string, readonly string[]>> = {
  eng: ['the ', 'an ', 'a '],
  ger: ['der ', 'die ', 'das '],
  fre: ['les ', 'le ', 'la ', "l'", 'l’'],
};

/** Drops a leading article: the nonfiling count when the record gives one, else the safe list for the language. */
export function dropLeadingArticle(title: string, nonfiling = 0, language: string | null = null): string {
  const trimmed = title.trimStart();
  if (nonfiling > 0 && nonfiling < trimmed.length) return trimmed.slice(nonfiling).trimStart();
  const lower = trimmed.toLowerCase();
  for (const article of ARTICLES[language ?? ''] ?? []) {
    if (lower.startsWith(article) && trimmed.length > article.length) return trimmed.slice(article.length).trimStart();
  }
  return trimmed;
}

/** The key a title sorts by: leading article dropped, then normalized. */
export function sortKey(title: string, nonfiling = 0, language: string | null = null): string {
  return normalizeText(dropLeadingArticle(title, nonfiling, language));
}

const COPY_WORDS = /(?<![\p{L}\p{N}])(storstil|stor stil|large print|large type|lättläst|selkokirja)(?![\p{L}\p{N}])/gu;
const EDITION = new RegExp(
  '(?<![\\p{L}\\p{N}])(' +
    ['\\d+ (uppl|upplagan|utg|utgåvan|ed|edition|aufl|auflage|painos|p)', 'ny (utg|utgåva|uppl|upplaga)', 'rev uppl',
      'reviderad upplaga', '(first|second|third|revised|new) edition'].join('|') +
    ')(?![\\p{L}\\p{N}])',
  'gu',
);

/** Removes bracketed GMDs ("[Elektronisk resurs]") before normalization; keeps the title when it is all brackets. */
function dropBrackets(title: string): string {
  const without = title.replace(/\[[^\]]*\]/g, ' ');
  return /[\p{L}\p{N}]/u.test(without) ? without : title.replace(/[[\]]/g, '');
}

/**
 * The key two titles of one work share: article dropped, GMDs, copy words and edition statements removed,
 * normalized. Falls back to the plain normalized title when stripping would leave nothing.
 */
export function titleMatchKey(title: string, nonfiling = 0, language: string | null = null): string {
  const base = normalizeText(dropBrackets(dropLeadingArticle(title, nonfiling, language)));
  const stripped = base.replace(EDITION, ' ').replace(COPY_WORDS, ' ').replace(/\s+/g, ' ').trim();
  return stripped || base;
}

/**
 * The key a name matches by: personal names in inverted form ("Runeberg, Johan Ludvig", "Runeberg, J. L.")
 * become surname + first initial ("runeberg j"), so full and abbreviated forenames meet; other names
 * (corporate bodies, single names) are normalized whole.
 */
export function nameMatchKey(name: string): string {
  const comma = name.indexOf(',');
  if (comma > 0) {
    const surname = normalizeText(name.slice(0, comma));
    const initial = normalizeText(name.slice(comma + 1)).charAt(0);
    if (surname) return initial ? `${surname} ${initial}` : surname;
  }
  return normalizeText(name);
}

/** The code points of a text: grouping compares many titles, so the common case spares the iterator. */
function codePoints(text: string): Uint32Array {
  const out = new Uint32Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    out[n++] = code;
    if (code > 0xffff) i++;
  }
  return n === text.length ? out : out.subarray(0, n);
}

/** Levenshtein distance over code points, bounded: returns `limit + 1` as soon as it must exceed `limit`. */
export function editDistance(a: string, b: string, limit = Number.MAX_SAFE_INTEGER): number {
  const x = codePoints(a);
  const y = codePoints(b);
  if (Math.abs(x.length - y.length) > limit) return limit + 1;
  let prev = new Uint32Array(y.length + 1);
  let row = new Uint32Array(y.length + 1);
  for (let j = 0; j <= y.length; j++) prev[j] = j;
  for (let i = 1; i <= x.length; i++) {
    row[0] = i;
    let best = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      const value = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      row[j] = value;
      if (value < best) best = value;
    }
    if (best > limit) return limit + 1;
    [prev, row] = [row, prev];
  }
  return prev[y.length];
}

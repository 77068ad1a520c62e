// What a work puts into the full-text index: folded text per field, a stemmed recall copy per field,
// identifiers, and the keys for exact title and author matches. Shared by the search backends.
import type { QueryNode, SearchField, TermNode } from './query-parser.ts';
import type { WorkDocument } from './search-index.ts';
import { stemSwedish } from './swedish-stemmer.ts';
import { foldText, withoutSwedishLetters, words, wordsOfFolded } from './search-text.ts';

export interface IndexedText {
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  readonly other: string;
  readonly titleStem: string;
  readonly authorStem: string;
  readonly subjectStem: string;
  readonly otherStem: string;
  readonly isbn: string;
}

/**
 * The stemmed copy of a folded text: the stems of its words, and when any stem has å ä ö, the same sequence
 * again written without them. Decision (DESIGN §6): å ä ö stay distinct in the exact text, so "här"
 * never finds "har"; but a patron typing without Swedish letters ("harjedalen", "roda rummet") still
 * finds "Härjedalen" and "Röda rummet" through this copy, ranked below works that match as typed.
 * The second sequence is appended whole so that phrases match in it too.
 */
export function stemmedCopy(folded: string): string {
  const stems = wordsOfFolded(folded).map(stemSwedish).join(' ');
  const plain = withoutSwedishLetters(stems);
  return plain === stems ? stems : `${stems} ${plain}`;
}

export function indexedText(work: WorkDocument): IndexedText {
  const title = foldText(work.titleText);
  const author = foldText(work.authorText);
  const subject = foldText(work.subjectText);
  const other = foldText(work.otherText);
  return {
    title, author, subject, other,
    titleStem: stemmedCopy(title),
    authorStem: stemmedCopy(author),
    subjectStem: stemmedCopy(subject),
    otherStem: stemmedCopy(other),
    isbn: work.identifiers.map((id) => id.toLowerCase()).join(' '),
  };
}

/** The key of an exact title match: the title's words. */
export function titleKey(title: string): string {
  return words(title).join(' ');
}

/**
 * Keys of exact author matches: the name as written and, for "Family, Given", as "Given Family".
 * Dates in a heading ("Lagerlöf, Selma, 1858-1940") are not part of the name a patron types.
 */
export function authorKeys(name: string): string[] {
  const nameWords = (text: string) => words(text).filter((w) => !/^\d+$/u.test(w));
  const comma = name.indexOf(',');
  const keys = [nameWords(name).join(' ')];
  if (comma > 0) {
    const given = name.slice(comma + 1).split(',')[0];
    keys.push([...nameWords(given), ...nameWords(name.slice(0, comma))].join(' '));
  }
  return [...new Set(keys.filter((k) => k !== ''))];
}

/**
 * The exact title and author name a query could be: its words, when the query is nothing but words and
 * phrases (no OR, NOT or prefix) in fields that allow it. Compared with `titleKey` and `authorKeys`.
 */
export function queryKeys(tree: QueryNode | null): { title: string | null; author: string | null } {
  const terms = tree?.kind === 'term' ? [tree] : tree?.kind === 'and' ? tree.children : [];
  if (terms.length === 0 || !terms.every((t): t is TermNode => t.kind === 'term' && !t.prefix)) return { title: null, author: null };
  const keyIn = (field: SearchField) => (terms.every((t) => t.field === 'any' || t.field === field) ? terms.flatMap((t) => t.words).join(' ') : null);
  return { title: keyIn('title'), author: keyIn('author') };
}

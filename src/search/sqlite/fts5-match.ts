// Builds the FTS5 MATCH expressions of a parsed query. Patron text never reaches MATCH as syntax: every
// word is a double-quoted string, and columns, operators and parentheses come from this file only.
import { errors } from '../../core/errors.ts';
import type { QueryNode, SearchField, TermNode } from '../query-parser.ts';
import { stemSwedish } from '../swedish-stemmer.ts';

/** `all`: every text column. `prominent`: words searched in any field must be in title or author. */
type Scope = 'all' | 'prominent';
type TextField = Exclude<SearchField, 'isbn'>;
const EXACT_COLUMNS: Readonly<Record<TextField, string>> = {
  any: '{title author subject other}', title: '{title}', author: '{author}', subject: '{subject}',
};
const STEM_COLUMNS: Readonly<Record<TextField, string>> = {
  any: '{title_stem author_stem subject_stem other_stem}', title: '{title_stem}', author: '{author_stem}', subject: '{subject_stem}',
};
const PROMINENT_EXACT = '{title author}';
const PROMINENT_STEM = '{title_stem author_stem}';
/** ISBN-10/13 or ISSN typed into the plain search box, hyphens and all. */
const IDENTIFIER = /^(?:\d{7}[\dx]|\d{9}[\dx]|\d{13})$/u;

/** What to ask FTS5: rows matching `match` (null: every work), minus rows matching `exclude`. */
export interface MatchPlan {
  readonly match: string | null;
  /**
   * The rows of `match` whose words are all in title or author (null when no word is searched in any
   * field): relevance ranks these first, which also spares ranking every row of a broad query.
   */
  readonly prominent: string | null;
  readonly exclude: string | null;
}

function quoted(words: readonly string[]): string {
  return `"${words.join(' ').replaceAll('"', '""')}"`;
}

function termExpression(term: TermNode, scope: Scope): string {
  const star = term.prefix ? ' *' : '';
  if (term.field === 'isbn') return `{isbn} : ${quoted(term.words)}${star}`;
  const prominent = scope === 'prominent' && term.field === 'any';
  // A prefix is not a word: its last part is searched as typed, in the stems too ("strindb*").
  const stems = term.words.map((w, i) => (term.prefix && i === term.words.length - 1 ? w : stemSwedish(w)));
  const parts = [
    `${prominent ? PROMINENT_EXACT : EXACT_COLUMNS[term.field]} : ${quoted(term.words)}${star}`,
    `${prominent ? PROMINENT_STEM : STEM_COLUMNS[term.field]} : ${quoted(stems)}${star}`,
  ];
  const joined = term.words.join('');
  if (term.field === 'any' && !term.prefix && IDENTIFIER.test(joined)) parts.push(`{isbn} : ${quoted([joined])}`);
  return `(${parts.join(' OR ')})`;
}

function lonelyNot(): Error {
  return errors.badQuery('NOT needs something to exclude from, for example: lindgren NOT pippi.', { reason: 'lonely-not' });
}

function isExclusion(node: QueryNode): boolean {
  return node.kind === 'not' || (node.kind === 'and' && node.children.every((c) => c.kind === 'not'));
}

function anyOf(nodes: readonly QueryNode[], scope: Scope): string {
  return nodes.length === 1 ? expression(nodes[0], scope) : `(${nodes.map((n) => expression(n, scope)).join(' OR ')})`;
}

function expression(node: QueryNode, scope: Scope): string {
  switch (node.kind) {
    case 'term':
      return termExpression(node, scope);
    case 'not':
      throw lonelyNot();
    case 'or':
      if (node.children.some(isExclusion)) throw lonelyNot();
      return anyOf(node.children, scope);
    case 'and': {
      const wanted = node.children.filter((c) => c.kind !== 'not');
      const unwanted = node.children.flatMap((c) => (c.kind === 'not' ? [c.child] : []));
      if (wanted.length === 0) throw lonelyNot();
      const all = wanted.length === 1 ? expression(wanted[0], scope) : `(${wanted.map((n) => expression(n, scope)).join(' AND ')})`;
      // Exclusions always look at every column, so the prominent rows stay a subset of the match.
      return unwanted.length === 0 ? all : `(${all} NOT ${anyOf(unwanted, 'all')})`;
    }
  }
}

function searchesAnyField(node: QueryNode): boolean {
  switch (node.kind) {
    case 'term': return node.field === 'any';
    case 'not': return false;
    default: return node.children.some(searchesAnyField);
  }
}

/** The FTS5 plan of a query; a query that only excludes ("-pippi") searches everything else. */
export function matchPlan(tree: QueryNode | null): MatchPlan {
  if (tree === null) return { match: null, prominent: null, exclude: null };
  if (tree.kind === 'not') return { match: null, prominent: null, exclude: expression(tree.child, 'all') };
  if (tree.kind === 'and' && tree.children.every((c) => c.kind === 'not')) {
    return { match: null, prominent: null, exclude: anyOf(tree.children.map((c) => (c.kind === 'not' ? c.child : c)), 'all') };
  }
  return { match: expression(tree, 'all'), prominent: searchesAnyField(tree) ? expression(tree, 'prominent') : null, exclude: null };
}

// Parses a patron's query text into a query tree: words, "phrases", field:terms, AND/OR/NOT (and OCH/ELLER/INTE),
// -word, parentheses and trailing * — leniently where the intent is clear, with a bad-query error where it is not.
import { errors } from '../core/errors.ts';
import { words } from './search-text.ts';

export type SearchField = 'any' | 'title' | 'author' | 'subject' | 'isbn';

export interface TermNode {
  readonly kind: 'term';
  readonly field: SearchField;
  /** Folded words of the term: one for a word, several for a phrase (or a word like "e-bok"). */
  readonly words: readonly string[];
  readonly phrase: boolean;
  /** Trailing `*`: the last word is a prefix. */
  readonly prefix: boolean;
  /** Where the term stands in the query text, for "did you mean" rewrites. */
  readonly start: number;
  readonly end: number;
}
export type QueryNode =
  | TermNode
  | { readonly kind: 'and' | 'or'; readonly children: readonly QueryNode[] }
  | { readonly kind: 'not'; readonly child: QueryNode };

export const MAX_QUERY_LENGTH = 1000;
export const MAX_QUERY_TERMS = 32;
const MAX_NESTING = 16;

// Maps, not object literals: a query word like "constructor:" must not find Object.prototype.
const FIELDS: ReadonlyMap<string, SearchField> = new Map([
  ['titel', 'title'], ['title', 'title'],
  ['författare', 'author'], ['forfattare', 'author'], ['author', 'author'],
  ['ämne', 'subject'], ['amne', 'subject'], ['subject', 'subject'],
  ['isbn', 'isbn'], ['issn', 'isbn'],
]);
// Operators count only in capitals: "Krig och fred" is a title, "krig OCH fred" a boolean search.
const OPERATORS: ReadonlyMap<string, 'and' | 'or' | 'not'> = new Map([
  ['AND', 'and'], ['OCH', 'and'], ['OR', 'or'], ['ELLER', 'or'], ['NOT', 'not'], ['INTE', 'not'],
]);

type Token =
  | { readonly type: 'open' | 'close' | 'minus'; readonly start: number }
  | { readonly type: 'op'; readonly op: 'and' | 'or' | 'not'; readonly start: number }
  | { readonly type: 'field'; readonly field: SearchField; readonly start: number }
  | { readonly type: 'text'; readonly text: string; readonly phrase: boolean; readonly prefix: boolean; readonly start: number; readonly end: number };

const BREAK = /[\s()"]/u;

function lex(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i];
    if (/\s/u.test(c)) { i++; continue; }
    if (c === '(' || c === ')') { tokens.push({ type: c === '(' ? 'open' : 'close', start: i++ }); continue; }
    if (c === '"') {
      // An unclosed quote runs to the end: the patron is still typing the phrase.
      const close = input.indexOf('"', i + 1);
      const end = close < 0 ? input.length : close + 1;
      const prefix = input[end] === '*';
      tokens.push({ type: 'text', text: input.slice(i + 1, close < 0 ? end : close), phrase: true, prefix, start: i, end });
      i = prefix ? end + 1 : end;
      continue;
    }
    if (c === '-' && i + 1 < input.length && !/[\s)-]/u.test(input[i + 1])) {
      tokens.push({ type: 'minus', start: i++ });
      continue;
    }
    let end = i;
    while (end < input.length && !BREAK.test(input[end])) end++;
    const raw = input.slice(i, end);
    const colon = raw.indexOf(':');
    const field = colon > 0 ? FIELDS.get(raw.slice(0, colon).toLowerCase()) : undefined;
    if (field !== undefined) {
      tokens.push({ type: 'field', field, start: i });
      i += colon + 1;
      continue;
    }
    const op = OPERATORS.get(raw);
    if (op !== undefined) tokens.push({ type: 'op', op, start: i });
    else tokens.push({ type: 'text', text: raw.replace(/\*+$/u, ''), phrase: false, prefix: raw.endsWith('*'), start: i, end });
    i = end;
  }
  return tokens;
}

class Parser {
  private at = 0;
  private depth = 0;
  terms = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  parseAll(): QueryNode | null {
    const nodes: QueryNode[] = [];
    while (this.at < this.tokens.length) {
      const node = this.or('any');
      if (node) nodes.push(node);
      // A ")" without a matching "(" is skipped: the rest of the query still says what is wanted.
      else if (this.peek()?.type === 'close') this.at++;
    }
    return combine('and', nodes);
  }

  private peek(): Token | undefined {
    return this.tokens[this.at];
  }

  private or(field: SearchField): QueryNode | null {
    const nodes: QueryNode[] = [];
    for (;;) {
      const node = this.and(field);
      if (node) nodes.push(node);
      const next = this.peek();
      if (next?.type !== 'op' || next.op !== 'or') return combine('or', nodes);
      this.at++;
    }
  }

  private and(field: SearchField): QueryNode | null {
    const nodes: QueryNode[] = [];
    for (;;) {
      const next = this.peek();
      if (next === undefined || next.type === 'close') break;
      if (next.type === 'op' && next.op === 'or') break;
      if (next.type === 'op' && next.op === 'and') { this.at++; continue; }
      const node = this.unary(field);
      if (node) nodes.push(node);
    }
    return combine('and', nodes);
  }

  private unary(field: SearchField): QueryNode | null {
    const next = this.peek();
    if (next && (next.type === 'minus' || (next.type === 'op' && next.op === 'not'))) {
      this.at++;
      const child = this.unary(field);
      if (child === null) return null;
      return child.kind === 'not' ? child.child : { kind: 'not', child };
    }
    return this.primary(field);
  }

  private primary(field: SearchField): QueryNode | null {
    const token = this.peek();
    if (token === undefined || token.type === 'close') return null;
    this.at++;
    switch (token.type) {
      case 'open': {
        if (++this.depth > MAX_NESTING) throw errors.badQuery('The search has too many parentheses inside each other.', { reason: 'too-deep' });
        const inner = this.or(field);
        this.depth--;
        // A "(" left open is closed at the end of the query.
        if (this.peek()?.type === 'close') this.at++;
        return inner;
      }
      case 'field':
        return this.primary(token.field);
      case 'text':
        return this.term(token, field);
      default:
        // An operator with nothing to work on ("bok OR", "AND AND") is skipped.
        return null;
    }
  }

  private term(token: Extract<Token, { type: 'text' }>, field: SearchField): TermNode | null {
    const found = field === 'isbn' ? isbnWords(token.text) : words(token.text);
    if (found.length === 0) return null;
    if (++this.terms > MAX_QUERY_TERMS) {
      throw errors.badQuery(`The search has too many words; use at most ${MAX_QUERY_TERMS}.`, { reason: 'too-many-terms' });
    }
    return { kind: 'term', field, words: found, phrase: token.phrase, prefix: token.prefix, start: token.start, end: token.end };
  }
}

/** ISBN/ISSN as typed ("91-29-65721-4") → one normalized identifier word ("9129657214"). */
function isbnWords(text: string): string[] {
  const id = text.replace(/[\s-]/gu, '').toLowerCase();
  return /^[0-9]+x?$/u.test(id) ? [id] : words(text);
}

function combine(kind: 'and' | 'or', nodes: QueryNode[]): QueryNode | null {
  if (nodes.length === 0) return null;
  if (nodes.length === 1) return nodes[0];
  return { kind, children: nodes.flatMap((n) => (n.kind === kind ? n.children : [n])) };
}

/**
 * Parses query text. AND (also implicit, between words) binds tighter than OR, as in library boolean
 * search: `lindgren pippi OR jansson mumin` is (lindgren AND pippi) OR (jansson AND mumin).
 * Returns null for an empty query (browse everything); throws `bad-query` with a patron-readable message.
 */
export function parseQuery(text: string): QueryNode | null {
  if (text.length > MAX_QUERY_LENGTH) {
    throw errors.badQuery(`The search is too long; use at most ${MAX_QUERY_LENGTH} characters.`, { reason: 'too-long' });
  }
  if (text.trim() === '') return null;
  const tree = new Parser(lex(text)).parseAll();
  if (tree === null) throw errors.badQuery('The search has no words to look for.', { reason: 'no-words' });
  return tree;
}

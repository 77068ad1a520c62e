// "Did you mean": rewrites query words that the index has never seen to indexed words one edit away,
// looked up in the FTS5 vocabulary.
import type { Database, Statement } from 'better-sqlite3';
import type { QueryNode, TermNode } from '../query-parser.ts';
import { mayBeMisspelt, oneEditAway, rewriteText } from '../spelling.ts';
import { stemSwedish } from '../swedish-stemmer.ts';
import { SQL } from './search.sql.ts';

/** How many corrections of one word are searched together (OR): the likeliest few. */
const ALTERNATIVES = 3;

export interface Correction {
  readonly tree: QueryNode;
  /** The query text with each misspelt word replaced by its likeliest correction. */
  readonly text: string;
}

export class SpellingCorrector {
  private readonly indexed: Statement;
  private readonly works: Statement;

  constructor(db: Database) {
    this.indexed = db.prepare(SQL.wordIsIndexed).pluck();
    this.works = db.prepare(SQL.worksWithWords);
  }

  /** Null when no word needs (or has) a correction. Words under NOT are left as typed. */
  correct(tree: QueryNode, text: string): Correction | null {
    const replacements: { start: number; end: number; word: string }[] = [];
    const visit = (node: QueryNode): QueryNode => {
      switch (node.kind) {
        case 'term': {
          const alternatives = this.alternatives(node);
          if (alternatives.length === 0) return node;
          replacements.push({ start: node.start, end: node.end, word: alternatives[0] });
          const terms = alternatives.map((word): TermNode => ({ ...node, words: [word] }));
          return terms.length === 1 ? terms[0] : { kind: 'or', children: terms };
        }
        case 'not':
          return node;
        default:
          return { kind: node.kind, children: node.children.map(visit) };
      }
    };
    const corrected = visit(tree);
    return replacements.length === 0 ? null : { tree: corrected, text: rewriteText(text, replacements) };
  }

  private alternatives(term: TermNode): string[] {
    if (term.phrase || term.prefix || term.field === 'isbn' || term.words.length !== 1) return [];
    const [word] = term.words;
    if (!mayBeMisspelt(word) || this.indexed.get(word) !== undefined || this.indexed.get(stemSwedish(word)) !== undefined) return [];
    const found = this.works.all(JSON.stringify(oneEditAway(word))) as { term: string; works: number }[];
    return found
      .sort((a, b) => b.works - a.works || (a.term < b.term ? -1 : 1))
      .slice(0, ALTERNATIVES)
      .map((c) => c.term);
  }
}

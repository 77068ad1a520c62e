// Builds CQL from user input safely: every term quoted with `"` and `\` escaped, index names and relations checked,
// so input can never change the query's structure.
import { errors } from '../../core/errors.ts';

const INDEX = /^[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)?$/;
const SYMBOLIC = new Set(['=', '==', '<>', '<', '>', '<=', '>=']);
const NAMED = new Set(['adj', 'all', 'any', 'within', 'encloses', 'exact']);

/**
 * A quoted CQL term. The masking characters `*`, `?` and `^` keep their CQL meaning (truncation, anchoring):
 * they cannot break out of the term.
 */
export function cqlTerm(value: string): string {
  return `"${value.replace(/[\\"]/g, '\\$&')}"`;
}

/** `index relation "term"`, e.g. `dc.title="Pippi"` or `dc.creator any "Lindgren"`. */
export function cqlClause(index: string, value: string, relation = '='): string {
  if (!INDEX.test(index)) throw errors.badQuery(`Not a CQL index name: ${index}`, { index });
  if (SYMBOLIC.has(relation)) return `${index}${relation}${cqlTerm(value)}`;
  if (NAMED.has(relation)) return `${index} ${relation} ${cqlTerm(value)}`;
  throw errors.badQuery(`Not a CQL relation: ${relation}`, { relation });
}

/** Clauses joined with `and`, each in parentheses so any boolean inside keeps its meaning. */
export function cqlAnd(...clauses: string[]): string {
  if (clauses.length === 0) throw errors.badQuery('cqlAnd needs at least one clause');
  return clauses.length === 1 ? clauses[0] : clauses.map((c) => `(${c})`).join(' and ');
}

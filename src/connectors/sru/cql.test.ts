// CQL built from user input: a term can never break out of its quotes, and only real indexes and relations pass.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isSamverkaError } from '../../core/errors.ts';
import { cqlAnd, cqlClause, cqlTerm } from './cql.ts';

test('terms are always quoted, with " and \\ escaped', () => {
  assert.equal(cqlTerm('Pippi Långstrump'), '"Pippi Långstrump"');
  assert.equal(cqlTerm('a "quoted" word'), '"a \\"quoted\\" word"');
  assert.equal(cqlTerm('back\\slash\\'), '"back\\\\slash\\\\"');
  assert.equal(cqlTerm('" or cql.allRecords=1 or "'), '"\\" or cql.allRecords=1 or \\""');
});

test('clauses put the relation between index and term', () => {
  assert.equal(cqlClause('dc.title', 'Mio, min Mio'), 'dc.title="Mio, min Mio"');
  assert.equal(cqlClause('bath.isbn', '9789129688313', '=='), 'bath.isbn=="9789129688313"');
  assert.equal(cqlClause('dc.creator', 'Lindgren Astrid', 'all'), 'dc.creator all "Lindgren Astrid"');
  assert.equal(cqlClause('dc.date', '2001', '>='), 'dc.date>="2001"');
});

test('an index or relation that is not CQL is refused as a bad query', () => {
  for (const [index, relation] of [['dc.title="x" or dc.title', '='], ['', '='], ['dc title', '='], ['dc.title', 'or'], ['dc.title', '= "x" or']]) {
    assert.throws(() => cqlClause(index, 'x', relation), (e: unknown) => isSamverkaError(e, 'bad-query'), `${index} ${relation}`);
  }
});

test('and-ed clauses keep their own grouping', () => {
  assert.equal(cqlAnd('dc.title="Mio"'), 'dc.title="Mio"');
  assert.equal(cqlAnd('dc.title="Mio"', 'dc.creator="Lindgren" or dc.creator="Vikland"'), '(dc.title="Mio") and (dc.creator="Lindgren" or dc.creator="Vikland")');
  assert.throws(() => cqlAnd(), (e: unknown) => isSamverkaError(e, 'bad-query'));
});

// PQF parsing: yaz's notation and attribute rules, and bad queries refused as `bad-query`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isSamverkaError } from '../../core/errors.ts';
import { BIB1_ATTRIBUTE_SET, parsePqf, type RpnNode } from './pqf.ts';

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

function termOf(node: RpnNode) {
  assert.equal(node.kind, 'term');
  return node;
}

test('a plain word is a general term with no attributes under Bib-1', () => {
  const q = parsePqf('pippi');
  assert.equal(q.attributeSet, BIB1_ATTRIBUTE_SET);
  const t = termOf(q.root);
  assert.deepEqual(t.attributes, []);
  assert.equal(t.term.kind === 'general' && text(t.term.bytes), 'pippi');
});

test('attributes apply to the term; the list runs innermost first, as yaz sends it', () => {
  const t = termOf(parsePqf('@attr 1=4 @attr 2=3 "computer"').root);
  assert.deepEqual(t.attributes, [{ set: null, type: 2, value: 3 }, { set: null, type: 1, value: 4 }]);
});

test('a later attribute of the same type overrides an earlier one', () => {
  const t = termOf(parsePqf('@attr 1=1016 @attr 1=4 x').root);
  assert.deepEqual(t.attributes, [{ set: null, type: 1, value: 4 }]);
});

test('quoted terms keep spaces and Swedish letters; {braces} quote too; the empty term is allowed', () => {
  const t = termOf(parsePqf('@attr 1=4 "Bröderna Lejonhjärta"').root);
  assert.equal(t.term.kind === 'general' && text(t.term.bytes), 'Bröderna Lejonhjärta');
  const braced = termOf(parsePqf('{Mio min Mio}').root);
  assert.equal(braced.term.kind === 'general' && text(braced.term.bytes), 'Mio min Mio');
  const all = termOf(parsePqf('@attr 1=_ALLRECORDS @attr 2=103 ""').root);
  assert.deepEqual(all.attributes, [{ set: null, type: 2, value: 103 }, { set: null, type: 1, value: '_ALLRECORDS' }]);
  assert.equal(all.term.kind === 'general' && all.term.bytes.length, 0);
});

test('backslash escapes as yaz reads them', () => {
  const t = termOf(parsePqf('"say \\"hej\\" \\x41\\101\\t"').root);
  assert.equal(t.term.kind === 'general' && text(t.term.bytes), 'say "hej" AA\t');
  const word = termOf(parsePqf('a\\ b').root);
  assert.equal(word.term.kind === 'general' && text(word.term.bytes), 'a b');
});

test('@and, @or and @not build the tree; outer attributes reach every term beneath', () => {
  const q = parsePqf('@attr 2=3 @and @attr 1=1003 lindgren @or @attr 1=4 pippi @not emil ida');
  assert.equal(q.root.kind, 'operator');
  if (q.root.kind !== 'operator') return;
  assert.equal(q.root.operator, 'and');
  assert.deepEqual(termOf(q.root.left).attributes, [{ set: null, type: 1, value: 1003 }, { set: null, type: 2, value: 3 }]);
  const or = q.root.right;
  assert.ok(or.kind === 'operator' && or.operator === 'or');
  if (or.kind !== 'operator') return;
  const not = or.right;
  assert.ok(not.kind === 'operator' && not.operator === 'and-not');
  if (not.kind !== 'operator') return;
  assert.deepEqual(termOf(not.right).attributes, [{ set: null, type: 2, value: 3 }]);
});

test('@attrset, per-attribute sets (kept for the following attributes, as in yaz) and dotted OIDs', () => {
  const q = parsePqf('@attrset exp-1 @attr gils 1=2000 @attr 2=3 @attr 1.2.840.10003.3.1 4=1 x');
  assert.equal(q.attributeSet, '1.2.840.10003.3.2');
  assert.deepEqual(termOf(q.root).attributes, [
    { set: '1.2.840.10003.3.1', type: 4, value: 1 },
    { set: '1.2.840.10003.3.5', type: 2, value: 3 },
    { set: '1.2.840.10003.3.5', type: 1, value: 2000 },
  ]);
});

test('@set names a result set; @term chooses the term type from then on', () => {
  assert.deepEqual(parsePqf('@set default').root, { kind: 'result-set', name: 'default' });
  const q = parsePqf('@and @term numeric 1999 @term string "Åre"');
  assert.ok(q.root.kind === 'operator');
  if (q.root.kind !== 'operator') return;
  assert.deepEqual(termOf(q.root.left).term, { kind: 'numeric', value: 1999 });
  assert.deepEqual(termOf(q.root.right).term, { kind: 'characterString', value: 'Åre' });
});

test('@prox reads exclusion, distance, ordering, relation and unit', () => {
  const q = parsePqf('@prox 0 3 1 2 k 2 pippi långstrump');
  assert.ok(q.root.kind === 'operator');
  if (q.root.kind !== 'operator') return;
  assert.deepEqual(q.root.operator, { exclusion: false, distance: 3, ordered: true, relationType: 2, unit: { known: 2 } });
});

test('bad PQF is a bad-query error with the position', () => {
  const bad = [
    '', '   ', '@and a', '@or', 'a b', '@attr 1=4', '@attr x 1=4 y', '@attr 1 y', '@attr =4 y', '@attr 1= y',
    '@attrset nosuchset a', '@foo a', '"unterminated', '@term date x', '@term numeric 12a', '@attr 1=99999999999999999999 x',
    '@prox 0 3 1 9 k 2 a b', '@set',
    `${'@and '.repeat(100)}a`,
  ];
  for (const pqf of bad) {
    assert.throws(() => parsePqf(pqf), (e) => isSamverkaError(e, 'bad-query') && /position \d+/.test(e.message), JSON.stringify(pqf));
  }
});

test('deep nesting and long attribute chains are refused, not a stack overflow', () => {
  assert.throws(() => parsePqf(`${'@and '.repeat(100_000)}a`), (e) => isSamverkaError(e, 'bad-query'));
  assert.throws(() => parsePqf(`${'@attr 1=4 '.repeat(1000)}a`), (e) => isSamverkaError(e, 'bad-query'));
});

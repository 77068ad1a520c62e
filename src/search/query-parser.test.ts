// Tests of the query parser: what a patron types becomes the search they meant, or a clear bad-query error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isSamverkaError } from '../core/errors.ts';
import { parseQuery, type QueryNode } from './query-parser.ts';

/** The tree in a compact notation: words, "phrases", field:, prefix*, (a AND b), (a OR b), -x. */
function show(node: QueryNode | null): string {
  if (node === null) return '∅';
  switch (node.kind) {
    case 'term': {
      const text = node.phrase ? `"${node.words.join(' ')}"` : node.words.join('-');
      return `${node.field === 'any' ? '' : `${node.field}:`}${text}${node.prefix ? '*' : ''}`;
    }
    case 'not':
      return `-${show(node.child)}`;
    default:
      return `(${node.children.map(show).join(node.kind === 'and' ? ' AND ' : ' OR ')})`;
  }
}

const parsed = (text: string) => show(parseQuery(text));

function assertBadQuery(text: string, reason: string) {
  assert.throws(() => parseQuery(text), (e) => isSamverkaError(e, 'bad-query') && e.details.reason === reason, text);
}

test('an empty query browses everything', () => {
  assert.equal(parsed(''), '∅');
  assert.equal(parsed('   '), '∅');
});

test('words are ANDed, folded to lower case, and keep å ä ö', () => {
  assert.equal(parsed('Röda  Rummet'), '(röda AND rummet)');
  assert.equal(parsed('Émile'), 'emile');
});

test('quoted text is a phrase; an unclosed quote runs to the end', () => {
  assert.equal(parsed('"röda rummet" strindberg'), '("röda rummet" AND strindberg)');
  assert.equal(parsed('strindberg "röda rumm'), '(strindberg AND "röda rumm")');
});

test('Swedish and English field names, with words, phrases and groups', () => {
  assert.equal(parsed('titel:kallocain författare:boye'), '(title:kallocain AND author:boye)');
  assert.equal(parsed('title:"doktor glas" AUTHOR:söderberg'), '(title:"doktor glas" AND author:söderberg)');
  assert.equal(parsed('ämne:(fjällen OR skogen)'), '(subject:fjällen OR subject:skogen)');
  assert.equal(parsed('subject: renskötsel'), 'subject:renskötsel');
  assert.equal(parsed('isbn:91-29-65721-X'), 'isbn:912965721x');
});

test('an unknown field name is ordinary text', () => {
  assert.equal(parsed('Star Wars: episod'), '(star AND wars AND episod)');
  assert.equal(parsed('harry potter:de vises'), '(harry AND potter-de AND vises)');
});

test('AND binds tighter than OR; OCH ELLER INTE work like AND OR NOT; lower case is text', () => {
  assert.equal(parsed('lindgren pippi OR jansson mumin'), '((lindgren AND pippi) OR (jansson AND mumin))');
  assert.equal(parsed('lindgren ELLER jansson OCH mumin'), '(lindgren OR (jansson AND mumin))');
  assert.equal(parsed('krig och fred'), '(krig AND och AND fred)');
  assert.equal(parsed('(lindgren OR jansson) barn'), '((lindgren OR jansson) AND barn)');
});

test('NOT, INTE and a leading minus exclude; a hyphen inside a word does not', () => {
  assert.equal(parsed('lindgren NOT pippi'), '(lindgren AND -pippi)');
  assert.equal(parsed('lindgren INTE pippi'), '(lindgren AND -pippi)');
  assert.equal(parsed('lindgren -pippi -"emil i"'), '(lindgren AND -pippi AND -"emil i")');
  assert.equal(parsed('e-bok'), 'e-bok');
  assert.equal(parsed('NOT NOT pippi'), 'pippi');
});

test('a trailing star makes a prefix', () => {
  assert.equal(parsed('strindb*'), 'strindb*');
  assert.equal(parsed('"röda rum"*'), '"röda rum"*');
});

test('stray operators and parentheses are forgiven where the intent is clear', () => {
  assert.equal(parsed('pippi OR'), 'pippi');
  assert.equal(parsed('AND pippi AND AND långstrump'), '(pippi AND långstrump)');
  assert.equal(parsed('(pippi långstrump'), '(pippi AND långstrump)');
  assert.equal(parsed('pippi) långstrump'), '(pippi AND långstrump)');
  assert.equal(parsed('pippi ()'), 'pippi');
});

test('hostile text parses to words or a bad-query error', () => {
  assert.equal(parsed(`'; DROP TABLE search_works; --`), '(drop AND table AND search-works)');
  assert.equal(parsed('NEAR(a b)'), '(near AND a AND b)');
  assert.equal(parsed('col:"x" {title}: ^y'), '(col AND "x" AND title AND y)');
  assert.equal(parsed('constructor:x toString __proto__:y'), '(constructor-x AND tostring AND proto-y)');
  assertBadQuery('"', 'no-words');
  assertBadQuery('(((', 'no-words');
  assertBadQuery('* - AND', 'no-words');
  assertBadQuery('x'.repeat(1001), 'too-long');
  assertBadQuery(Array.from({ length: 40 }, (_, i) => `ord${i}`).join(' '), 'too-many-terms');
  assertBadQuery('('.repeat(20) + 'bok', 'too-deep');
});

test('terms know where they stand in the text', () => {
  const tree = parseQuery('röda kallocein');
  assert.ok(tree?.kind === 'and');
  const second = tree.children[1];
  assert.ok(second.kind === 'term');
  assert.equal('röda kallocein'.slice(second.start, second.end), 'kallocein');
});

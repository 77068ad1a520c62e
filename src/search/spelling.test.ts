// Tests of the spelling helpers behind "did you mean".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mayBeMisspelt, oneEditAway, rewriteText } from './spelling.ts';

test('one edit away covers a dropped, swapped, wrong or extra letter, å ä ö included', () => {
  const near = new Set(oneEditAway('kallocein'));
  for (const word of ['kallocain', 'kalocein', 'kallcoein', 'kalllocein']) assert.ok(near.has(word), word);
  assert.ok(new Set(oneEditAway('lagerlof')).has('lagerlöf'));
  assert.ok(!near.has('kallocein'), 'the word itself is not a correction');
  assert.ok(!near.has('kalocain'), 'two edits away is too far');
});

test('only words of five letters or more, without digits, are corrected', () => {
  assert.equal(mayBeMisspelt('pipi'), false);
  assert.equal(mayBeMisspelt('kallocein'), true);
  assert.equal(mayBeMisspelt('1984a'), false);
});

test('the corrected text keeps the rest of the query and a capital first letter', () => {
  const text = 'titel:Kallocein boye Utvandrarne';
  assert.equal(rewriteText(text, [{ start: 6, end: 15, word: 'kallocain' }, { start: 21, end: 32, word: 'utvandrarna' }]),
    'titel:Kallocain boye Utvandrarna');
});

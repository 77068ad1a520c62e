// Tests of search text normalization: folding keeps å ä ö, splitting matches FTS5, title keys sort Swedish.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldText, titleSortKey, withoutSwedishLetters, words } from './search-text.ts';

test('folding keeps å ä ö distinct and removes other diacritics', () => {
  assert.equal(foldText('Räksmörgås'), 'räksmörgås');
  assert.equal(foldText('Émile Zola, Müller, Ørsted, Straße'), 'emile zola, muller, örsted, strasse');
  assert.equal(foldText('A\u030Angström'), 'ångström', 'decomposed å is kept');
});

test('words split on punctuation like the FTS5 unicode61 tokenizer', () => {
  assert.deepEqual(words('Harry Potter och de vises sten (e-bok), 2:a uppl.'), [
    'harry', 'potter', 'och', 'de', 'vises', 'sten', 'e', 'bok', '2', 'a', 'uppl',
  ]);
  assert.deepEqual(words('"*NEAR(\'; DROP'), ['near', 'drop']);
});

test('the recall form drops the Swedish letters', () => {
  assert.equal(withoutSwedishLetters('härjedalen åre östersund'), 'harjedalen are ostersund');
});

test('title sort keys order titles as Intl.Collator("sv") does', () => {
  const titles = [
    'Åsa-Hanna', 'Zorn', 'Ängel', 'Ödemarkens son', 'Aniara', 'Émile', 'Eva', 'Über', 'Yxan', 'Vita nätter',
    'Wilhelm Tell', '1984', 'Röda rummet', 'Rödabergen', 'Ørnen', 'Osynliga', 'Aa', 'Ab',
  ];
  const collator = new Intl.Collator('sv');
  const byCollator = [...titles].sort(collator.compare);
  const byKey = [...titles].sort((a, b) => (titleSortKey(a) < titleSortKey(b) ? -1 : titleSortKey(a) > titleSortKey(b) ? 1 : 0));
  assert.deepEqual(byKey, byCollator);
});

// Folding a work's records into editions: by ISBN, else by year, publisher, edition, formats and language, with an extent veto.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FAKE_RECORDS, record } from '../../../test/fakes/fake-catalogue.records.ts';
import { RUNEBERG_EDITIONS } from '../../../test/fakes/fake-catalogue.runeberg.ts';
import { groupEditions } from './work-edition-grouping.ts';

const describe = (records: Parameters<typeof groupEditions>[0]) =>
  groupEditions(records).map((e) => `${e.record.year} ${e.records.map((r) => r.id).join(' ')}`);

test('real Runeberg records: one edition per manifestation across libraries, newest first', () => {
  const editions = describe(RUNEBERG_EDITIONS);
  assert.equal(editions.length, 12);
  assert.equal(editions[0], '2004 krokom:006417535 ostersund:006417535 stromsund:006417535');
  assert.equal(editions[1], '1975 ostersund:003091846 krokom:003091846');
  assert.deepEqual(editions.filter((e) => e.startsWith('1948')), ['1948 ragunda:000792604', '1948 harjedalen:005362124 krokom:005362124'],
    'an edition statement tells two 1948 printings apart');
  assert.deepEqual(editions.filter((e) => e.startsWith('1928')), ['1928 ostersund:003294164', '1928 krokom:006414953'],
    '238 and 266 pages: the extent tells two 1928 printings without edition statement apart');
});

test('the edition is described by its fullest record; its ISBNs are those of all its records', () => {
  const taikatalvi = FAKE_RECORDS.find((r) => r.id === 'are:951004010X')!;
  // Hand-made variants of a real record: the same book as another library might catalogue it, more sparsely and
  // with the ISBN hyphenated, and a third record that also gives the ISBN-13 form.
  const sparse = { ...taikatalvi, id: 'krokom:1', library: 'krokom', isbns: ['951-004010-X'], extent: null, notes: [] };
  const both = { ...taikatalvi, id: 'berg:2', library: 'berg', isbns: ['9789510040104'] };
  const bridge = { ...taikatalvi, id: 'ragunda:3', library: 'ragunda', isbns: ['951004010X', '9789510040104'], notes: [] };
  const [edition, ...rest] = groupEditions([sparse, both, bridge]);
  assert.deepEqual(rest, [], 'a record with both ISBNs joins the groups of each');
  assert.deepEqual(edition.records.map((r) => r.id).sort(), ['berg:2', 'krokom:1', 'ragunda:3']);
  assert.equal(edition.record.id, 'berg:2');
  assert.deepEqual(edition.isbns, ['951-004010-X', '9789510040104', '951004010X']);
});

test('records with too little to compare stand alone, and undated editions come last', () => {
  // Hand-made: two bare records of the same title with nothing but a title, and one with a year.
  const bare = (localId: string, year: number | null) => record({ library: 'are', localId, title: 'Utan uppgifter', year });
  assert.deepEqual(describe([bare('a', null), bare('b', null), bare('c', 1999)]), ['1999 are:c', 'null are:a', 'null are:b']);
  // Hand-made: a damaged ISBN that compacts to nothing ties no records together.
  const damaged = (localId: string, year: number) => ({ ...bare(localId, year), isbns: ['(inb.)'] });
  assert.deepEqual(describe([damaged('d', 2001), damaged('e', 1990)]), ['2001 are:d', '1990 are:e']);
});

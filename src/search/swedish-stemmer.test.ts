// Tests of Swedish stemming: inflected forms a patron types meet the forms in the catalogue.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stemSwedish } from './swedish-stemmer.ts';

test('plural and definite forms share a stem with the base form', () => {
  assert.equal(stemSwedish('sagor'), stemSwedish('saga'));
  assert.equal(stemSwedish('hästarna'), stemSwedish('häst'));
  assert.equal(stemSwedish('lagerlöfs'), stemSwedish('lagerlöf'));
});

test('umlaut plurals reach their singular: böcker and böckerna find bok', () => {
  assert.equal(stemSwedish('böcker'), stemSwedish('bok'));
  assert.equal(stemSwedish('böckerna'), stemSwedish('boken'));
  assert.equal(stemSwedish('länder'), stemSwedish('land'));
  assert.equal(stemSwedish('döttrar'), stemSwedish('dotter'));
});

test('words that only differ in å ä ö keep different stems', () => {
  assert.notEqual(stemSwedish('här'), stemSwedish('har'));
  assert.notEqual(stemSwedish('får'), stemSwedish('far'));
});

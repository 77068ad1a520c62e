// Tests for standard identifiers: ISBN check digits and 10 → 13, ISSN, product and publisher numbers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeIsbn, normalizeIssn, normalizeStandardNumber, publisherNumber, unionCatalogueNumber } from './identifiers.ts';

test('ISBN-10 becomes ISBN-13 digits; qualifiers and hyphens are ignored', () => {
  assert.equal(normalizeIsbn('91-642-2009-5'), '9789164220097');
  assert.equal(normalizeIsbn('0-8247-1116-5'), '9780824711160');
  assert.equal(normalizeIsbn('951004010X'), '9789510040102');
  assert.equal(normalizeIsbn('978-91-588-9292-7 (DVD-ROM och handledning i kapsel)'), '9789158892927');
  assert.equal(normalizeIsbn('9780745661162 (pb)'), '9780745661162');
});

test('an ISBN with a wrong check digit, or not an ISBN at all, is dropped', () => {
  assert.equal(normalizeIsbn('91-642-2009-4'), null);
  assert.equal(normalizeIsbn('9789164220098'), null);
  assert.equal(normalizeIsbn('inb.'), null);
  assert.equal(normalizeIsbn('12345'), null);
});

test('ISSNs are validated and hyphenated', () => {
  assert.equal(normalizeIssn('0018-263X'), '0018-263X');
  assert.equal(normalizeIssn('0345 1569'), '0345-1569');
  assert.equal(normalizeIssn('0345-1568'), null);
});

test('UPC, EAN and GTIN-14 of one product meet; publisher numbers keep their publisher', () => {
  assert.equal(normalizeStandardNumber('738572132521', 'product'), normalizeStandardNumber('00738572132521', 'product'));
  assert.equal(normalizeStandardNumber('urn:nbn:se:kb:publ-19', 'other'), 'urn:nbn:se:kb:publ-19');
  assert.equal(publisherNumber('SILCD 1325', 'Silva Screen'), 'SILCD1325 (Silva Screen)');
  assert.equal(publisherNumber('Pirat CD 08', null), 'PIRATCD08');
});

test('only union-catalogue numbers from 035 count: local system numbers collide across libraries', () => {
  assert.equal(unionCatalogueNumber('(OCoLC)ocm56129600'), '(OCoLC)56129600');
  assert.equal(unionCatalogueNumber('(FI-MELINDA)000408932'), '(FI-MELINDA)408932');
  assert.equal(unionCatalogueNumber('(Sirsi) a353305'), null);
});

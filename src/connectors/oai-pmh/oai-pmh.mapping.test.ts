// The OAI-PMH cursor and record-id rules: where an incremental harvest starts, what the next one asks for, and
// which local id a deletion names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FROM_THE_BEGINNING, harvestFrom, identifierLocalId, nextCursor } from './oai-pmh.mapping.ts';

test('a deletion is named by the identifier\'s last segment', () => {
  assert.equal(identifierLocalId('oai:koha.example.org:4711'), '4711');
  assert.equal(identifierLocalId('oai:libris.kb.se:http://libris.kb.se/bib/11850823'), '11850823');
  assert.equal(identifierLocalId('oai:example.org:dir/123/'), '123');
  assert.equal(identifierLocalId('plain'), 'plain');
});

test('a full harvest, the beginning, and an unreadable cursor ask without from; a datestamp asks from it', () => {
  assert.deepEqual(harvestFrom('2025-05-01T11:59:00Z', true), { from: null, valid: true });
  assert.deepEqual(harvestFrom(null, false), { from: null, valid: true });
  assert.deepEqual(harvestFrom(FROM_THE_BEGINNING, false), { from: null, valid: true });
  assert.deepEqual(harvestFrom('next=41', false), { from: null, valid: false });
  assert.deepEqual(harvestFrom('2025-05-01T11:59:00Z', false), { from: new Date('2025-05-01T11:59:00Z'), valid: true });
  assert.deepEqual(harvestFrom('2025-05-01', false), { from: new Date('2025-05-01T00:00:00Z'), valid: true });
});

test('the next cursor is the repository\'s first responseDate less the overlap, else the latest datestamp, else where it began', () => {
  assert.equal(nextCursor('2025-05-01T12:00:00Z', '2025-04-30T08:00:00Z', '*'), '2025-05-01T11:59:00Z');
  assert.equal(nextCursor('not a date', '2025-04-30', '*'), '2025-04-30T00:00:00Z');
  assert.equal(nextCursor(null, null, '2025-01-01T00:00:00Z'), '2025-01-01T00:00:00Z');
});

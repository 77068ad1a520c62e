// Z39.50 mapping: yaz-ztest's real OPAC record to Holdings, the loan and unknown cases, presented records to read
// results, the charset setting, and PQF terms that input cannot break out of.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isSamverkaError } from '../../core/errors.ts';
import { loadExchange } from '../../../test/fixtures/z3950/exchanges.ts';
import { parsePqf } from './pqf.ts';
import type { CirculationRecord } from './opac.codec.ts';
import { decodePdu } from './z3950.codec.ts';
import { opacHoldings, opacRecordId, pqfTerm, z3950Charset, z3950RecordResult } from './z3950.mapping.ts';
import { BIB1_DIAGNOSTIC_SET, type Z3950Record } from './z3950.records.ts';

const AS_OF = '2025-05-01T12:00:00.000Z';
const ctx = { library: 'berg', branches: ['berg-svenstavik', 'berg-myrviken'], branchMap: {}, asOf: AS_OF };

function ztestOpac(): Extract<Z3950Record, { kind: 'opac' }> {
  const pdu = decodePdu(loadExchange('yaz-client_yaz-ztest').server[3]);
  const record = pdu.kind === 'present-response' && pdu.records?.kind === 'records' ? pdu.records.records[0] : null;
  assert.ok(record?.kind === 'opac');
  return record;
}

test('yaz-ztest\'s OPAC record: one copy on the shelf, at the first branch, its unmapped location code kept', () => {
  const opac = ztestOpac();
  assert.equal(opacRecordId(opac, 'auto'), '11224466');
  assert.deepEqual(opacHoldings(opac, ctx), [{
    library: 'berg', branch: 'berg-svenstavik', callNumber: 'MLCM 89/00602 (N)', location: 'Main or Science/Business Reading Rms - STORED OFFSITE',
    asOf: AS_OF, status: 'available', dueDate: null, itemId: '1226176',
  }]);
  const mapped = opacHoldings(opac, { ...ctx, branchMap: { 'Main or Science/Business Reading Rms - STORED OFFSITE': 'berg-myrviken' } });
  assert.deepEqual(mapped.map((h) => [h.branch, h.location]), [['berg-myrviken', null]]);
});

test('an item out with an availablityDate is on loan until then; out without one, or with a date that is none, is unknown', () => {
  // Hand-made circulation states on yaz-ztest's real holding: yaz-ztest lends nothing out.
  const opac = ztestOpac();
  const [holding] = opac.holdings;
  const item = holding.circulationData[0];
  const states: CirculationRecord[] = [
    { ...item, availableNow: false, availablityDate: '20250612' },
    { ...item, availableNow: false, availablityDate: '2025-06-12 23:59' },
    { ...item, availableNow: false, availablityDate: null },
    { ...item, availableNow: false, availablityDate: '2025-02-30' },
  ];
  const holdings = opacHoldings({ ...opac, holdings: [{ ...holding, shelvingLocation: 'Vuxen', localLocation: 'berg-myrviken', circulationData: states }] }, ctx);
  assert.deepEqual(holdings.map((h) => [h.branch, h.location, h.status, h.dueDate]), [
    ['berg-myrviken', 'Vuxen', 'on-loan', '2025-06-12'],
    ['berg-myrviken', 'Vuxen', 'on-loan', '2025-06-12'],
    ['berg-myrviken', 'Vuxen', 'unknown', null],
    ['berg-myrviken', 'Vuxen', 'unknown', null],
  ]);
  const noCirculation = opacHoldings({ ...opac, holdings: [{ ...holding, circulationData: [] }] }, ctx);
  assert.deepEqual(noCirculation.map((h) => [h.status, h.itemId, h.callNumber]), [['unknown', null, 'MLCM 89/00602 (N)']]);
});

test('presented records: OPAC gives its bibliographic record, a surrogate diagnostic rejects its position alone', async () => {
  const read = await z3950RecordResult(ztestOpac(), 7, 'auto', []);
  assert.ok(read.ok && read.position === 7);
  const refused = await z3950RecordResult({ kind: 'diagnostic', database: null, diagnostic: { set: BIB1_DIAGNOSTIC_SET, condition: 14, addinfo: null } }, 8, 'auto', []);
  assert.deepEqual(refused, { ok: false, position: 8, id: null, reason: 'the target could not give this record: Bib-1 diagnostic 14 "System error in presenting records"' });
});

test('the charset setting: known names negotiate or decode, anything else is a configuration error', () => {
  assert.deepEqual(z3950Charset('berg', undefined), { negotiate: null, encoding: 'auto' });
  assert.deepEqual(z3950Charset('berg', 'UTF-8'), { negotiate: 'utf-8', encoding: 'utf-8' });
  assert.deepEqual(z3950Charset('berg', 'marc-8'), { negotiate: null, encoding: 'marc-8' });
  assert.throws(() => z3950Charset('berg', 'ebcdic'), (e) => isSamverkaError(e, 'config-invalid') && /library berg: source\.charset "ebcdic"/.test(e.message));
});

test('a PQF term holds quotes, backslashes and operators as plain text', () => {
  for (const value of ['Pippi "Långstrump"', 'a\\b', '@or x y', '\\x41']) {
    const query = parsePqf(`@attr 1=12 ${pqfTerm(value)}`);
    assert.ok(query.root.kind === 'term' && query.root.term.kind === 'general');
    if (query.root.kind === 'term' && query.root.term.kind === 'general') assert.equal(Buffer.from(query.root.term.bytes).toString('utf8'), value);
  }
});

// Tests for holdings mapping: real 949 and 852 item fields, and Koha 952 fields (hand-made, see below).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { DataField, MarcRecord } from '../marc/marc-record.ts';
import { DEFAULT_HOLDINGS_MAPPINGS, mapHoldings } from './holdings-mapping.ts';
import type { HoldingsContext } from './holdings-mapping.ts';
import { readRealRecords, realRecord } from '../../test/helpers/real-records.ts';

const ctx: HoldingsContext = {
  library: 'ostersund', asOf: '2025-06-01T08:00:00Z', branches: ['ostersund-stadsbiblioteket', 'ostersund-brunflo'],
};

test('Evergreen/SirsiDynix 949 on a real jazz CD: call number, barcode, branch via branchMap, status unknown', async () => {
  const cd = await realRecord('ca_evergreen_jazz_1k.utf8.mrc', '03-0018137');
  const mapping = { ...DEFAULT_HOLDINGS_MAPPINGS['949'], branchMap: { HUNTINGTON: 'ostersund-brunflo' } };
  assert.deepEqual(mapHoldings(cd, mapping, ctx), [{
    library: 'ostersund', branch: 'ostersund-brunflo', callNumber: '5490', status: 'unknown', dueDate: null,
    asOf: '2025-06-01T08:00:00Z', itemId: '30007007467409', location: 'HUNT-AUDIO',
  }]);
});

test('an unmapped branch code falls back to the first branch and stays visible in the location', async () => {
  const set = await realRecord('ca_evergreen_jazz_1k.utf8.mrc', '03-0018058');
  const holdings = mapHoldings(set, DEFAULT_HOLDINGS_MAPPINGS['949'], ctx);
  assert.deepEqual(holdings.map((h) => [h.branch, h.location, h.callNumber]), [
    ['ostersund-stadsbiblioteket', 'HUNTINGTON / HUNT-AUDIO', '3489 CD 96'],
    ['ostersund-stadsbiblioteket', 'HUNTINGTON / HUNT-AUDIO', '3489 BK 96'],
  ]);
});

test('MARC 21 852 from Libris holdings: sigel, shelf and call number; no status means unknown', async () => {
  const holds = await readRealRecords(join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'marc', 'se_libris_librisxl_hold.utf8.mrc'));
  const kvin = holds.find((r) => r.fields.some((f) => 'subfields' in f && f.tag === '852' && f.subfields.some((s) => s.value === 'KVIN')));
  assert.ok(kvin);
  const [holding] = mapHoldings(kvin, { ...DEFAULT_HOLDINGS_MAPPINGS['852'], branchMap: { KVIN: 'ostersund-brunflo' } }, ctx);
  assert.equal(holding.branch, 'ostersund-brunflo');
  assert.equal(holding.callNumber, '1996:3 2685');
  assert.equal(holding.status, 'unknown');
});

test('an 852 holding only a note ($x, Helmet) makes no holding', async () => {
  const helmet = await realRecord('fi_helmet_real-curated.utf8.mrc', '9517178549');
  assert.deepEqual(mapHoldings(helmet, DEFAULT_HOLDINGS_MAPPINGS['852'], ctx), []);
});

// Hand-made Koha 952 item fields on a real Koha bibliographic record: the Koha sample's items were sandbox
// data and not copied (demo/marc/SOURCES.md), so these fields are written here, one per status Koha has.
const item = (pairs: Record<string, string>): DataField => ({
  tag: '952', ind1: ' ', ind2: ' ', subfields: Object.entries(pairs).map(([code, value]) => ({ code, value })),
});

async function kohaRecord(...items: DataField[]): Promise<MarcRecord> {
  const koha = await readRealRecords(join(import.meta.dirname, '..', '..', 'demo', 'marc', 'multi_koha-misc4dev_sample-bibs_marc21.utf8.mrc'));
  return { leader: koha[0].leader, fields: [...koha[0].fields, ...items] };
}

test('Koha 952: each status field gives the right holding status', async () => {
  const base = { a: 'OST', b: 'OST', c: 'VUXEN', o: 'Hc Guillou', p: '1001' };
  const marc = await kohaRecord(
    item(base),
    item({ ...base, p: '1002', q: '2025-06-20' }),
    item({ ...base, p: '1003', 7: '1' }),
    item({ ...base, p: '1004', 7: '-1' }),
    item({ ...base, p: '1005', 1: '2' }),
    item({ ...base, p: '1006', 0: '1' }),
    item({ ...base, p: '1007', 4: '1' }),
    item({ ...base, p: '1008', 7: '0', 1: '0', 0: '0', 4: '0' }),
    item({ ...base, p: '1009', q: 'not a date' }),
  );
  const mapping = { ...DEFAULT_HOLDINGS_MAPPINGS['952'], branchMap: { OST: 'ostersund-stadsbiblioteket' } };
  assert.deepEqual(mapHoldings(marc, mapping, ctx).map((h) => [h.itemId, h.status, h.dueDate]), [
    ['1001', 'available', null],
    ['1002', 'on-loan', '2025-06-20'],
    ['1003', 'not-for-loan', null],
    ['1004', 'not-for-loan', null],
    ['1005', 'not-for-loan', null],
    ['1006', 'not-for-loan', null],
    ['1007', 'not-for-loan', null],
    ['1008', 'available', null],
    ['1009', 'on-loan', null],
  ]);
});

test('Koha 952: the holding branch ($b) wins over the home branch ($a); call number and shelf are kept', async () => {
  const marc = await kohaRecord(item({ a: 'OST', b: 'BRU', c: 'BARN', o: 'uHc', p: '2001' }));
  const mapping = { ...DEFAULT_HOLDINGS_MAPPINGS['952'], branchMap: { OST: 'ostersund-stadsbiblioteket', BRU: 'ostersund-brunflo' } };
  assert.deepEqual(mapHoldings(marc, mapping, ctx), [{
    library: 'ostersund', branch: 'ostersund-brunflo', callNumber: 'uHc', status: 'available', dueDate: null,
    asOf: '2025-06-01T08:00:00Z', itemId: '2001', location: 'BARN',
  }]);
});

test('949 current location through statusMap; an unknown code is unknown, never available', async () => {
  const cd = await realRecord('ca_evergreen_jazz_1k.utf8.mrc', '03-0018137');
  const withStatus = (k: string): MarcRecord => ({
    leader: cd.leader,
    fields: [...cd.fields.filter((f) => f.tag !== '949'), { tag: '949', ind1: ' ', ind2: ' ', subfields: [{ code: 'a', value: '5490' }, { code: 'k', value: k }] }],
  });
  const status = (k: string) => mapHoldings(withStatus(k), DEFAULT_HOLDINGS_MAPPINGS['949'], ctx)[0].status;
  assert.equal(status('CHECKEDOUT'), 'on-loan');
  assert.equal(status('INTRANSIT'), 'in-transit');
  assert.equal(status('LOST'), 'not-for-loan');
  assert.equal(status('BINDERY'), 'unknown');
});

// APDU codec: bytes derived from the ASN.1 by hand, equal to what yaz-client sends, and real server APDUs decoded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadExchange } from '../../../test/fixtures/z3950/exchanges.ts';
import { dataFields, subfield } from '../../marc/marc-record.ts';
import { parseIso2709 } from '../../marc/iso2709.ts';
import { parsePqf } from './pqf.ts';
import {
  decodePdu, encodeClose, encodeInitRequest, encodePresentRequest, encodeSearchRequest, type InitOption,
} from './z3950.codec.ts';
import { BIB1_DIAGNOSTIC_SET, RECORD_SYNTAX } from './z3950.records.ts';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const ztest = loadExchange('yaz-client_yaz-ztest');
const zebra = loadExchange('yaz-client_zebra-libris');

const YAZ_CLIENT_INIT = {
  options: ['search', 'present', 'delSet', 'triggerResourceCtrl', 'scan', 'sort', 'extendedServices', 'namedResultSets'] as InitOption[],
  preferredMessageSize: 67108864,
  exceptionalRecordSize: 67108864,
  implementationId: '81',
  implementationName: 'YAZ',
  implementationVersion: '5.34.0 dec0c8a0b762132468cc8264c1b220eae1c67bd7',
};

function title(marc: Uint8Array): string | null {
  const [f245] = dataFields(parseIso2709(marc), '245');
  return f245 === undefined ? null : subfield(f245, 'a');
}

test('SearchRequest for @attr 1=4 pippi, derived from the ASN.1 by hand', () => {
  const expected = [
    'b648', // [22] SearchRequest, 72 octets
    '8d0100', '8e0101', '8f0100', // smallSetUpperBound 0, largeSetLowerBound 1, mediumSetPresentNumber 0
    '900101', // replaceIndicator TRUE
    '9107', Buffer.from('default').toString('hex'), // resultSetName [17]
    'b20a', '9f6907', Buffer.from('Default').toString('hex'), // databaseNames [18] { DatabaseName [105] }
    'b525', 'a123', '06072a8648ce130301', // query [21] { type-1 [1] { attributeSet Bib-1
    'a018', 'bf6615', // op [0] { AttributesPlusTerm [102]
    'bf2c0a', '3008', '9f780101', '9f790104', // AttributeList [44] { { type [120] 1, numeric [121] 4 } }
    '9f2d05', Buffer.from('pippi').toString('hex'), // term general [45]
  ].join('');
  const encoded = encodeSearchRequest({
    resultSetName: 'default', databaseNames: ['Default'], query: parsePqf('@attr 1=4 pippi'), preferredRecordSyntax: null,
  });
  assert.equal(hex(encoded), expected);
});

test('PresentRequest and Close, derived from the ASN.1 by hand', () => {
  const present = encodePresentRequest({
    resultSetName: 'default', start: 1, count: 10, elementSetName: 'F', preferredRecordSyntax: RECORD_SYNTAX.usmarc,
  });
  const expected = [
    'b81f', // [24] PresentRequest, 31 octets
    '9f1f07', Buffer.from('default').toString('hex'), // resultSetId [31]
    '9e0101', '9d010a', // resultSetStartPoint [30] 1, numberOfRecordsRequested [29] 10
    'b303', '800146', // recordComposition simple [19] { genericElementSetName [0] "F" }
    '9f6807', '2a8648ce13050a', // preferredRecordSyntax [104] USMARC
  ].join('');
  assert.equal(hex(present), expected);
  // Close [48] { closeReason [211] finished(0) }: two-octet tag numbers in both.
  assert.equal(hex(encodeClose(0)), 'bf30059f81530100');
});

test('our Init, Search, Present and Close bytes equal yaz-client\'s for the same fields', () => {
  assert.equal(hex(encodeInitRequest({ ...YAZ_CLIENT_INIT, proposeUtf8: false })), hex(ztest.client[0]));
  assert.equal(hex(encodeInitRequest({ ...YAZ_CLIENT_INIT, proposeUtf8: true })), hex(zebra.client[0]));
  const search = (resultSetName: string, pqf: string) =>
    hex(encodeSearchRequest({ resultSetName, databaseNames: ['Default'], query: parsePqf(pqf), preferredRecordSyntax: null }));
  assert.equal(search('1', '@attr 1=4 @attr 2=3 "computer"'), hex(ztest.client[1]));
  assert.equal(search('1', '@attr 1=4 "katt"'), hex(zebra.client[1]));
  assert.equal(search('2', '@attr 1=1016 "sverige"'), hex(zebra.client[2]));
  assert.equal(search('3', '@attr 1=9999 x'), hex(zebra.client[5]));
  assert.equal(search('4', '@attr 1=_ALLRECORDS @attr 2=103 ""'), hex(zebra.client[7]));
  const present = (resultSetName: string, start: number, elementSetName: string | null, syntax: keyof typeof RECORD_SYNTAX, count = 1) =>
    hex(encodePresentRequest({ resultSetName, start, count, elementSetName, preferredRecordSyntax: RECORD_SYNTAX[syntax] }));
  assert.equal(present('1', 1, null, 'usmarc', 2), hex(ztest.client[2]));
  assert.equal(present('1', 1, null, 'opac'), hex(ztest.client[3]));
  assert.equal(present('1', 3, null, 'xml'), hex(ztest.client[4]));
  assert.equal(present('2', 1, 'F', 'usmarc'), hex(zebra.client[3]));
  assert.equal(present('2', 2, 'marcxml', 'xml'), hex(zebra.client[4]));
  assert.equal(present('3', 1, 'F', 'opac'), hex(zebra.client[6]));
  assert.equal(hex(encodeClose(0)), hex(zebra.client[8]));
});

test('Zebra\'s InitResponse: accepted, version 3, UTF-8 negotiated for strings and records', () => {
  const init = decodePdu(zebra.server[0]);
  assert.ok(init.kind === 'init-response');
  if (init.kind !== 'init-response') return;
  assert.equal(init.accepted, true);
  assert.deepEqual(init.protocolVersions, [1, 2, 3]);
  assert.ok(init.options.includes('search') && init.options.includes('present') && init.options.includes('negotiationModel'));
  assert.equal(init.implementationName, 'Zebra Information Server/GFS/YAZ');
  assert.deepEqual(init.charset, { utf8: true, recordsInSelectedCharSets: true });
  assert.equal(init.diagnostic, null);
  const plain = decodePdu(ztest.server[0]);
  assert.ok(plain.kind === 'init-response' && plain.accepted && plain.charset === null);
});

test('SearchResponses: counts, and a search diagnostic with its Bib-1 code and addinfo', () => {
  const counts = [ztest.server[1], zebra.server[1], zebra.server[2], zebra.server[7]].map((pdu) => {
    const r = decodePdu(pdu);
    assert.ok(r.kind === 'search-response' && r.searchStatus);
    return r.kind === 'search-response' ? r.resultCount : -1;
  });
  assert.deepEqual(counts, [23, 0, 7, 28]);
  const failed = decodePdu(zebra.server[5]);
  assert.ok(failed.kind === 'search-response');
  if (failed.kind !== 'search-response') return;
  assert.equal(failed.searchStatus, false);
  assert.equal(failed.resultSetStatus, 3);
  assert.deepEqual(failed.records, { kind: 'diagnostics', diagnostics: [{ set: BIB1_DIAGNOSTIC_SET, condition: 114, addinfo: '9999' }] });
});

test('PresentResponses: USMARC and MARCXML records that parse, and a non-surrogate diagnostic', () => {
  const marc = decodePdu(ztest.server[2]);
  assert.ok(marc.kind === 'present-response' && marc.records?.kind === 'records');
  if (marc.kind !== 'present-response' || marc.records?.kind !== 'records') return;
  assert.equal(marc.numberOfRecordsReturned, 2);
  assert.equal(marc.nextResultSetPosition, 3);
  assert.deepEqual(marc.records.records.map((r) => r.kind === 'marc' && [r.database, title(r.bytes)]), [
    ['Default', 'How to program a computer'], ['Default', 'How to program a computer'],
  ]);
  const libris = decodePdu(zebra.server[3]);
  assert.ok(libris.kind === 'present-response' && libris.records?.kind === 'records');
  if (libris.kind !== 'present-response' || libris.records?.kind !== 'records') return;
  const [record] = libris.records.records;
  assert.ok(record.kind === 'marc' && parseIso2709(record.bytes).leader.length === 24);
  const xml = decodePdu(zebra.server[4]);
  assert.ok(xml.kind === 'present-response' && xml.records?.kind === 'records');
  if (xml.kind !== 'present-response' || xml.records?.kind !== 'records') return;
  const [x] = xml.records.records;
  assert.ok(x.kind === 'xml' && x.xml.includes('<record xmlns="http://www.loc.gov/MARC21/slim">'));
  const refused = decodePdu(zebra.server[6]);
  assert.deepEqual(refused, {
    kind: 'present-response', numberOfRecordsReturned: 0, nextResultSetPosition: 2, presentStatus: 5,
    records: { kind: 'diagnostics', diagnostics: [{ set: BIB1_DIAGNOSTIC_SET, condition: 239, addinfo: '1.2.840.10003.5.102' }] },
  });
});

test('an OPAC record from yaz-ztest: bibliographic MARC plus holdings with circulation data', () => {
  const pdu = decodePdu(ztest.server[3]);
  assert.ok(pdu.kind === 'present-response' && pdu.records?.kind === 'records');
  if (pdu.kind !== 'present-response' || pdu.records?.kind !== 'records') return;
  const [opac] = pdu.records.records;
  assert.equal(opac.kind, 'opac');
  if (opac.kind !== 'opac') return;
  assert.equal(opac.bibliographicSyntax, RECORD_SYNTAX.usmarc);
  assert.equal(title(opac.bibliographic!), 'How to program a computer');
  assert.equal(opac.holdings.length, 1);
  const [h] = opac.holdings;
  assert.equal(h.callNumber, 'MLCM 89/00602 (N)');
  assert.equal(h.localLocation, 'Main or Science/Business Reading Rms - STORED OFFSITE');
  assert.equal(h.shelvingLocation, null);
  assert.equal(h.copyNumber, 'Copy 1');
  assert.deepEqual(h.circulationData.map((c) => [c.availableNow, c.itemId, c.renewable, c.onHold, c.availablityDate]), [
    [true, '1226176', false, false, null],
  ]);
});

test('the target\'s Close carries its reason and message', () => {
  assert.deepEqual(decodePdu(zebra.server[8]), { kind: 'close', closeReason: 0, diagnosticInformation: 'Association terminated by client' });
});

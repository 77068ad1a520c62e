// Records of a present built by hand from the ASN.1: surrogate diagnostics, diagnostics in EXTERNALs, other syntaxes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isSamverkaError } from '../../core/errors.ts';
import { constructed, context, external, integer, oid, sequence, string, universal } from './ber-encoder.ts';
import { decodePdu } from './z3950.codec.ts';
import { BIB1_DIAGNOSTIC_SET, RECORD_SYNTAX } from './z3950.records.ts';

const diagnostic = (condition: number, addinfo: string) =>
  sequence(oid(BIB1_DIAGNOSTIC_SET), integer(condition), string(addinfo, universal(26)));

/** PresentResponse [25] { numberOfRecordsReturned [24], nextResultSetPosition [25], presentStatus [27], records }. */
function presentResponse(records: Uint8Array, returned: number): Uint8Array {
  return constructed(context(25), integer(returned, context(24)), integer(returned + 1, context(25)), integer(0, context(27)), records);
}

/** NamePlusRecord { name [0] "Default", record [1] { choice } }. */
const namePlusRecord = (choice: Uint8Array) => sequence(string('Default', context(0)), constructed(context(1), choice));

test('a surrogate diagnostic stands in for one record; the others still arrive', () => {
  // Hand-made MARC-like bytes: only their passage through the codec is tested here.
  const marc = Buffer.from('00026     2200025   4500\x1e\x1d');
  const pdu = presentResponse(constructed(context(28),
    namePlusRecord(constructed(context(1), external(RECORD_SYNTAX.usmarc, { octetAligned: marc }))),
    namePlusRecord(constructed(context(2), diagnostic(14, 'record 2 damaged'))),
  ), 2);
  const decoded = decodePdu(pdu);
  assert.ok(decoded.kind === 'present-response' && decoded.records?.kind === 'records');
  if (decoded.kind !== 'present-response' || decoded.records?.kind !== 'records') return;
  const [first, second] = decoded.records.records;
  assert.ok(first.kind === 'marc' && Buffer.from(first.bytes).equals(marc));
  assert.deepEqual(second, { kind: 'diagnostic', database: 'Default', diagnostic: { set: BIB1_DIAGNOSTIC_SET, condition: 14, addinfo: 'record 2 damaged' } });
});

test('a diagnostic inside an EXTERNAL (diag-1 style) and several non-surrogate diagnostics', () => {
  // diag-1: SEQUENCE OF SEQUENCE { diagnostic [1] { defaultDiagRec [1] IMPLICIT DefaultDiagFormat } }
  const defaultDiagRec = constructed(context(1), oid(BIB1_DIAGNOSTIC_SET), integer(109), string('Katalog'));
  const diag1 = external('1.2.840.10003.4.2', { singleAsn1Type: sequence(sequence(constructed(context(1), defaultDiagRec))) });
  const pdu = presentResponse(constructed(context(205), diagnostic(13, '5'), diag1), 0);
  const decoded = decodePdu(pdu);
  assert.deepEqual(decoded.kind === 'present-response' && decoded.records, {
    kind: 'diagnostics',
    diagnostics: [
      { set: BIB1_DIAGNOSTIC_SET, condition: 13, addinfo: '5' },
      { set: BIB1_DIAGNOSTIC_SET, condition: 109, addinfo: 'Katalog' },
    ],
  });
});

test('a record in a syntax we did not ask for comes back as `other` with its bytes', () => {
  const pdu = presentResponse(constructed(context(28),
    namePlusRecord(constructed(context(1), external('1.2.840.10003.5.1', { octetAligned: Buffer.from('unimarc') }))),
  ), 1);
  const decoded = decodePdu(pdu);
  assert.ok(decoded.kind === 'present-response' && decoded.records?.kind === 'records');
  if (decoded.kind !== 'present-response' || decoded.records?.kind !== 'records') return;
  const [r] = decoded.records.records;
  assert.ok(r.kind === 'other' && r.syntax === '1.2.840.10003.5.1' && Buffer.from(r.bytes!).toString() === 'unimarc');
});

test('structurally wrong APDUs are typed errors', () => {
  const wrong = [
    constructed(context(25), integer(0, context(24))), // PresentResponse without nextResultSetPosition
    presentResponse(constructed(context(28), namePlusRecord(constructed(context(3), string('fragment')))), 1),
    presentResponse(constructed(context(28), namePlusRecord(constructed(context(1), integer(5)))), 1),
    integer(5), // not an APDU at all
    constructed(context(23), integer(1, context(23))), // SearchResponse without searchStatus
  ];
  for (const pdu of wrong) assert.throws(() => decodePdu(pdu), (e) => isSamverkaError(e, 'source-failed'));
  assert.deepEqual(decodePdu(constructed(context(36))), { kind: 'unsupported', tag: 36 });
});

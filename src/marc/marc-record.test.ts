// Field access by tag: what normalizing relies on, whatever order the tags are asked in.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dataFields, type DataField, type Field, type MarcRecord } from './marc-record.ts';

const field = (tag: string, a: string): DataField => ({ tag, ind1: ' ', ind2: ' ', subfields: [{ code: 'a', value: a }] });
const values = (fields: readonly DataField[]) => fields.map((f) => `${f.tag} ${f.subfields[0].value}`);

test('data fields of several tags come in record order, each once, control fields never', () => {
  const record: MarcRecord = {
    leader: '00000nam a2200000 a 4500',
    fields: [{ tag: '001', value: '1' }, field('700', 'Second'), field('100', 'First'), field('650', 'Topic'), field('700', 'Third')],
  };
  assert.deepEqual(values(dataFields(record, '100', '700')), ['700 Second', '100 First', '700 Third']);
  assert.deepEqual(values(dataFields(record, '700', '700')), ['700 Second', '700 Third']);
  assert.deepEqual(values(dataFields(record, '650')), ['650 Topic']);
  assert.deepEqual(dataFields(record, '001', '245'), []);
  // The answer is the caller's: changing it leaves the record's next answer as it was.
  dataFields(record, '700').pop();
  assert.equal(dataFields(record, '700').length, 2);
});

test('a record still being built is asked anew after each field it gains', () => {
  const fields: Field[] = [field('245', 'Title')];
  const record: MarcRecord = { leader: '00000nam a2200000 a 4500', fields };
  assert.deepEqual(values(dataFields(record, '245', '700')), ['245 Title']);
  fields.push(field('700', 'Added'));
  assert.deepEqual(values(dataFields(record, '245', '700')), ['245 Title', '700 Added']);
});

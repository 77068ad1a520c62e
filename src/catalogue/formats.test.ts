// Golden tests for format detection: real records of every kind in demo/marc, their formats out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Format } from '../core/types.ts';
import { controlField } from '../marc/marc-record.ts';
import type { MarcRecord } from '../marc/marc-record.ts';
import { detectFormats } from './formats.ts';
import { DEMO_MARC, readRealRecords, realRecord } from '../../test/helpers/real-records.ts';

const cases: readonly (readonly [file: string, id: string, formats: Format[], why: string])[] = [
  ['se_libris_librisxl_bib.utf8.mrc', '7149593', ['book'], 'language material, print'],
  ['se_libris_librisxl_bib.utf8.mrc', '11850823', ['audiobook'], 'leader/06 i on CD (007 sd), though it links an e-audiobook'],
  ['se_libris_librisxl_bib.utf8.mrc', '13531679', ['ebook'], '"[Elektronisk resurs]" and 007 cr'],
  ['se_libris_librisxl_bib.utf8.mrc', '12035894', ['music'], 'leader/06 j'],
  ['se_libris_librisxl_bib.utf8.mrc', '11601582', ['map'], 'leader/06 e, even on DVD-ROM'],
  ['se_libris_librisxl_bib.utf8.mrc', '3678656', ['periodical'], 'leader/07 s'],
  ['se_libris_librisxl_bib.utf8.mrc', '10796401', ['article'], 'leader/07 a: a component part'],
  ['fi_helmet_real-curated.utf8.mrc', '7418307', ['game'], 'leader/06 m with 008/26 g'],
  ['fi_helmet_real-curated.utf8.mrc', '9790577024547', ['score'], 'leader/06 c'],
  ['fi_fennica_bib-rdf-pipeline_testinput.utf8.mrc', '000232668', ['easy-read'], '"Selkokirja" (Finnish easy-read) instead of book'],
  ['fi_fennica_bib-rdf-pipeline_testinput.utf8.mrc', '006117999', ['audiobook'], 'leader/06 i, RDA spw/s/sd'],
  ['fi_fennica_bib-rdf-pipeline_testinput.utf8.mrc', '006417535', ['ebook'], 'a digitized edition online'],
  ['ca_evergreen_jazz_1k.utf8.mrc', '03-0018137', ['music'], 'a SirsiDynix jazz CD'],
  ['ca_evergreen_jazz_1k.utf8.mrc', '03-0017930', ['score'], 'leader/06 c'],
  ['ca_evergreen_jazz_1k.utf8.mrc', '03-0016812', ['video'], 'leader/06 g with a videorecording'],
  ['multi_koha-misc4dev_sample-bibs_marc21.utf8.mrc', '5628214', ['video'], 'a Koha film'],
  ['us_loc_booksall2014_part01-0001.mrc', '00000017', ['book'], 'a print book whose 007 cr and 856 point to a digitized copy'],
  ['us_gpo_cgp_West__northernmarianaislands_RECORD_SET_20250422.mrc', '000242484', ['map'], 'leader/06 e'],
  ['us_gpo_cgp_West__northernmarianaislands_RECORD_SET_20250422.mrc', '000541320', ['ebook'], 'GPO online text'],
];

for (const [file, id, formats, why] of cases) {
  test(`${file} ${id} is ${formats.join(', ')}: ${why}`, async () => {
    assert.deepEqual(detectFormats(await realRecord(file, id)), formats);
  });
}

test('a Helmet film without 001 (Sierra export) is a video: 007 v, RDA tdi/v/vd', async () => {
  const helmet = await readRealRecords(join(DEMO_MARC, 'fi_helmet_real-curated.utf8.mrc'));
  const film = helmet.find((r) => r.leader.slice(6, 7) === 'g' && controlField(r, '001') === null);
  assert.ok(film);
  assert.deepEqual(detectFormats(film), ['video']);
});

test('GPO microfiche text groups as a book: the extent names the carrier', async () => {
  const gpo = await readRealRecords(join(DEMO_MARC, 'us_gpo_cgp_West__northernmarianaislands_RECORD_SET_20250422.mrc'));
  const fiche = gpo.find((r) => r.leader.charAt(6) === 'a' && r.leader.charAt(7) === 'm' && controlField(r, '007')?.startsWith('he'));
  assert.ok(fiche);
  assert.deepEqual(detectFormats(fiche), ['book']);
});

// Hand-made records (not real ones): the Swedish word rules on top of a real Libris book.
async function withFields(extra: MarcRecord['fields'], leader?: string): Promise<MarcRecord> {
  const base = await realRecord('se_libris_librisxl_bib.utf8.mrc', '7149593');
  return { leader: leader ?? base.leader, fields: [...base.fields, ...extra] };
}
const note = (tag: string, value: string) => ({ tag, ind1: ' ', ind2: ' ', subfields: [{ code: 'a', value }] });

test('"Storstil" makes a large-print book (instead of book), "Lättläst" an easy-read one, both may hold', async () => {
  assert.deepEqual(detectFormats(await withFields([note('250', 'Storstil')])), ['large-print']);
  assert.deepEqual(detectFormats(await withFields([note('500', 'Lättläst')])), ['easy-read']);
  assert.deepEqual(detectFormats(await withFields([note('250', 'Storstil'), note('500', 'Lättläst')])), ['large-print', 'easy-read']);
});

test('a talking book (talbok, DAISY) is talking-book, streamed or not', async () => {
  const audioLeader = '00715cim a22002297a 4500';
  assert.deepEqual(detectFormats(await withFields([note('500', 'Talbok med text')], audioLeader)), ['talking-book']);
  assert.deepEqual(detectFormats(await withFields([note('538', 'DAISY 2.02')], audioLeader)), ['talking-book']);
  const streamed = { tag: '338', ind1: ' ', ind2: ' ', subfields: [{ code: 'b', value: 'cr' }] };
  assert.deepEqual(detectFormats(await withFields([streamed], audioLeader)), ['eaudiobook']);
});

test('every real record gets at least one known format', async () => {
  const { FORMATS } = await import('../core/types.ts');
  const { readdirSync } = await import('node:fs');
  for (const file of readdirSync(DEMO_MARC).filter((f) => f.endsWith('.mrc'))) {
    for (const marc of await readRealRecords(join(DEMO_MARC, file))) {
      const formats = detectFormats(marc);
      assert.ok(formats.length > 0 && formats.every((f) => (FORMATS as readonly string[]).includes(f)));
    }
  }
});

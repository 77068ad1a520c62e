// Golden tests: real records from demo/marc in, the literal normalized fields out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isSamverkaError } from '../core/errors.ts';
import type { MarcRecord } from '../marc/marc-record.ts';
import { normalizeRecord, recordLocalId } from './normalize.ts';
import type { NormalizeContext } from './normalize.ts';
import { DEMO_MARC, readRealRecords, realRecord } from '../../test/helpers/real-records.ts';
import { join } from 'node:path';

const LIBRIS = 'se_libris_librisxl_bib.utf8.mrc';
const ctx = (localId: string): NormalizeContext => ({
  library: 'ostersund', localId, asOf: '2025-06-01T00:00:00Z', holdings: null, branches: ['ostersund-stadsbiblioteket'],
});

test('a Libris Swedish book: every field, literally', async () => {
  const record = normalizeRecord(await realRecord(LIBRIS, '7149593'), ctx('7149593'));
  assert.deepEqual(record, {
    id: 'ostersund:7149593', library: 'ostersund', localId: '7149593',
    title: 'Anteckningar från en ö', subtitle: null, sortTitle: 'anteckningar från en ö',
    responsibility: 'Tove Jansson, Tuulikki Pietilä', authors: ['Jansson, Tove', 'Pietilä, Tuulikki'],
    uniformTitle: null, year: 1996, formats: ['book'], languages: ['swe'],
    subjects: ['Jansson, Tove, 1914-2001', 'Pietilä, Tuulikki'], genres: [], audience: null,
    isbns: ['9789100563226'], issns: [], otherIds: [], publisher: 'Bonnier', place: 'Stockholm', edition: null,
    extent: '102, [1] s. : ill. ; 25 cm', description: null, series: [],
    notes: ['Även tillg. med tryckår: 2. uppl., 1996'], onlineLinks: [], holdings: [],
  });
});

test('a Libris audiobook on CD: leader i, GMD, publisher number, a labelled e-audiobook link', async () => {
  const r = normalizeRecord(await realRecord(LIBRIS, '11850823'), ctx('11850823'));
  assert.equal(r.title, 'Ondskan');
  assert.deepEqual(r.authors, ['Guillou, Jan']);
  assert.deepEqual(r.formats, ['audiobook']);
  assert.deepEqual(r.isbns, ['9789164220097']);
  assert.deepEqual(r.otherIds, ['PIRATCD08']);
  assert.equal(r.publisher, 'Piratförl.', 'the period of an abbreviation stays');
  assert.deepEqual(r.genres, ['Tal cd', 'Ljudböcker']);
  assert.deepEqual(r.onlineLinks, [{
    url: 'http://www.elib.se/library/ebook_detail.asp?id_type=ISBN&id=918942638X&lib=64',
    label: 'Låna som e-ljudbok (streaming)',
  }]);
});

test('a Libris record with a nonfiling article and a corporate author keeps both right', async () => {
  const lie = normalizeRecord(await realRecord(LIBRIS, '13584984'), ctx('13584984'));
  assert.equal(lie.title, 'The lie of the land');
  assert.equal(lie.sortTitle, 'lie of the land');
  assert.deepEqual(lie.authors, ['Bergstedt, Cecilia', 'Göteborgs universitet. Institutionen för globala studier']);
  assert.deepEqual(lie.languages, ['eng'], '041 $b (summary language) is not a language of the text');
  const map = normalizeRecord(await realRecord(LIBRIS, '11601582'), ctx('11601582'));
  assert.equal(map.title, 'Vägkartan. Norra Sverige', '245 $a $p, the GMD in $h left out');
  assert.deepEqual(map.authors, ['Sverige. Lantmäteriverket']);
  assert.deepEqual(map.subjects, ['Sverige -- kartor']);
});

test('a Helmet video game: languages from 041, audience from 008/22, product and publisher numbers', async () => {
  const r = normalizeRecord(await realRecord('fi_helmet_real-curated.utf8.mrc', '7418307'), ctx('7418307'));
  assert.equal(r.title, 'Banishers: Ghosts of New Eden');
  assert.equal(r.subtitle, 'PS5');
  assert.deepEqual(r.formats, ['game']);
  assert.deepEqual(r.languages, ['eng', 'chi', 'rus', 'por', 'spa', 'ger', 'ita', 'fre']);
  assert.equal(r.audience, 'adult');
  assert.deepEqual(r.otherIds, ['3512899966888', 'PPSA10053', '9966888 (Focus Home Interactive)']);
  assert.deepEqual(r.authors, ["Don't Nod Entertainment"]);
});

test('a Fennica edition of Vänrikki Stoolin tarinat: author without dates, union-catalogue id', async () => {
  const r = normalizeRecord(await realRecord('fi_fennica_bib-rdf-pipeline_testinput.utf8.mrc', '000408932'), ctx('000408932'));
  assert.equal(r.title, 'Vänrikki Stoolin tarinat');
  assert.equal(r.responsibility, 'J. L. Runeberg ; suomentanut O. Manninen');
  assert.deepEqual(r.authors, ['Runeberg, Johan Ludvig', 'Manninen, Otto']);
  assert.equal(r.year, 1934);
  assert.equal(r.edition, '11. p.');
  assert.deepEqual(r.otherIds, ['(FI-MELINDA)408932']);
});

test('the same person twice ("Manninen, O." and "Manninen, Otto") is listed once, in the fuller form', async () => {
  const r = normalizeRecord(await realRecord('fi_fennica_bib-rdf-pipeline_testinput.utf8.mrc', '000750823'), ctx('000750823'));
  assert.deepEqual(r.authors, ['Runeberg, Johan Ludvig', 'Manninen, Otto', 'Edelfelt, Albert']);
});

test('an easy-read children\'s audiobook: leader i on CD, 008/22 j', async () => {
  const r = normalizeRecord(await realRecord('fi_fennica_bib-rdf-pipeline_testinput.utf8.mrc', '006117999'), ctx('006117999'));
  assert.deepEqual(r.formats, ['audiobook']);
  assert.equal(r.audience, 'children');
  assert.deepEqual(r.languages, ['fin']);
  assert.deepEqual(r.series, ['BTJ äänikirjat. Lasten- ja nuortenkirjallisuus', 'BTJ äänikirjat']);
});

test('the local id: 001 trimmed, else the fallbacks in order, else null', async () => {
  const loc = (await readRealRecords(join(DEMO_MARC, 'us_loc_booksall2014_part01-0001.mrc')))
    .find((r) => r.fields.some((f) => f.tag === '001' && 'value' in f && f.value === '   00000017 '));
  assert.ok(loc, 'LC pads 001 with spaces');
  assert.equal(recordLocalId(loc, []), '00000017');
  const koha = await readRealRecords(join(DEMO_MARC, 'multi_koha-misc4dev_sample-bibs_marc21.utf8.mrc'));
  const no001 = koha.find((r) => !r.fields.some((f) => f.tag === '001'));
  assert.ok(no001, 'the Koha sample holds records without 001');
  assert.match(recordLocalId(no001, ['035a', '999c']) ?? '', /^\d+$/, "Koha's biblionumber");
  // Hand-made: a record with nothing to identify it.
  const bare: MarcRecord = { leader: '00000nam a2200000 a 4500', fields: [{ tag: '245', ind1: '0', ind2: '0', subfields: [{ code: 'a', value: 'X' }] }] };
  assert.equal(recordLocalId(bare, ['035a', '999c']), null);
});

test('a record with no title at all is rejected with marc-invalid, not shown blank', async () => {
  const stub = await realRecord('fi_fennica_bib-rdf-pipeline_testinput.utf8.mrc', '004012937');
  assert.throws(() => normalizeRecord(stub, ctx('004012937')), (e) => isSamverkaError(e, 'marc-invalid'));
});

test('untrusted links: only http(s) survive (hand-made 856 fields on a real record)', async () => {
  const real = await realRecord(LIBRIS, '7149593');
  const link = (u: string) => ({ tag: '856', ind1: '4', ind2: '0', subfields: [{ code: 'u', value: u }, { code: 'y', value: 'Läs' }] });
  const marc: MarcRecord = {
    leader: real.leader,
    fields: [...real.fields, link('javascript:alert(1)'), link('data:text/html,x'), link('https://example.org/bok?id=1')],
  };
  assert.deepEqual(normalizeRecord(marc, ctx('7149593')).onlineLinks, [{ url: 'https://example.org/bok?id=1', label: 'Läs' }]);
});

test('every real record in demo/marc normalizes or is rejected by reason, never crashes', async () => {
  const { readdirSync } = await import('node:fs');
  let normalized = 0;
  for (const file of readdirSync(DEMO_MARC).filter((f) => f.endsWith('.mrc'))) {
    for (const marc of await readRealRecords(join(DEMO_MARC, file))) {
      try {
        const r = normalizeRecord(marc, ctx(recordLocalId(marc, ['035a', '999c']) ?? 'x'));
        assert.ok(r.title.length > 0 && r.formats.length > 0);
        assert.ok(r.year === null || (r.year >= 1450 && r.year <= 2026));
        assert.ok(r.languages.every((l) => /^[a-z]{3}$/.test(l) && l !== 'zxx' && l !== 'und'));
        normalized++;
      } catch (e) {
        assert.ok(isSamverkaError(e, 'marc-invalid'), String(e));
      }
    }
  }
  assert.ok(normalized >= 2760, `normalized ${normalized}`);
});

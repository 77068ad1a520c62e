// Work grouping measured on real files: the ladder run over every record in file order, with an in-memory key
// map standing in for the store (what the ingest service does), and the vetoes that keep works apart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { BibRecord, GroupingDecision, WorkId } from '../core/types.ts';
import { normalizeRecord, recordLocalId } from './normalize.ts';
import { DEMO_MARC, FIXTURE_MARC, readRealRecords } from '../../test/helpers/real-records.ts';
import { candidateKeys, chooseWork, groupingFeatures, summarizeWork, workIdFor } from './work-grouping.ts';
import type { GroupingFeatures } from './work-grouping.ts';
import { editDistance } from './text-normalize.ts';

interface Catalogue {
  readonly keys: Map<string, Set<WorkId>>;
  readonly works: Map<WorkId, GroupingFeatures[]>;
  readonly records: Map<string, BibRecord>;
  readonly decisions: GroupingDecision[];
}
const emptyCatalogue = (): Catalogue => ({ keys: new Map(), works: new Map(), records: new Map(), decisions: [] });

/** Imports a real file into the in-memory catalogue as one member library, grouping record by record. */
async function importFile(path: string, library: string, into: Catalogue = emptyCatalogue(), reverse = false): Promise<Catalogue> {
  const marcs = await readRealRecords(path);
  for (const marc of reverse ? marcs.reverse() : marcs) {
    const localId = recordLocalId(marc, ['035a', '999c']);
    if (!localId) continue;
    let record: BibRecord;
    try {
      record = normalizeRecord(marc, { library, localId, asOf: '2025-06-01T00:00:00Z', holdings: null, branches: [] });
    } catch {
      continue;
    }
    if (into.records.has(record.id)) continue;
    const features = groupingFeatures(record);
    const keys = candidateKeys(features);
    const found = new Set<WorkId>(keys.flatMap((k) => [...(into.keys.get(k) ?? [])]));
    const decision = chooseWork(features, [...found].map((workId) => ({ workId, members: into.works.get(workId) ?? [] })));
    into.decisions.push(decision);
    into.records.set(record.id, record);
    into.works.set(decision.workId, [...(into.works.get(decision.workId) ?? []), features]);
    for (const k of keys) into.keys.set(k, new Set([...(into.keys.get(k) ?? []), decision.workId]));
  }
  return into;
}

const workOf = (c: Catalogue, recordId: string) => c.decisions.find((d) => d.recordId === recordId)?.workId;
const worksWhere = (c: Catalogue, pick: (f: GroupingFeatures) => boolean) =>
  new Set([...c.works].filter(([, members]) => members.some(pick)).map(([id]) => id));

const FENNICA = join(DEMO_MARC, 'fi_fennica_bib-rdf-pipeline_testinput.utf8.mrc');

test('every edition of Vänrikki Stoolin tarinat is one work, with the original Fänrik Ståls sägner as its uniform title', async () => {
  const c = await importFile(FENNICA, 'ostersund');
  const runeberg = worksWhere(c, (f) => f.title.startsWith('Vänrikki Stoolin tarinat'));
  assert.equal(runeberg.size, 1);
  const [work] = runeberg;
  assert.equal(c.works.get(work)?.length, 32);
  assert.ok(c.works.get(work)?.some((f) => f.uniformKey === 'fänrik ståls sägner'));
});

test('different works by one author stay apart; editions of each come together', async () => {
  const c = await importFile(FENNICA, 'ostersund');
  const hawking = [...c.works].filter(([, m]) => m.some((f) => f.authorKey === 'hawking s'));
  const titles = hawking.map(([, m]) => m[0].titleKey).sort();
  assert.deepEqual(titles, [
    'ajan lyhyempi historia', 'ajan lyhyt historia', 'maailmankaikkeus pähkinänkuoressa', 'minun lyhyt historiani', 'suuri suunnitelma',
  ]);
  assert.equal(hawking.find(([, m]) => m[0].titleKey === 'ajan lyhyt historia')?.[1].length, 6, 'six records (one 001 twice)');
  const rajala = worksWhere(c, (f) => f.title === 'Suomalaisia suurmiehiä');
  assert.ok(![...rajala].some((w) => worksWhere(c, (f) => f.title.startsWith('Vänrikki')).has(w)), 'a book about Runeberg is not his work');
});

test('the same real record imported into two libraries joins one work, for every record of several files', async () => {
  for (const file of ['se_libris_librisxl_bib.utf8.mrc', 'fi_fennica_bib-rdf-pipeline_testinput.utf8.mrc',
    'us_gpo_cgp_West__northernmarianaislands_RECORD_SET_20250422.mrc', 'ca_evergreen_jazz_1k.utf8.mrc']) {
    const c = await importFile(join(DEMO_MARC, file), 'ostersund');
    const worksBefore = c.works.size;
    await importFile(join(DEMO_MARC, file), 'krokom', c);
    assert.equal(c.works.size, worksBefore, `${file}: no new works from the second library`);
    for (const [id, record] of c.records) {
      if (record.library !== 'krokom') continue;
      assert.equal(workOf(c, id), workOf(c, `ostersund:${record.localId}`), `${file} ${record.localId}`);
    }
  }
});

test('grouping is deterministic: the same file imported twice in one order gives the same work ids', async () => {
  const a = await importFile(FENNICA, 'ostersund');
  const b = await importFile(FENNICA, 'ostersund');
  assert.deepEqual(a.decisions, b.decisions);
  const reversed = await importFile(FENNICA, 'ostersund', emptyCatalogue(), true);
  const partition = (c: Catalogue) => [...c.works.values()].map((m) => m.map((f) => f.recordId).sort().join(' ')).sort();
  assert.deepEqual(partition(reversed), partition(a), 'import order changes no grouping in this file');
});

const RHODE_ISLAND = 'us_gpo_cgp_Northeast__rhodeisland_RECORD_SET_20250422.mrc';
test('the GPO 7.5-minute topographic map sheets stay apart, though they share the series OCLC number',
  async () => {
    const c = await importFile(join(FIXTURE_MARC, RHODE_ISLAND), 'ostersund');
    const sheets = [...c.works].filter(([, m]) => m.some((f) => f.title.startsWith('7.5 minute series (topographic)')));
    const distinctSheets = new Set(sheets.flatMap(([, m]) => m.map((f) => f.partKey)));
    assert.ok(sheets.length >= 13, `${sheets.length} sheet works`);
    assert.equal(sheets.length, distinctSheets.size, 'one work per sheet');
    for (const [id, members] of sheets) {
      assert.equal(new Set(members.map((f) => f.partKey)).size, 1, `${id} mixes sheets: ${members.map((f) => f.title).join(' | ')}`);
    }
    const vetoed = c.decisions.filter((d) => d.match === 'new-work' && /shares id \(OCoLC\)\d+, but part/.test(d.reason));
    assert.ok(vetoed.length > 0, 'the reason names the shared id and the part veto');
    const floods = [...c.works].filter(([, m]) => m.some((f) => f.title === 'Flood insurance study'));
    for (const [, members] of floods) assert.equal(new Set(members.map((f) => f.subtitleKey).filter(Boolean)).size, 1);
  });

// Hand-made features (not records): the veto rungs one by one.
const features = (over: Partial<GroupingFeatures>): GroupingFeatures => ({
  recordId: 'ostersund:1', isbns: [], issns: [], otherIds: [], titleKey: 'ondskan', altTitleKey: null, uniformKey: null,
  subtitleKey: '', authorKey: 'guillou j', publisherKey: 'piratförl', category: 'book', year: 2002, title: 'Ondskan',
  author: 'Guillou, Jan', partKey: '', ...over,
});

test('a shared ISBN joins, unless the category or the title says the ISBN was misassigned', () => {
  const book = features({ isbns: ['9789164220097'] });
  const work = { workId: 'wbook', members: [book] };
  const joined = chooseWork(features({ recordId: 'krokom:9', isbns: ['9789164220097'], year: 2005 }), [work]);
  assert.equal(joined.workId, 'wbook');
  assert.equal(joined.match, 'isbn');
  assert.equal(joined.key, '9789164220097');
  const music = chooseWork(features({ recordId: 'krokom:10', isbns: ['9789164220097'], category: 'music' }), [work]);
  assert.equal(music.match, 'new-work');
  assert.match(music.reason, /kept out of wbook \(shares ISBN 9789164220097, but category music differs from book\)/);
  const other = chooseWork(features({ recordId: 'krokom:11', isbns: ['9789164220097'], titleKey: 'handbok i trädgårdsskötsel', title: 'Handbok i trädgårdsskötsel' }), [work]);
  assert.equal(other.match, 'new-work');
  assert.match(other.reason, /too far from "Ondskan"/);
});

test('remainders of title one edit apart join, two apart stay apart, counting a surrogate pair as one character', () => {
  // Seeded, so that a failure repeats: pairs of short texts over letters that share a high surrogate (𝔞 𝔟), a lone
  // surrogate and plain letters, judged against the edit distance that defines a typo.
  let seed = 7;
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
  const letters = ['a', 'b', 'é', '𝔞', '𝔟', '\ud835', ' '];
  const text = () => Array.from({ length: 1 + next(5) }, () => letters[next(letters.length)]).join('');
  const member = features({ recordId: 'berg:1' });
  let joined = 0;
  for (let i = 0; i < 3000; i++) {
    const [a, b] = [text(), text()];
    const [short, long] = a.length <= b.length ? [a, b] : [b, a];
    const alike = long.startsWith(short) || editDistance(a, b) <= 1;
    const decision = chooseWork(features({ recordId: 'krokom:2', subtitleKey: a }), [{ workId: 'wondskan', members: [{ ...member, subtitleKey: b }] }]);
    assert.equal(decision.match === 'title-author', alike, `${JSON.stringify(a)} / ${JSON.stringify(b)}`);
    if (alike) joined++;
  }
  assert.ok(joined > 300 && joined < 2700, `both verdicts are tried (${joined} of 3000 joined)`);
});

test('a reason names the first five works a record was kept out of and counts the rest', () => {
  const sheets = Array.from({ length: 8 }, (_, i) => ({ workId: `wsheet${i}`, members: [features({ recordId: `krokom:${i}`, isbns: ['9789164220097'], category: 'music' })] }));
  const decision = chooseWork(features({ recordId: 'are:1', isbns: ['9789164220097'] }), sheets);
  assert.equal(decision.match, 'new-work');
  assert.match(decision.reason, /kept out of wsheet0 \(.*wsheet4 \([^)]*\) and 3 other works$/);
  assert.doesNotMatch(decision.reason, /wsheet5/);
  // The store finds candidates in no particular order: the works named, and the work joined, do not depend on it.
  const arrival = features({ recordId: 'are:1', isbns: ['9789164220097'] });
  const joinable = [...sheets, { workId: 'wbook2', members: [features({ recordId: 'berg:2', isbns: ['9789164220097'] })] },
    { workId: 'wbook1', members: [features({ recordId: 'berg:1', isbns: ['9789164220097'] })] }];
  const joined = chooseWork(arrival, joinable);
  assert.equal(joined.workId, 'wbook1');
  for (const order of [[...sheets].reverse(), [...sheets.slice(3), ...sheets.slice(0, 3)]]) assert.deepEqual(chooseWork(arrival, order), decision);
  for (const order of [[...joinable].reverse(), [...joinable.slice(5), ...joinable.slice(0, 5)]]) assert.deepEqual(chooseWork(arrival, order), joined);
});

test('title and author join; without an author a generic title never does, and periodicals need close first years', () => {
  const work = { workId: 'wondskan', members: [features({})] };
  assert.equal(chooseWork(features({ recordId: 'krokom:2', year: 2010 }), [work]).match, 'title-author');
  const report = features({ titleKey: 'annual report', title: 'Annual report', authorKey: '', author: null });
  const generic = chooseWork({ ...report, recordId: 'krokom:3', publisherKey: 'jamtlands lans landsting' }, [{ workId: 'wreport', members: [report] }]);
  assert.equal(generic.match, 'new-work');
  assert.match(generic.reason, /no author and the generic title/);
  assert.notEqual(generic.workId, 'wreport');
  const gairm = features({ titleKey: 'gairm', title: 'Gairm', authorKey: '', author: null, category: 'periodical', year: 1952 });
  const later = chooseWork({ ...gairm, recordId: 'krokom:4', year: 1990 }, [{ workId: 'wgairm', members: [gairm] }]);
  assert.match(later.reason, /periodical first years 1990 and 1952 are too far apart/);
});

test('a new work takes its id from its title/author/category key: stable, and the same whichever edition comes first', () => {
  const first = features({ recordId: 'ostersund:1' });
  const second = features({ recordId: 'krokom:7', year: 1990 });
  assert.equal(workIdFor(first), workIdFor(second));
  assert.match(workIdFor(first), /^w[a-z2-7]{20}$/);
  assert.notEqual(workIdFor(first), workIdFor(features({ category: 'video' })));
});

test('a work speaks with its Swedish record: title and authors from it, facets from all records', async () => {
  const c = await importFile(join(DEMO_MARC, 'fi_helmet_real-curated.utf8.mrc'), 'ostersund');
  const morton = [...c.works].find(([, m]) => m.some((f) => f.title === 'En välbevarad hemlighet'));
  assert.ok(morton);
  const records = morton[1].map((f) => c.records.get(f.recordId)!);
  assert.deepEqual(records.map((r) => r.title).sort(), ['En välbevarad hemlighet', 'Salaisuuden kantaja']);
  const work = summarizeWork(morton[0], records);
  assert.equal(work.title, 'En välbevarad hemlighet');
  assert.deepEqual(work.authors, ['Morton, Kate', 'Björkhem, Ann']);
  assert.deepEqual([work.yearMin, work.yearMax], [2013, 2017]);
  assert.deepEqual([...work.languages].sort(), ['fin', 'swe']);
  assert.deepEqual(work.formats, ['book']);
  assert.deepEqual(work.libraries, ['ostersund']);
  assert.deepEqual(work.recordIds, records.map((r) => r.id).sort());
});

test('copies of one record in a work are judged once, and the work still counts every copy when sizes decide', () => {
  const copy = (recordId: string) => features({ recordId, isbns: ['9789164220097'] });
  const small = { workId: 'wa', members: [features({ recordId: 'berg:1', isbns: ['9789164220097'], year: 2010 })] };
  const copies = { workId: 'wb', members: [copy('krokom:1'), copy('ostersund:1'), copy('are:1')] };
  const arriving = features({ recordId: 'strömsund:1', isbns: ['9789164220097'] });
  const decision = chooseWork(arriving, [small, copies]);
  assert.equal(decision.workId, 'wb', 'the bigger work wins the tie');
  assert.deepEqual(chooseWork(arriving, [small, { workId: 'wb', members: [copy('krokom:1')], size: 3 }]), decision);
  assert.equal(chooseWork(arriving, [small, { workId: 'wb', members: [copy('krokom:1')] }]).workId, 'wa');
});

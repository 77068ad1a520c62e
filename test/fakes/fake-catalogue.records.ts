// Data of the fake catalogue: the Jämtland members (municipality codes, 2024 populations and branches from
// ../shared/data/jamtland/FACTS.md) and a few REAL records transcribed from demo/marc (file and 001 noted on each).
// Which library holds which record, and every holding, is demo data.
import type { BibRecord, Branch, Holding, HoldingStatus, Library } from '../../src/core/types.ts';

const branches = (library: string, names: Record<string, string>, bus?: string): Branch[] => [
  ...Object.entries(names).map(([id, name]) => ({ id: `${library}-${id}`, name, kind: 'library' as const })),
  ...(bus ? [{ id: `${library}-bussen`, name: bus, kind: 'bus' as const }] : []),
];

export const FAKE_LIBRARIES: readonly Library[] = [
  { id: 'berg', name: 'Bergs bibliotek', municipalityCode: '2326', population: 7108, branches: branches('berg', { svenstavik: 'Svenstavik' }) },
  {
    id: 'bracke', name: 'Bräcke bibliotek', municipalityCode: '2305', population: 6035,
    branches: branches('bracke', { bracke: 'Bräcke', gallo: 'Gällö', kalarne: 'Kälarne' }),
  },
  {
    id: 'harjedalen', name: 'Härjedalens bibliotek', municipalityCode: '2361', population: 10175,
    branches: branches('harjedalen', { sveg: 'Sveg', lillhardal: 'Lillhärdal', hede: 'Hede', vemdalen: 'Vemdalen', funasdalen: 'Funäsdalen', ytterhogdal: 'Ytterhogdal' }),
  },
  {
    id: 'krokom', name: 'Krokoms bibliotek', municipalityCode: '2309', population: 15680,
    branches: branches('krokom', { krokom: 'Krokom', follinge: 'Föllinge' }, 'Bokbussen'),
  },
  { id: 'ragunda', name: 'Ragunda bibliotek', municipalityCode: '2303', population: 5146, branches: branches('ragunda', { hammarstrand: 'Hammarstrand' }) },
  {
    id: 'stromsund', name: 'Strömsunds bibliotek', municipalityCode: '2313', population: 11023,
    branches: branches('stromsund', { stromsund: 'Strömsund', hammerdal: 'Hammerdal', gaddede: 'Gäddede' }, 'Bokbussen'),
  },
  { id: 'are', name: 'Åre bibliotek', municipalityCode: '2321', population: 12693, branches: branches('are', { are: 'Åre', jarpen: 'Järpen' }) },
  {
    id: 'ostersund', name: 'Östersunds bibliotek', municipalityCode: '2380', population: 64979,
    branches: branches('ostersund', { stadsbiblioteket: 'Stadsbiblioteket', brunflo: 'Brunflo (Kastalbiblioteket)', torvalla: 'Torvalla', lit: 'Lit' }, 'Biblioteksbussen'),
  },
];

const AS_OF = '2026-03-02T06:00:00.000Z';

/** A demo copy: the status and due date are made up to show how the portal presents them. */
export function demoCopy(branch: string, callNumber: string, status: HoldingStatus, dueDate: string | null = null, copy = 1): Holding {
  const library = branch.slice(0, branch.indexOf('-'));
  return { library, branch, callNumber, status, dueDate, asOf: AS_OF, itemId: `demo-${branch}-${callNumber}${copy > 1 ? `-${copy}` : ''}` };
}

export type RecordFields = Pick<BibRecord, 'library' | 'localId' | 'title'> & Partial<BibRecord>;

/** A record with every field not given left empty. */
export function record(fields: RecordFields): BibRecord {
  return {
    id: `${fields.library}:${fields.localId}`, subtitle: null, responsibility: null, authors: [], uniformTitle: null,
    year: null, formats: ['book'], languages: [], subjects: [], genres: [], audience: null, isbns: [], issns: [],
    otherIds: [], publisher: null, place: null, edition: null, extent: null, description: null, series: [], notes: [],
    onlineLinks: [], holdings: [], ...fields,
  };
}

export const FAKE_RECORDS: readonly BibRecord[] = [
  // se_libris_librisxl_bib.utf8.mrc, 001 7149593
  record({
    library: 'ostersund', localId: '7149593', title: 'Anteckningar från en ö', responsibility: 'Tove Jansson, Tuulikki Pietilä',
    authors: ['Jansson, Tove', 'Pietilä, Tuulikki'], year: 1996, languages: ['swe'], subjects: ['Jansson, Tove', 'Pietilä, Tuulikki'],
    isbns: ['9100563226'], publisher: 'Bonnier', place: 'Stockholm', extent: '102, [1] s. : ill. ; 25 cm',
    notes: ['Även tillg. med tryckår: 2. uppl., 1996'],
    holdings: [demoCopy('ostersund-stadsbiblioteket', 'Gcdz Jansson', 'available'), demoCopy('ostersund-brunflo', 'Gcdz Jansson', 'on-loan', '2026-03-20')],
  }),
  // fi_helmet_real-curated.utf8.mrc, 001 951004010X
  record({
    library: 'are', localId: '951004010X', title: 'Taikatalvi', responsibility: 'Tove Jansson ; suom. Laila Järvinen',
    authors: ['Jansson, Tove', 'Järvinen, Laila'], uniformTitle: 'Trollvinter', year: 1973, languages: ['fin', 'swe'],
    subjects: ['talvi', 'muumit', 'seikkailu', 'Muumipeikko', 'Muumilaakso (fiktiivinen paikka)'],
    genres: ['lastenkirjallisuus', 'kaunokirjallisuus', 'saturomaanit'], isbns: ['951004010X'], publisher: 'WSOY',
    place: '[Porvoo]', edition: '4. painos', extent: '131, [2] sivua : kuvitettu', notes: ['Tekijän kuvittama'],
    holdings: [demoCopy('are-jarpen', 'Hc Jansson', 'available')],
  }),
  // fi_helmet_real-curated.utf8.mrc, 001 9789510434048
  record({
    library: 'ostersund', localId: '9789510434048', title: 'Näkymätön lapsi ja muita kertomuksia',
    responsibility: 'Tove Jansson ; suomentanut Laila Järvinen ; tekijän kuvittama.', authors: ['Jansson, Tove', 'Järvinen, Laila'],
    uniformTitle: 'Det osynliga barnet', year: 2018, languages: ['fin', 'swe'], audience: 'children',
    subjects: ['näkymättömyys', 'muumit', 'asukkaat', 'Muumilaakso'], genres: ['lastenkirjallisuus', 'saturomaanit'],
    isbns: ['9789510434048'], publisher: 'Werner Söderström Osakeyhtiö', place: 'Helsinki', edition: '[Uusi painos]',
    extent: '187 sivua : kuvitettu ; 20 cm', series: ['Muumikirjat'], notes: ['Suomenkielisen laitoksen ensimmäinen painos ilmestynyt 1962.'],
    holdings: [demoCopy('ostersund-stadsbiblioteket', 'Hcf Jansson', 'in-transit')],
  }),
  // fi_helmet_real-curated.utf8.mrc, 001 9789163897498 — the same record held by three members
  ...(['krokom', 'stromsund', 'berg'] as const).map((library) => record({
    library, localId: '9789163897498', title: 'Sagor från Mumindalen',
    responsibility: 'efter 3 berättelser av Tove Jansson ; Alex Haridi, Cecilia Davidsson, Cecilia Heikkilä.',
    authors: ['Haridi, Alex', 'Davidsson, Cecilia', 'Heikkilä, Cecilia'], year: 2018, languages: ['swe'], audience: 'children',
    subjects: ['mumintroll', 'äventyr', 'Mumindalen'], genres: ['barnlitteratur', 'bilderböcker', 'sagor'],
    isbns: ['9789163897498'], publisher: 'Bonnier Carlsen', place: 'Stockholm', extent: '89 sidor : illustrationer, kartor ; 27 cm',
    holdings: {
      krokom: [demoCopy('krokom-krokom', 'Hcg Haridi', 'available'), demoCopy('krokom-follinge', 'Hcg Haridi', 'on-loan', '2026-03-12')],
      stromsund: [demoCopy('stromsund-bussen', 'Hcg Haridi', 'available')],
      berg: [demoCopy('berg-svenstavik', 'Hcg Haridi', 'on-loan', '2026-03-30')],
    }[library],
  })),
  // fi_fennica_bib-rdf-pipeline_testinput.utf8.mrc, 001 000408932
  record({
    library: 'ostersund', localId: '000408932', title: 'Vänrikki Stoolin tarinat', responsibility: 'J. L. Runeberg ; suomentanut O. Manninen.',
    authors: ['Runeberg, Johan Ludvig', 'Manninen, Otto'], year: 1934, languages: ['fin', 'swe'], publisher: 'WSOY', place: 'Porvoo',
    edition: '11. p.', extent: '180 s.', notes: ['Lisäpainokset: 12. p. 1935.'],
    holdings: [demoCopy('ostersund-stadsbiblioteket', 'Hcb Runeberg', 'not-for-loan')],
  }),
  // fi_fennica_bib-rdf-pipeline_testinput.utf8.mrc, 001 000737661
  record({
    library: 'harjedalen', localId: '000737661', title: 'Vänrikki Stoolin tarinat', responsibility: 'Johan Ludvig Runeberg ; suom. Otto Manninen.',
    authors: ['Runeberg, Johan Ludvig', 'Manninen, Otto'], year: 1959, languages: ['fin', 'swe'], publisher: 'WSOY', place: 'Porvoo',
    edition: '5. muuttamaton p.', extent: '195, [1] s.',
    holdings: [demoCopy('harjedalen-sveg', 'Hcb Runeberg', 'unknown')],
  }),
  // fi_melinda_marc-record-serializers_load-test.utf8.mrc, 001 000767026
  record({
    library: 'ostersund', localId: '000767026', title: 'J.L. Runebergs handskrifter', subtitle: 'systematisk förteckning',
    responsibility: 'uppgjord av Lisa Castrén.', authors: ['Castrén, Lisa'], year: 1949, languages: ['swe'],
    subjects: ['Runeberg, Johan Ludvig', 'Svenska litteratursällskapet i Finland', 'kirjailijat', 'käsikirjoitukset', 'kokoelmat'],
    publisher: '[Svenska litteratursällskapet i Finland]', place: 'Helsingfors', extent: '72 sivua ; 23 cm',
    notes: ['Eripainos: Svenska litteratursällskapets Historiska och litteraturhistoriska studier, 25.'],
    holdings: [demoCopy('ostersund-stadsbiblioteket', 'Gcb Runeberg', 'not-for-loan')],
  }),
  // se_libris_librisxl_bib.utf8.mrc, 001 11850823
  record({
    library: 'bracke', localId: '11850823', title: 'Ondskan', responsibility: 'Jan Guillou', authors: ['Guillou, Jan'], year: 2002,
    formats: ['audiobook'], languages: ['swe'], genres: ['Ljudböcker'], isbns: ['9164220095'], otherIds: ['PIRATCD08'],
    publisher: 'Piratförl.', place: 'Stockholm', extent: '9 CD (11 tim.)', notes: ['Inläsare: Jan Guillou'],
    onlineLinks: [{ url: 'http://www.elib.se/library/ebook_detail.asp?id_type=ISBN&id=918942638X&lib=64', label: 'Låna som e-ljudbok (streaming)' }],
    holdings: [demoCopy('bracke-bracke', 'Hc.01/LC Guillou', 'on-loan', '2026-03-09')],
  }),
  // se_libris_librisxl_bib.utf8.mrc, 001 12743333
  record({
    library: 'ostersund', localId: '12743333', title: 'Att bryta ny marc', subtitle: 'LIBRIS 40 : en jubileumsskrift',
    responsibility: '[redaktör: Barbro Thomas]', authors: ['Thomas, Barbro'], year: 2012, formats: ['ebook'], languages: ['swe'],
    subjects: ['Libris (bibliotekskatalog)', 'Samkataloger', 'Onlinekataloger', 'Biblioteksautomatisering'],
    isbns: ['9789170002908'], publisher: 'Kungl. biblioteket', place: 'Stockholm', extent: '211 s. : ill.',
    series: ['Acta Bibliothecae regiae Stockholmiensis'], notes: ['E-bok'],
    onlineLinks: [{ url: 'http://urn.kb.se/resolve?urn=urn:nbn:se:kb:publ-19', label: 'Fritt tillgänglig via KB:s webbplats' }],
  }),
];

/** How the fake groups the records above into works (work id → record ids). */
export const FAKE_WORKS: Readonly<Record<string, readonly string[]>> = {
  'anteckningar-fran-en-o': ['ostersund:7149593'],
  'trollvinter': ['are:951004010X'],
  'det-osynliga-barnet': ['ostersund:9789510434048'],
  'sagor-fran-mumindalen': ['krokom:9789163897498', 'stromsund:9789163897498', 'berg:9789163897498'],
  'fanrik-stals-sagner': ['harjedalen:000737661', 'ostersund:000408932'],
  'jl-runebergs-handskrifter': ['ostersund:000767026'],
  'ondskan': ['bracke:11850823'],
  'att-bryta-ny-marc': ['ostersund:12743333'],
};

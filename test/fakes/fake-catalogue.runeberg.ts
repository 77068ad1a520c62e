// Twelve more REAL editions of Runeberg's "Vänrikki Stoolin tarinat" (fi_fennica_bib-rdf-pipeline_testinput.utf8.mrc,
// 001 noted on each; fields as our normalizer reads them, some left out), each held by one or more members the way the
// demo spreads records over libraries: a work with many editions and copies. Which library holds what, and every copy, is demo data.
import type { BibRecord, Holding } from '../../src/core/types.ts';
import { demoCopy, record, type RecordFields } from './fake-catalogue.records.ts';

const SHELF = 'Hcb Runeberg';

const VANRIKKI = {
  title: 'Vänrikki Stoolin tarinat', authors: ['Runeberg, Johan Ludvig', 'Manninen, Otto'], formats: ['book'], languages: ['fin'],
  publisher: 'WSOY', place: 'Porvoo',
} as const satisfies Partial<BibRecord>;

/** One real record as each member in `copies` holds it (a member with no copies has the record only). */
function heldBy(fields: Omit<RecordFields, 'library' | 'title'>, copies: Readonly<Record<string, readonly Holding[]>>): BibRecord[] {
  return Object.entries(copies).map(([library, holdings]) => record({ ...VANRIKKI, ...fields, library, holdings }));
}

export const RUNEBERG_EDITIONS: readonly BibRecord[] = [
  // 001 006417535: the Project Gutenberg e-book, a record at three members and no copies
  ...heldBy({
    localId: '006417535', subtitle: 'kokoelma runoja', responsibility: 'kirj. J. L. Runeberg ; suomentanut O. Manninen', year: 2004,
    formats: ['ebook'], publisher: 'Project Gutenberg', place: '[Salt Lake City]',
    onlineLinks: [{ url: 'http://www.gutenberg.org/etext/12757', label: null }],
  }, { krokom: [], ostersund: [], stromsund: [] }),
  // 001 003091846: the one edition with an ISBN
  ...heldBy({
    localId: '003091846', responsibility: 'J. L. Runeberg ; suom. O. Manninen', year: 1975, isbns: ['9789510069998'],
    edition: '9. muuttam. p.', extent: '195 s. ; 19 cm', series: ['Delfiinikirjat'], notes: ['Selityksillä varustettu koulupainos'],
  }, {
    ostersund: [
      demoCopy('ostersund-stadsbiblioteket', SHELF, 'available'), demoCopy('ostersund-stadsbiblioteket', SHELF, 'available', null, 2),
      demoCopy('ostersund-stadsbiblioteket', SHELF, 'on-loan', '2026-03-18', 3),
    ],
    krokom: [demoCopy('krokom-krokom', SHELF, 'available')],
  }),
  // 001 000750823
  ...heldBy({
    localId: '000750823', responsibility: 'Johan Ludvig Runeberg ; kuvat piirtänyt Albert Edelfelt ; suom. O. Manninen', year: 1957,
    edition: '11. Albert Edelfeltin kuvittama suomenkielinen p.', extent: '247, [1] s. : kuvitettu',
  }, { ostersund: [demoCopy('ostersund-stadsbiblioteket', SHELF, 'available')], bracke: [demoCopy('bracke-bracke', SHELF, 'not-for-loan')] }),
  // 001 000670725: published as "WS", not "WSOY"
  ...heldBy({
    localId: '000670725', responsibility: 'Suom. O[tto] Manninen', year: 1968, publisher: 'WS',
    edition: 'Selityksillä varust. koulup. 8., muuttamaton p.', notes: ['Selityksillä varustettu koulupainos'],
  }, { bracke: [demoCopy('bracke-gallo', SHELF, 'on-loan', '2026-03-25')], stromsund: [demoCopy('stromsund-hammerdal', SHELF, 'available')] }),
  // 001 000750826
  ...heldBy({
    localId: '000750826', responsibility: 'Johan Ludvig Runeberg ; suom. O. Manninen', year: 1956, edition: '4. muuttamaton p.',
    extent: '195 s.', notes: ['Selityksillä varustettu koulupainos'],
  }, {
    berg: [demoCopy('berg-svenstavik', SHELF, 'on-loan', '2026-03-12'), demoCopy('berg-svenstavik', SHELF, 'on-loan', '2026-03-05', 2)],
    ostersund: [demoCopy('ostersund-torvalla', SHELF, 'available')],
  }),
  // 001 000792604 and 005362124: two 1948 editions of WSOY, told apart by the edition statement
  ...heldBy({
    localId: '000792604', responsibility: 'Johan Ludvig Runeberg ; kuvat piirtänyt Albert Edelfelt ; suom. O. Manninen', year: 1948,
    authors: ['Runeberg, Johan Ludvig', 'Edelfelt, Albert', 'Manninen, Otto'], edition: '10. p.', extent: '247, [1] s. : kuvitettu ; 4:o',
  }, { ragunda: [demoCopy('ragunda-hammarstrand', SHELF, 'available')] }),
  ...heldBy({
    localId: '005362124', responsibility: 'Johan Ludvig Runeberg ; suom. O. Manninen', year: 1948, extent: '179 s. ; 8:o',
    notes: ['Selityksillä varustettu koulupainos'],
  }, { harjedalen: [demoCopy('harjedalen-hede', SHELF, 'available')], krokom: [demoCopy('krokom-follinge', SHELF, 'available')] }),
  // 001 000948431
  ...heldBy({
    localId: '000948431', responsibility: 'J. L. Runeberg ; kuvat piirtänyt Albert Edelfelt ; suomentanut O. Manninen', year: 1944,
    authors: ['Runeberg, Johan Ludvig', 'Edelfelt, Albert', 'Manninen, Otto'], place: '[Porvoo]', edition: '[4. p.]',
    extent: '247, [1] s. : kuvitettu ; 8:o',
  }, { stromsund: [demoCopy('stromsund-bussen', SHELF, 'on-loan', '2026-03-09')] }),
  // 001 003294156
  ...heldBy({
    localId: '003294156', responsibility: 'Johan Ludvig Runeberg ; suom. O. Manninen', year: 1939, edition: '14. p.', extent: '180 s.',
  }, { are: [demoCopy('are-jarpen', SHELF, 'available')] }),
  // 001 003294164 and 006414953: two WSOY 1928 printings with no edition statement, told apart by their extent
  ...heldBy({
    localId: '003294164', subtitle: 'kokoelma runoja', responsibility: 'J. L. Runeberg ; suom. O. Manninen ; kuvat piirtänyt Albert Edelfelt',
    authors: ['Runeberg, Johan Ludvig', 'Edelfelt, Albert', 'Manninen, Otto'], year: 1928, extent: '238 s. : kuvitettu',
    series: ['Valiokirjasto'], notes: ['Lisäpainokset: 2. p. 1928'],
  }, {
    ostersund: [
      demoCopy('ostersund-lit', SHELF, 'available'), demoCopy('ostersund-lit', SHELF, 'on-loan', '2026-03-15', 2),
      demoCopy('ostersund-lit', SHELF, 'available', null, 3),
    ],
  }),
  ...heldBy({
    localId: '006414953', subtitle: 'kokoelma runoja', responsibility: 'J. L. Runeberg ; suom. O. Manninen ; kuvat piirtänyt Albert Edelfelt',
    authors: ['Runeberg, Johan Ludvig', 'Edelfelt, Albert', 'Manninen, Otto'], year: 1928, extent: '266 s. : kuvitettu',
  }, { krokom: [demoCopy('krokom-follinge', SHELF, 'available')] }),
  // 001 000868193
  ...heldBy({
    localId: '000868193', responsibility: 'J. L. Runeberg ; suomentanut O. Manninen', year: 1910, edition: 'Uusi p.', extent: '182 s.',
    series: ['Helppohintainen koulu- ja kansankirjasto'],
  }, { are: [demoCopy('are-are', SHELF, 'available')] }),
];

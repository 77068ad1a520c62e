// Test works for the SearchIndex contract suite. Titles, authors and first-publication years are those of
// real books; libraries, formats, availability, subjects and identifiers are made up for the tests.
import type { Audience, Format } from '../core/types.ts';
import type { WorkDocument } from './search-index.ts';

interface Sketch {
  readonly id: string;
  readonly title: string;
  readonly author: string;
  readonly year: number;
  readonly libraries: readonly string[];
  readonly available?: readonly string[];
  readonly formats?: readonly Format[];
  readonly language?: string;
  readonly subjects?: readonly string[];
  readonly audience?: Audience;
  readonly about?: string;
  readonly isbn?: string;
  readonly article?: string;
}

/** "Lagerlöf, Selma" → "Selma Lagerlöf", as a statement of responsibility would say it. */
function directOrder(name: string): string {
  const [family, given] = name.split(', ');
  return given ? `${given} ${family}` : name;
}

export function contractWork(s: Sketch): WorkDocument {
  const subjects = s.subjects ?? [];
  return {
    id: s.id,
    title: s.title,
    subtitle: null,
    authors: [s.author],
    titleText: s.title,
    authorText: `${s.author} ${directOrder(s.author)}`,
    subjectText: subjects.join(' '),
    otherText: s.about ?? '',
    identifiers: s.isbn ? [s.isbn] : [],
    libraries: s.libraries,
    availableLibraries: s.available ?? [],
    formats: s.formats ?? ['book'],
    languages: [s.language ?? 'swe'],
    years: [s.year],
    subjects,
    authorFacets: [s.author],
    audiences: [s.audience ?? 'adult'],
    recordCount: s.libraries.length,
    sortTitle: (s.article ? s.title.slice(s.article.length + 1) : s.title).toLowerCase(),
  };
}

const SKETCHES: readonly Sketch[] = [
  { id: 'roda-rummet', title: 'Röda rummet', author: 'Strindberg, August', year: 1879, libraries: ['ostersund', 'krokom'], available: ['krokom'], formats: ['book', 'ebook'], subjects: ['Stockholm', 'Satir'] },
  { id: 'hemsoborna', title: 'Hemsöborna', author: 'Strindberg, August', year: 1887, libraries: ['ostersund', 'are'], available: ['ostersund'], formats: ['book', 'audiobook'], subjects: ['Skärgården'] },
  { id: 'froken-julie', title: 'Fröken Julie', author: 'Strindberg, August', year: 1888, libraries: ['berg'], subjects: ['Drama'] },
  { id: 'strindberg-ett-liv', title: 'Strindberg: ett liv', author: 'Enquist, Per Olov', year: 1984, libraries: ['ostersund'], available: ['ostersund'], subjects: ['Strindberg, August'] },
  { id: 'gosta-berlings-saga', title: 'Gösta Berlings saga', author: 'Lagerlöf, Selma', year: 1891, libraries: ['ostersund', 'harjedalen'], available: ['harjedalen'], subjects: ['Värmland'] },
  { id: 'nils-holgersson', title: 'Nils Holgerssons underbara resa genom Sverige', author: 'Lagerlöf, Selma', year: 1906, libraries: ['ostersund', 'krokom', 'are'], available: ['ostersund', 'are'], formats: ['book', 'audiobook'], subjects: ['Sverige', 'Resor'], audience: 'children' },
  { id: 'kallocain', title: 'Kallocain', author: 'Boye, Karin', year: 1940, libraries: ['ostersund'], available: ['ostersund'], subjects: ['Dystopier'], isbn: '9789100000017' },
  { id: 'doktor-glas', title: 'Doktor Glas', author: 'Söderberg, Hjalmar', year: 1905, libraries: ['krokom'], available: ['krokom'], formats: ['book', 'large-print'] },
  { id: 'utvandrarna', title: 'Utvandrarna', author: 'Moberg, Vilhelm', year: 1949, libraries: ['ostersund', 'berg'], available: ['berg'], formats: ['book', 'ebook'], subjects: ['Emigration', 'Småland'] },
  { id: 'pippi', title: 'Pippi Långstrump', author: 'Lindgren, Astrid', year: 1945, libraries: ['ostersund', 'krokom', 'are', 'berg', 'harjedalen'], available: ['are'], formats: ['book', 'audiobook'], audience: 'children' },
  { id: 'pippi-ombord', title: 'Pippi Långstrump går ombord', author: 'Lindgren, Astrid', year: 1946, libraries: ['krokom'], audience: 'children', about: 'Pippi Långstrump och Tommy och Annika. Pippi Långstrump seglar. Pippi Långstrump igen.' },
  { id: 'boken-om-pippi', title: 'Boken om Pippi Långstrump', author: 'Lindgren, Astrid', year: 1952, libraries: ['ostersund'], audience: 'children' },
  { id: 'broderna-lejonhjarta', title: 'Bröderna Lejonhjärta', author: 'Lindgren, Astrid', year: 1973, libraries: ['krokom', 'are'], available: ['are'], audience: 'children', subjects: ['Sagor'] },
  { id: 'ronja', title: 'Ronja rövardotter', author: 'Lindgren, Astrid', year: 1981, libraries: ['ostersund'], available: ['ostersund'], audience: 'children' },
  { id: 'trollkarlens-hatt', title: 'Trollkarlens hatt', author: 'Jansson, Tove', year: 1948, libraries: ['ostersund', 'harjedalen'], audience: 'children' },
  { id: 'aniara', title: 'Aniara', author: 'Martinson, Harry', year: 1956, libraries: ['harjedalen'], available: ['harjedalen'], subjects: ['Rymden', 'Dikter'] },
  { id: 'sagor-och-berattelser', title: 'Sagor och berättelser', author: 'Andersen, H. C.', year: 1957, libraries: ['are'], audience: 'children' },
  { id: 'asa-hanna', title: 'Åsa-Hanna', author: 'Wägner, Elin', year: 1918, libraries: ['berg'], available: ['berg'] },
  { id: 'zorba', title: 'Zorba greken', author: 'Kazantzakis, Nikos', year: 1946, libraries: ['ostersund'], language: 'swe' },
  { id: 'man-som-hatar', title: 'Män som hatar kvinnor', author: 'Larsson, Stieg', year: 2005, libraries: ['ostersund', 'krokom'], available: ['krokom'], formats: ['book', 'ebook', 'audiobook'] },
  { id: 'ove', title: 'En man som heter Ove', author: 'Backman, Fredrik', year: 2012, libraries: ['ostersund', 'are'], formats: ['book', 'large-print'], article: 'En' },
  { id: 'wild-things', title: 'Where the wild things are', author: 'Sendak, Maurice', year: 1963, libraries: ['ostersund'], language: 'eng', audience: 'children' },
];

export const CONTRACT_WORKS: readonly WorkDocument[] = SKETCHES.map(contractWork);

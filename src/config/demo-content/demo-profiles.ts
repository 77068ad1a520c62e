// The demo's library and branch profiles: only facts from shared/data/jamtland/FACTS.md (what each library has, where,
// since when). Addresses, postcodes, phone numbers and coordinates are not known there, so they are left empty — a
// place known only by its street is told in the description. The bus timetables are made up and flagged `demo`.
import type { BranchProfile, BusStop, LibraryProfile, LocalizedText } from '../../core/content.ts';
import type { SeedProfile } from './demo-content.ts';

const SAMI_AREA = {
  sv: 'Kommunen ingår i förvaltningsområdet för samiska.',
  en: 'The municipality is part of the Sámi administrative area.',
};
const MEDIA_CAR = {
  sv: 'Sedan 2022 delar Ragunda och Bräcke en bil för mediesamverkan.',
  en: 'Since 2022 Ragunda and Bräcke share a car for their media cooperation.',
};

/** Two paragraphs of Markdown: a fact and a second one. */
const paragraphs = (...texts: LocalizedText[]): LocalizedText => ({
  sv: texts.map((t) => t.sv).join('\n\n'),
  en: texts.map((t) => t.en ?? t.sv).join('\n\n'),
});

const library = (id: string, description: LocalizedText, website: string | null = null): SeedProfile<LibraryProfile> => ({
  library: id, description, website, phone: null, email: null, accent: null,
});

export function demoLibraryProfiles(): SeedProfile<LibraryProfile>[] {
  return [
    library('ostersund', paragraphs({
      sv: 'Huvudbiblioteket är Stadsbiblioteket på Rådhusgatan i Östersund, öppnat 1958. Lokala bibliotek finns i Brunflo (Kastalbiblioteket), Torvalla och Lit, där biblioteket finns tillsammans med skolan. Biblioteksbussen har rullstolslyft och hörslinga.',
      en: 'The main library is Stadsbiblioteket on Rådhusgatan in Östersund, opened in 1958. There are local libraries in Brunflo (Kastalbiblioteket), Torvalla and Lit, where the library is together with the school. The library bus has a wheelchair lift and a hearing loop.',
    }, SAMI_AREA), 'https://ostersundsbibliotek.se'),
    library('krokom', paragraphs({
      sv: 'Krokoms bibliotek har bibliotek i Krokom och Föllinge och en bokbuss som kör efter tidtabell. Föllinge bibliotek har också ett servicekontor och öppnade igen 2021.',
      en: 'Krokom library has libraries in Krokom and Föllinge and a book bus that runs to a timetable. Föllinge library also has a service office and reopened in 2021.',
    }, {
      sv: 'Kommunen ingår sedan maj 2010 i förvaltningsområdet för samiska.',
      en: 'Since May 2010 the municipality is part of the Sámi administrative area.',
    })),
    library('are', paragraphs({
      sv: 'Åre bibliotek delar lokal och disk med turistbyrån i järnvägsstationen i Åre. Kommunen har också ett bibliotek i Järpen.',
      en: 'Åre library shares its premises and desk with the tourist office in the railway station in Åre. The municipality also has a library in Järpen.',
    }, SAMI_AREA)),
    library('stromsund', paragraphs({
      sv: 'Strömsunds bibliotek har bibliotek i Strömsund, Hammerdal och Gäddede och en bokbuss.',
      en: 'Strömsund library has libraries in Strömsund, Hammerdal and Gäddede, and a book bus.',
    }, SAMI_AREA)),
    library('harjedalen', paragraphs({
      sv: 'Huvudbiblioteket finns i Sveg. Biblioteken i Lillhärdal, Hede, Vemdalen, Funäsdalen och Ytterhogdal är alla kombinerade folk- och skolbibliotek.',
      en: 'The main library is in Sveg. The libraries in Lillhärdal, Hede, Vemdalen, Funäsdalen and Ytterhogdal are all combined public and school libraries.',
    }, SAMI_AREA)),
    library('berg', paragraphs({ sv: 'Huvudbiblioteket finns i Svenstavik.', en: 'The main library is in Svenstavik.' }, SAMI_AREA)),
    library('bracke', paragraphs({
      sv: 'Biblioteken i Bräcke, Gällö och Kälarne är en organisation sedan 1974.',
      en: 'The libraries in Bräcke, Gällö and Kälarne have been one organisation since 1974.',
    }, MEDIA_CAR)),
    library('ragunda', paragraphs({ sv: 'Huvudbiblioteket finns i Hammarstrand.', en: 'The main library is in Hammarstrand.' }, MEDIA_CAR)),
    library('regionbiblioteket', {
      sv: 'Regionbiblioteket bedriver regional biblioteksverksamhet för folkbiblioteken i länet (bibliotekslagen 2013:801, 11 §).',
      en: 'The regional library carries out regional library activity for the public libraries of the county (Library Act 2013:801, section 11).',
    }),
  ];
}

interface BranchFacts {
  readonly description?: LocalizedText;
  readonly accessibility?: LocalizedText;
  readonly services?: BranchProfile['services'];
  readonly busStops?: readonly BusStop[];
}

const branch = (libraryId: string, branchId: string, facts: BranchFacts): SeedProfile<BranchProfile> => ({
  library: libraryId, branch: branchId, description: facts.description ?? null, address: null, geo: null, phone: null, email: null,
  accessibility: facts.accessibility ?? null, services: facts.services ?? [], openingHours: null, selfServiceInfo: null,
  busStops: facts.busStops ?? [],
  // Only the bus timetables are made up; everything else here is a fact.
  demo: facts.busStops !== undefined,
});

/** A made-up stop: real villages of the municipality, invented times. */
const stop = (name: string, weekday: BusStop['weekday'], from: string, to: string, weeks: BusStop['weeks'] = 'every'): BusStop => ({
  name, place: null, weekday, from, to, weeks,
});

const COMBINED_SCHOOL_LIBRARY = { sv: 'Kombinerat folk- och skolbibliotek.', en: 'A combined public and school library.' };

export function demoBranchProfiles(): SeedProfile<BranchProfile>[] {
  return [
    branch('ostersund', 'ostersund-stadsbiblioteket', {
      description: { sv: 'Huvudbiblioteket, på Rådhusgatan i Östersund. Öppnat 1958.', en: 'The main library, on Rådhusgatan in Östersund. Opened in 1958.' },
    }),
    branch('ostersund', 'ostersund-brunflo', { description: { sv: 'Östersunds lokala bibliotek i Brunflo.', en: 'Östersund\'s local library in Brunflo.' } }),
    branch('ostersund', 'ostersund-lit', { description: { sv: 'Biblioteket i Lit finns tillsammans med skolan.', en: 'The library in Lit is together with the school.' } }),
    branch('ostersund', 'ostersund-bokbuss', {
      description: { sv: 'Östersunds biblioteksbuss.', en: 'Östersund\'s library bus.' },
      accessibility: { sv: 'Bussen har rullstolslyft och hörslinga.', en: 'The bus has a wheelchair lift and a hearing loop.' },
      services: ['hearing-loop'],
      busStops: [
        stop('Tandsbyn', 'tue', '10:00', '10:45'), stop('Fåker', 'tue', '13:00', '13:45', 'odd'), stop('Orrviken', 'wed', '15:00', '16:00'),
        stop('Marieby', 'thu', '10:00', '10:30', 'even'), stop('Häggenås', 'thu', '14:00', '15:00'),
      ],
    }),
    branch('krokom', 'krokom-follinge', {
      description: { sv: 'Föllinge bibliotek har också ett servicekontor. Biblioteket öppnade igen 2021.', en: 'Föllinge library also has a service office. The library reopened in 2021.' },
    }),
    branch('krokom', 'krokom-bokbuss', {
      description: { sv: 'Krokoms bokbuss kör efter tidtabell.', en: 'Krokom\'s book bus runs to a timetable.' },
      busStops: [
        stop('Aspås', 'mon', '10:00', '10:45'), stop('Nälden', 'mon', '13:00', '14:00'), stop('Dvärsätt', 'wed', '10:00', '10:30', 'odd'),
        stop('Trångsviken', 'wed', '13:00', '14:00', 'even'), stop('Kaxås', 'thu', '11:00', '12:00'),
      ],
    }),
    branch('stromsund', 'stromsund-bokbuss', {
      busStops: [
        stop('Hoting', 'tue', '10:00', '11:00'), stop('Backe', 'tue', '13:30', '14:30'), stop('Rossön', 'thu', '10:00', '10:45', 'odd'),
        stop('Ulriksfors', 'thu', '13:00', '13:45', 'even'),
      ],
    }),
    branch('are', 'are-are', {
      description: { sv: 'Biblioteket delar lokal och disk med turistbyrån i järnvägsstationen i Åre.', en: 'The library shares its premises and desk with the tourist office in the railway station in Åre.' },
    }),
    branch('harjedalen', 'harjedalen-sveg', { description: { sv: 'Huvudbiblioteket i Härjedalens kommun.', en: 'The main library of Härjedalen Municipality.' } }),
    ...['lillhardal', 'hede', 'vemdalen', 'funasdalen', 'ytterhogdal'].map((place) =>
      branch('harjedalen', `harjedalen-${place}`, { description: COMBINED_SCHOOL_LIBRARY })),
  ];
}

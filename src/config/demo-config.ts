// The built-in Jämtland demo: the county's eight municipal libraries and the regional library, with the facts of
// shared/data/jamtland/FACTS.md (kommunkod, population 2024 from SCB, branches known from public sources).
// Their catalogues are real records (demo/marc); holdings and loans on them are demo data.
import type { SamverkaConfigInput } from './config.schema.ts';

const demoSource = { kind: 'demo', holdings: '952' } as const;

export const demoConfig: SamverkaConfigInput = {
  consortium: { name: 'Biblioteken i Jämtlands län', defaultLanguage: 'sv' },
  libraries: [
    {
      id: 'ostersund', name: 'Östersunds bibliotek', municipalityCode: '2380', population: 64979, source: demoSource,
      branches: [
        { id: 'ostersund-stadsbiblioteket', name: 'Stadsbiblioteket' },
        { id: 'ostersund-brunflo', name: 'Kastalbiblioteket, Brunflo' },
        { id: 'ostersund-torvalla', name: 'Torvalla bibliotek' },
        { id: 'ostersund-lit', name: 'Lits bibliotek' },
        { id: 'ostersund-bokbuss', name: 'Bokbussen', kind: 'bus' },
      ],
    },
    {
      id: 'krokom', name: 'Krokoms bibliotek', municipalityCode: '2309', population: 15680, source: demoSource,
      branches: [
        { id: 'krokom-krokom', name: 'Krokoms bibliotek' },
        { id: 'krokom-follinge', name: 'Föllinge bibliotek' },
        { id: 'krokom-bokbuss', name: 'Bokbussen', kind: 'bus' },
      ],
    },
    {
      id: 'are', name: 'Åre bibliotek', municipalityCode: '2321', population: 12693, source: demoSource,
      branches: [
        { id: 'are-are', name: 'Åre bibliotek (Åre station)' },
        { id: 'are-jarpen', name: 'Järpens bibliotek' },
      ],
    },
    {
      id: 'stromsund', name: 'Strömsunds bibliotek', municipalityCode: '2313', population: 11023, source: demoSource,
      branches: [
        { id: 'stromsund-stromsund', name: 'Strömsunds bibliotek' },
        { id: 'stromsund-hammerdal', name: 'Hammerdals bibliotek' },
        { id: 'stromsund-gaddede', name: 'Gäddede bibliotek' },
        { id: 'stromsund-bokbuss', name: 'Bokbussen', kind: 'bus' },
      ],
    },
    {
      id: 'harjedalen', name: 'Härjedalens bibliotek', municipalityCode: '2361', population: 10175, source: demoSource,
      branches: [
        { id: 'harjedalen-sveg', name: 'Svegs bibliotek' },
        { id: 'harjedalen-lillhardal', name: 'Lillhärdals bibliotek' },
        { id: 'harjedalen-hede', name: 'Hede bibliotek' },
        { id: 'harjedalen-vemdalen', name: 'Vemdalens bibliotek' },
        { id: 'harjedalen-funasdalen', name: 'Funäsdalens bibliotek' },
        { id: 'harjedalen-ytterhogdal', name: 'Ytterhogdals bibliotek' },
      ],
    },
    {
      id: 'berg', name: 'Bergs bibliotek', municipalityCode: '2326', population: 7108, source: demoSource,
      branches: [{ id: 'berg-svenstavik', name: 'Svenstaviks bibliotek' }],
    },
    {
      id: 'bracke', name: 'Bräcke bibliotek', municipalityCode: '2305', population: 6035, source: demoSource,
      branches: [
        { id: 'bracke-bracke', name: 'Bräcke bibliotek' },
        { id: 'bracke-gallo', name: 'Gällö bibliotek' },
        { id: 'bracke-kalarne', name: 'Kälarne bibliotek' },
      ],
    },
    {
      id: 'ragunda', name: 'Ragunda bibliotek', municipalityCode: '2303', population: 5146, source: demoSource,
      branches: [{ id: 'ragunda-hammarstrand', name: 'Hammarstrands bibliotek' }],
    },
    {
      id: 'regionbiblioteket', name: 'Regionbiblioteket i Jämtlands län', source: demoSource,
      branches: [{ id: 'regionbiblioteket', name: 'Regionbiblioteket, Östersund' }],
    },
  ],
};

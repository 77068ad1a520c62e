// The built-in Jämtland demo: the county's eight municipal libraries and the regional library, with the facts of
// shared/data/jamtland/FACTS.md (kommunkod, population 2024 from SCB, branches known from public sources).
// Their catalogues are real records (demo/marc); holdings, loans and opening hours are demo data.
import type { SamverkaConfigInput } from './config.schema.ts';
import { DEMO_BRANCH_HOURS, DEMO_MAIN_LIBRARY_HOURS, DEMO_REGIONAL_LIBRARY_HOURS, DEMO_TOWN_LIBRARY_HOURS } from './demo-opening-hours.ts';

const demoSource = { kind: 'demo', holdings: '952' } as const;

export const demoConfig: SamverkaConfigInput = {
  consortium: { name: 'Biblioteken i Jämtlands län', defaultLanguage: 'sv' },
  libraries: [
    {
      id: 'ostersund', name: 'Östersunds bibliotek', municipalityCode: '2380', population: 64979, source: demoSource,
      branches: [
        { id: 'ostersund-stadsbiblioteket', name: 'Stadsbiblioteket', openingHours: DEMO_MAIN_LIBRARY_HOURS },
        { id: 'ostersund-brunflo', name: 'Kastalbiblioteket, Brunflo', openingHours: DEMO_BRANCH_HOURS },
        { id: 'ostersund-torvalla', name: 'Torvalla bibliotek', openingHours: DEMO_BRANCH_HOURS },
        { id: 'ostersund-lit', name: 'Lits bibliotek', openingHours: DEMO_BRANCH_HOURS },
        { id: 'ostersund-bokbuss', name: 'Bokbussen', kind: 'bus' },
      ],
    },
    {
      id: 'krokom', name: 'Krokoms bibliotek', municipalityCode: '2309', population: 15680, source: demoSource,
      branches: [
        { id: 'krokom-krokom', name: 'Krokoms bibliotek', openingHours: DEMO_TOWN_LIBRARY_HOURS },
        { id: 'krokom-follinge', name: 'Föllinge bibliotek', openingHours: DEMO_BRANCH_HOURS },
        { id: 'krokom-bokbuss', name: 'Bokbussen', kind: 'bus' },
      ],
    },
    {
      id: 'are', name: 'Åre bibliotek', municipalityCode: '2321', population: 12693, source: demoSource,
      branches: [
        { id: 'are-are', name: 'Åre bibliotek (Åre station)', openingHours: DEMO_TOWN_LIBRARY_HOURS },
        { id: 'are-jarpen', name: 'Järpens bibliotek', openingHours: DEMO_BRANCH_HOURS },
      ],
    },
    {
      id: 'stromsund', name: 'Strömsunds bibliotek', municipalityCode: '2313', population: 11023, source: demoSource,
      branches: [
        { id: 'stromsund-stromsund', name: 'Strömsunds bibliotek', openingHours: DEMO_TOWN_LIBRARY_HOURS },
        { id: 'stromsund-hammerdal', name: 'Hammerdals bibliotek', openingHours: DEMO_BRANCH_HOURS },
        { id: 'stromsund-gaddede', name: 'Gäddede bibliotek', openingHours: DEMO_BRANCH_HOURS },
        { id: 'stromsund-bokbuss', name: 'Bokbussen', kind: 'bus' },
      ],
    },
    {
      id: 'harjedalen', name: 'Härjedalens bibliotek', municipalityCode: '2361', population: 10175, source: demoSource,
      branches: [
        { id: 'harjedalen-sveg', name: 'Svegs bibliotek', openingHours: DEMO_TOWN_LIBRARY_HOURS },
        { id: 'harjedalen-lillhardal', name: 'Lillhärdals bibliotek', openingHours: DEMO_BRANCH_HOURS },
        { id: 'harjedalen-hede', name: 'Hede bibliotek', openingHours: DEMO_BRANCH_HOURS },
        { id: 'harjedalen-vemdalen', name: 'Vemdalens bibliotek', openingHours: DEMO_BRANCH_HOURS },
        { id: 'harjedalen-funasdalen', name: 'Funäsdalens bibliotek', openingHours: DEMO_BRANCH_HOURS },
        { id: 'harjedalen-ytterhogdal', name: 'Ytterhogdals bibliotek', openingHours: DEMO_BRANCH_HOURS },
      ],
    },
    {
      id: 'berg', name: 'Bergs bibliotek', municipalityCode: '2326', population: 7108, source: demoSource,
      branches: [{ id: 'berg-svenstavik', name: 'Svenstaviks bibliotek', openingHours: DEMO_TOWN_LIBRARY_HOURS }],
    },
    {
      id: 'bracke', name: 'Bräcke bibliotek', municipalityCode: '2305', population: 6035, source: demoSource,
      branches: [
        { id: 'bracke-bracke', name: 'Bräcke bibliotek', openingHours: DEMO_TOWN_LIBRARY_HOURS },
        { id: 'bracke-gallo', name: 'Gällö bibliotek', openingHours: DEMO_BRANCH_HOURS },
        { id: 'bracke-kalarne', name: 'Kälarne bibliotek', openingHours: DEMO_BRANCH_HOURS },
      ],
    },
    {
      id: 'ragunda', name: 'Ragunda bibliotek', municipalityCode: '2303', population: 5146, source: demoSource,
      branches: [{ id: 'ragunda-hammarstrand', name: 'Hammarstrands bibliotek', openingHours: DEMO_TOWN_LIBRARY_HOURS }],
    },
    {
      id: 'regionbiblioteket', name: 'Regionbiblioteket i Jämtlands län', source: demoSource,
      branches: [{ id: 'regionbiblioteket', name: 'Regionbiblioteket, Östersund', openingHours: DEMO_REGIONAL_LIBRARY_HOURS }],
    },
  ],
};

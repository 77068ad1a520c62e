// Member libraries with made-up opening hours, for the tests of the home page and the libraries API.
// The hours are test data (the demo flag is set where the label is being tested); the libraries are FAKE_LIBRARIES.
import type { OpeningHours, OpeningInterval } from '../../src/core/opening-hours/opening-hours.types.ts';
import type { Library } from '../../src/core/types.ts';
import { FAKE_LIBRARIES } from './fake-catalogue.records.ts';

const staffed = (from: string, to: string): OpeningInterval => ({ from, to, service: 'staffed' });
const selfService = (from: string, to: string): OpeningInterval => ({ from, to, service: 'self-service' });
const MEROPPET = selfService('08:00', '21:00');

/** A main library with self-service hours every day, kept on holidays; labelled demo. */
export const CITY_LIBRARY_HOURS: OpeningHours = {
  demo: true,
  onHolidays: 'self-service',
  schedules: [{
    days: {
      mon: [staffed('10:00', '19:00'), MEROPPET], tue: [staffed('10:00', '19:00'), MEROPPET], wed: [staffed('10:00', '19:00'), MEROPPET],
      thu: [staffed('10:00', '19:00'), MEROPPET], fri: [staffed('10:00', '18:00'), MEROPPET], sat: [staffed('11:00', '15:00'), MEROPPET], sun: [MEROPPET],
    },
  }],
  exceptions: [
    { date: '2026-03-02', hours: [], note: { sv: 'Stängt för inventering', en: 'Closed for stocktaking' } },
    { date: '2026-12-23', hours: [staffed('10:00', '15:00')], note: { sv: 'Kortare öppettider före jul' } },
  ],
  notes: [{ sv: 'Meröppet med lånekort och PIN-kod.', en: 'Self-service with library card and PIN.' }],
};

/** Weekdays only, not labelled demo. */
export const TOWN_LIBRARY_HOURS: OpeningHours = {
  schedules: [{ days: { mon: [staffed('10:00', '18:00')], tue: [staffed('10:00', '18:00')], wed: [staffed('10:00', '18:00')], thu: [staffed('10:00', '18:00')], fri: [staffed('10:00', '15:00')] } }],
};

/** One afternoon a week, closed in high summer. */
export const VILLAGE_BRANCH_HOURS: OpeningHours = {
  schedules: [{ days: { tue: [staffed('14:00', '19:00')] } }],
  exceptions: [{ date: '2026-06-22', to: '2026-08-09', hours: [] }],
};

const HOURS: Record<string, OpeningHours> = {
  'ostersund-stadsbiblioteket': CITY_LIBRARY_HOURS,
  'krokom-krokom': TOWN_LIBRARY_HOURS,
  'krokom-follinge': VILLAGE_BRANCH_HOURS,
};

/** FAKE_LIBRARIES with the hours above on Stadsbiblioteket (Östersund), Krokom and Föllinge. */
export const LIBRARIES_WITH_HOURS: readonly Library[] = FAKE_LIBRARIES.map((library) => ({
  ...library,
  branches: library.branches.map((b) => (HOURS[b.id] ? { ...b, openingHours: HOURS[b.id] } : b)),
}));

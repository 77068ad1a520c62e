// Made-up opening hours for the demo branches: FACTS.md knows no opening hours, so every schedule here is flagged
// `demo: true` and carries a note saying so; the pages and the API label them as demo data.
import type { z } from 'zod';
import type { openingHoursSchema } from '../core/opening-hours/opening-hours.schema.ts';

type OpeningHoursInput = z.input<typeof openingHoursSchema>;

const DEMO_NOTE = {
  sv: 'Påhittade öppettider för demon – inte bibliotekets riktiga tider.',
  en: 'Made-up opening hours for the demo – not the library\'s real hours.',
};
const SUMMER = { sv: 'Sommartider', en: 'Summer hours' };
const selfService = (from: string, to: string) => ({ from, to, service: 'self-service' as const });
/** Staffed intervals ("10:00-19:00") within the main library's self-service day, 08–21. */
const meroppet = (...staffed: string[]) => [...staffed, selfService('08:00', '21:00')];

/** A town's main library with self-service (meröppet) hours every day, kept on holidays, and summer hours. */
export const DEMO_MAIN_LIBRARY_HOURS: OpeningHoursInput = {
  demo: true,
  onHolidays: 'self-service',
  schedules: [
    {
      days: {
        mon: meroppet('10:00-19:00'), tue: meroppet('10:00-19:00'), wed: meroppet('10:00-19:00'), thu: meroppet('10:00-19:00'),
        fri: meroppet('10:00-18:00'), sat: meroppet('11:00-15:00'), sun: meroppet(),
      },
    },
    {
      name: SUMMER, from: '06-22', to: '08-16',
      days: {
        mon: meroppet('10:00-17:00'), tue: meroppet(), wed: meroppet('10:00-17:00'), thu: meroppet(),
        fri: meroppet('10:00-15:00'), sat: meroppet(), sun: meroppet(),
      },
    },
  ],
  exceptions: [{
    date: '2026-12-23', hours: ['10:00-15:00', selfService('08:00', '15:00')],
    note: { sv: 'Kortare öppettider före jul', en: 'Shorter hours before Christmas' },
  }],
  notes: [DEMO_NOTE],
};

/** A municipality's library: staffed on weekdays and Saturday mornings, shorter in summer. */
export const DEMO_TOWN_LIBRARY_HOURS: OpeningHoursInput = {
  demo: true,
  schedules: [
    { days: { mon: ['10:00-18:00'], tue: ['10:00-18:00'], wed: ['10:00-18:00'], thu: ['10:00-18:00'], fri: ['10:00-15:00'], sat: ['10:00-13:00'] } },
    {
      name: SUMMER, from: '06-22', to: '08-16',
      days: { mon: ['10:00-15:00'], tue: ['10:00-15:00'], wed: ['10:00-15:00'], thu: ['10:00-15:00'], fri: ['10:00-14:00'] },
    },
  ],
  notes: [DEMO_NOTE],
};

/** A branch (often with the school): staff in on Tuesday afternoon and Thursday, self-service on weekdays, closed in high summer. */
export const DEMO_BRANCH_HOURS: OpeningHoursInput = {
  demo: true,
  schedules: [
    {
      days: {
        mon: [selfService('08:00', '20:00')], tue: ['14:00-19:00', selfService('08:00', '20:00')], wed: [selfService('08:00', '20:00')],
        thu: ['10:00-15:00', selfService('08:00', '20:00')], fri: [selfService('08:00', '20:00')],
      },
    },
    { name: { sv: 'Sommarstängt', en: 'Closed for the summer' }, from: '06-29', to: '08-09', days: {} },
  ],
  notes: [DEMO_NOTE],
};

/** The regional library serves the member libraries rather than the public: office hours on weekdays. */
export const DEMO_REGIONAL_LIBRARY_HOURS: OpeningHoursInput = {
  demo: true,
  schedules: [{ days: { mon: ['09:00-16:00'], tue: ['09:00-16:00'], wed: ['09:00-16:00'], thu: ['09:00-16:00'], fri: ['09:00-15:00'] } }],
  notes: [DEMO_NOTE],
};

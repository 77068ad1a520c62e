// The status line's rarer wordings: closing after midnight, open round the clock, never opening, in both languages.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { OpeningHours } from '../../core/opening-hours/opening-hours.types.ts';
import { createLocalizers, type Locale, type Localizer } from '../i18n/i18n.ts';
import { describeOpening } from './opening-status.tsx';

let localizers: Record<Locale, Localizer>;
before(async () => { localizers = await createLocalizers(); });

const both = (hours: OpeningHours, at: string) => [localizers.sv, localizers.en].map((l) => describeOpening(l, hours, new Date(at)).text);

test('a closing after midnight names the day', () => {
  const lateFriday: OpeningHours = { schedules: [{ days: { fri: [{ from: '20:00', to: '02:00', service: 'staffed' }] } }] };
  assert.deepEqual(both(lateFriday, '2026-03-27T21:00:00+01:00'), ['Öppet nu, stänger i morgon 02:00', 'Open now, closes tomorrow 02:00']);
});

test('open round the clock has no closing time; no hours at all is simply closed', () => {
  const always: OpeningHours = {
    onHolidays: 'as-usual',
    schedules: [{ days: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [{ from: '00:00', to: '24:00', service: 'self-service' }]])) }],
  };
  assert.deepEqual(both(always, '2026-03-29T02:30:00+02:00'), ['Meröppet nu (utan personal)', 'Self-service now (no staff)']);
  assert.deepEqual(both({ schedules: [] }, '2026-03-29T12:00:00+02:00'), ['Stängt', 'Closed']);
});

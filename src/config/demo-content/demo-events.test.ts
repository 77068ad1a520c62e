// The demo's events: made up and labelled so, current whatever the day, spread over the members and the coming five
// weeks, and covering what the pages and calendars must show (series, monthly, a cancelled date, cancelled, sign-up,
// an exhibition over days), in Swedish and English.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { EventItem } from '../../core/content.ts';
import { eventOccurrences } from '../../core/events/recurrence.ts';
import { addDays } from '../../core/opening-hours/stockholm-time.ts';
import type { Library } from '../../core/types.ts';
import { eventSchema } from '../../services/content/content.schemas.ts';
import { demoConfig } from '../demo-config.ts';
import { demoEvents } from './demo-events.ts';

const TODAY = '2026-12-02';
const events = demoEvents(TODAY);
const asItems = events.map((e) => ({ ...e, kind: 'event', createdAt: '', updatedAt: '', updatedBy: null, version: 1 }) as EventItem);

describe('demo events', () => {
  test('about twenty, all demo, published, with unique ids, in Swedish and English', () => {
    assert.ok(events.length >= 18 && events.length <= 24, `${events.length}`);
    assert.equal(new Set(events.map((e) => e.id)).size, events.length);
    for (const e of events) {
      assert.equal(e.demo, true, e.id);
      assert.equal(e.status, 'published');
      for (const text of [e.title, e.summary, e.body]) assert.ok(text.sv && text.en, `${e.id} in both languages`);
    }
  });

  test('each at a branch of its own library, and every member has some', () => {
    for (const e of events) {
      const library = demoConfig.libraries.find((l) => l.id === e.library);
      assert.ok(library, `${e.id}: ${e.library}`);
      assert.ok((library.branches ?? []).some((b) => b.id === e.branch), `${e.id}: ${e.branch} belongs to ${e.library}`);
    }
    assert.deepEqual(new Set(events.map((e) => e.library)), new Set(demoConfig.libraries.map((l) => l.id)));
    assert.deepEqual(new Set(events.flatMap((e) => e.audiences)), new Set(['children', 'youth', 'adults', 'all']));
  });

  test('the first occurrences fall in the coming five weeks, whatever today is', () => {
    for (const today of [TODAY, '2027-03-28', '2027-06-30']) {
      for (const e of demoEvents(today)) {
        const first = e.startsAt.slice(0, 10);
        assert.ok(first >= today && first <= addDays(today, 35), `${e.id} on ${first} from ${today}`);
        assert.ok(e.endsAt > e.startsAt, e.id);
      }
    }
  });

  test('covers weekly series with a cancelled date, every other week, a monthly circle, cancelled, sign-up and an exhibition', () => {
    const weeklyWithExcept = asItems.find((e) => e.recurrence?.frequency === 'weekly' && e.recurrence.except.length > 0)!;
    assert.ok(weeklyWithExcept);
    const dates = eventOccurrences(weeklyWithExcept, TODAY, addDays(TODAY, 70)).map((o) => o.start.slice(0, 10));
    assert.ok(!dates.includes(weeklyWithExcept.recurrence!.except[0]!), 'the cancelled date is not an occurrence');
    assert.ok(asItems.some((e) => e.recurrence?.frequency === 'weekly' && e.recurrence.interval === 2));
    assert.ok(asItems.some((e) => e.recurrence?.frequency === 'monthly' && e.type === 'reading-group'));
    for (const title of ['Sagostund', 'Språkcafé', 'Digitalt café']) assert.ok(asItems.some((e) => e.recurrence && e.title.sv.includes(title)), title);
    assert.ok(asItems.some((e) => e.cancelled));
    assert.ok(asItems.some((e) => e.registrationUrl?.startsWith('https://example.org/')));
    assert.ok(asItems.some((e) => e.type === 'exhibition' && e.endsAt.slice(0, 10) > e.startsAt.slice(0, 10)));
  });

  test('each passes the staff editor\'s validation, so staff can open and save it', () => {
    const schema = eventSchema(demoConfig.libraries as unknown as readonly Library[]);
    for (const e of events) {
      const result = schema.safeParse(e);
      assert.ok(result.success, `${e.id}: ${JSON.stringify(result.error?.issues)}`);
    }
  });
});

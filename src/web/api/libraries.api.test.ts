// GET /api/v1/libraries with opening hours: the documented shape, the status now, the coming week, the configured hours.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildFakeWebApp } from '../../../test/fakes/fake-web-app.ts';
import { LIBRARIES_WITH_HOURS } from '../../../test/fakes/fake-opening-hours.ts';
import { librariesResponseSchema } from './api-schemas.ts';

let app: FastifyInstance;
let now = new Date('2026-03-30T12:00:00+02:00');
before(async () => ({ app } = await buildFakeWebApp({ libraries: LIBRARIES_WITH_HOURS, clock: () => now })));
after(() => app.close());

async function branch(id: string, at: string) {
  now = new Date(at);
  const body = (await app.inject('/api/v1/libraries')).json();
  assert.deepEqual(librariesResponseSchema.parse(body), body, 'exactly the published shape');
  return { asOf: body.asOf, branch: body.libraries.flatMap((l: { branches: unknown[] }) => l.branches).find((b: { id: string }) => b.id === id) };
}

describe('GET /api/v1/libraries: opening hours', () => {
  test('a branch with hours: demo flag, status now in Stockholm time, seven days from today', async () => {
    const { asOf, branch: city } = await branch('ostersund-stadsbiblioteket', '2026-03-30T12:00:00+02:00');
    assert.equal(asOf, '2026-03-30T10:00:00.000Z');
    const hours = city.openingHours;
    assert.deepEqual([hours.demo, hours.timeZone, hours.onHolidays], [true, 'Europe/Stockholm', 'self-service']);
    assert.deepEqual(hours.status, {
      open: true, staffed: true, closesAt: '2026-03-30T21:00:00+02:00', changesAt: { at: '2026-03-30T19:00:00+02:00', staffed: false },
      nextOpen: { at: '2026-03-31T08:00:00+02:00', staffed: false },
    });
    assert.deepEqual(hours.days.map((d: { date: string; weekday: string }) => `${d.date} ${d.weekday}`), [
      '2026-03-30 mon', '2026-03-31 tue', '2026-04-01 wed', '2026-04-02 thu', '2026-04-03 fri', '2026-04-04 sat', '2026-04-05 sun',
    ]);
    assert.deepEqual(hours.days[0].hours, [{ from: '08:00', to: '21:00', service: 'self-service' }, { from: '10:00', to: '19:00', service: 'staffed' }]);
    assert.deepEqual(hours.days[4], {
      date: '2026-04-03', weekday: 'fri', hours: [{ from: '08:00', to: '21:00', service: 'self-service' }], source: 'holiday',
      holiday: { id: 'langfredagen', name: { sv: 'Långfredagen', en: 'Good Friday' }, kind: 'public-holiday' }, schedule: null, note: null,
    });
  });

  test('lists what is configured, leaving out exceptions that have ended', async () => {
    const { branch: city } = await branch('ostersund-stadsbiblioteket', '2026-03-30T12:00:00+02:00');
    assert.deepEqual(city.openingHours.exceptions, [
      { date: '2026-12-23', to: null, hours: [{ from: '10:00', to: '15:00', service: 'staffed' }], note: { sv: 'Kortare öppettider före jul', en: null } },
    ]);
    assert.deepEqual(city.openingHours.notes, [{ sv: 'Meröppet med lånekort och PIN-kod.', en: 'Self-service with library card and PIN.' }]);
    assert.deepEqual(city.openingHours.schedules[0].days.sun, [{ from: '08:00', to: '21:00', service: 'self-service' }]);
    assert.deepEqual([city.openingHours.schedules[0].name, city.openingHours.schedules[0].from, city.openingHours.schedules[0].to], [null, null, null]);
  });

  test('the status follows the clock: closed over the summer, with the next opening in August', async () => {
    const { branch: follinge } = await branch('krokom-follinge', '2026-06-23T12:00:00+02:00');
    assert.equal(follinge.openingHours.demo, false);
    assert.deepEqual(follinge.openingHours.status, { open: false, staffed: false, closesAt: null, changesAt: null, nextOpen: { at: '2026-08-11T14:00:00+02:00', staffed: true } });
    assert.deepEqual(new Set(follinge.openingHours.days.map((d: { hours: unknown[]; source: string }) => `${d.hours.length} ${d.source}`)), new Set(['0 exception']));
  });

  test('a branch without known hours has openingHours null', async () => {
    const { branch: bus } = await branch('ostersund-bussen', '2026-03-30T12:00:00+02:00');
    assert.equal(bus.openingHours, null);
  });

  test('the OpenAPI document describes the opening hours', async () => {
    const document = (await app.inject('/api/v1/openapi.json')).json();
    assert.ok(document.components.schemas.OpeningHours, 'OpeningHours component');
    assert.deepEqual(document.components.schemas.OpeningInterval.properties.service.enum, ['staffed', 'self-service']);
  });
});

test('the API gives the hours staff edited, as the pages do, not the configured ones', async () => {
  const { fakeContent } = await import('../../../test/fakes/fake-content.ts');
  const closedAllWeek = { schedules: [{ days: {} }], demo: false };
  const profile = {
    library: 'ostersund', branch: 'ostersund-stadsbiblioteket', description: null, address: null, geo: null, phone: null, email: null,
    accessibility: null, services: [], openingHours: closedAllWeek, selfServiceInfo: null, busStops: [], updatedAt: '2026-03-01T00:00:00Z',
    updatedBy: null, version: 1,
  };
  const clock = () => new Date('2026-03-30T12:00:00+02:00');
  const { app: edited } = await buildFakeWebApp({
    libraries: LIBRARIES_WITH_HOURS, clock, content: fakeContent({ libraries: LIBRARIES_WITH_HOURS, branchProfiles: [profile], clock }),
  });
  try {
    const body = (await edited.inject('/api/v1/libraries')).json();
    const city = body.libraries.flatMap((l: { branches: { id: string }[] }) => l.branches).find((b: { id: string }) => b.id === 'ostersund-stadsbiblioteket');
    assert.equal(city.openingHours.status.open, false, 'closed all week as staff set it');
    assert.equal(city.openingHours.demo, false);
  } finally {
    await edited.close();
  }
});

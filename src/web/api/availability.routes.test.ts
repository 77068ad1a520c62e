// GET /api/v1/works/{id}/availability over the fake catalogue and the real availability service: live statuses where
// a library's system answers, the harvested status with its age and the reason where it does not — never an error.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { AvailabilityService } from '../../services/availability.service.ts';
import { answeringSystem, failingSystem } from '../../../test/fakes/fake-library-systems.ts';
import { buildFakeWebApp } from '../../../test/fakes/fake-web-app.ts';
import { availabilityResponseSchema, errorResponseSchema } from './api-schemas.ts';

const NOW = '2026-03-05T11:12:00.000Z';
const HARVESTED_AT = '2026-03-02T06:00:00.000Z';

let app: FastifyInstance;
let plain: FastifyInstance;
before(async () => {
  // Sagor från Mumindalen: Krokom's system answers (the Föllinge copy came back), Strömsund's is down, Berg has none.
  const krokom = answeringSystem('krokom', () => [
    { library: 'krokom', branch: 'krokom-krokom', callNumber: 'Hcg Haridi', status: 'on-loan', dueDate: '2026-04-02', asOf: NOW, itemId: 'k1' },
    { library: 'krokom', branch: 'krokom-follinge', callNumber: 'Hcg Haridi', status: 'available', dueDate: null, asOf: NOW, itemId: 'k2' },
  ]);
  const availability = new AvailabilityService({ connectors: new Map([['krokom', krokom], ['stromsund', failingSystem('stromsund')]]), clock: () => Date.parse(NOW) });
  ({ app } = await buildFakeWebApp({ availability }));
  ({ app: plain } = await buildFakeWebApp());
});
after(async () => {
  await app.close();
  await plain.close();
});

test('answers each holding with its live status, or its harvested status with its age and why, in the documented shape', async () => {
  const response = await app.inject('/api/v1/works/sagor-fran-mumindalen/availability');
  assert.equal(response.statusCode, 200);
  assert.equal(response.headers['cache-control'], 'no-store');
  const body = response.json();
  assert.deepEqual(availabilityResponseSchema.parse(body), body, 'nothing missing, nothing undocumented');
  assert.equal(body.workId, 'sagor-fran-mumindalen');
  assert.deepEqual(body.holdings.map((h: any) => [h.recordId, h.branch, h.status, h.dueDate, h.asOf, h.live, h.reason ?? null]), [
    ['berg:9789163897498', 'berg-svenstavik', 'on-loan', '2026-03-30', HARVESTED_AT, false, 'no-live-source'],
    ['krokom:9789163897498', 'krokom-follinge', 'available', null, NOW, true, null],
    ['krokom:9789163897498', 'krokom-krokom', 'on-loan', '2026-04-02', NOW, true, null],
    ['stromsund:9789163897498', 'stromsund-bussen', 'available', null, HARVESTED_AT, false, 'failed'],
  ]);
  assert.deepEqual(body.sources, [
    { library: 'berg', live: false, reason: 'no-live-source' },
    { library: 'krokom', live: true },
    { library: 'stromsund', live: false, reason: 'failed' },
  ]);
});

test('without live availability wired in, every status is the harvested one, said to be so', async () => {
  const body = (await plain.inject('/api/v1/works/anteckningar-fran-en-o/availability')).json();
  assert.deepEqual(body.holdings.map((h: any) => [h.status, h.live, h.reason]), [['on-loan', false, 'no-live-source'], ['available', false, 'no-live-source']]);
  assert.deepEqual(body.sources, [{ library: 'ostersund', live: false, reason: 'no-live-source' }]);
});

test('an unknown work is 404 in the error shape, as for the work itself', async () => {
  const response = await app.inject('/api/v1/works/no-such-work/availability');
  assert.equal(response.statusCode, 404);
  const body = response.json();
  assert.deepEqual(errorResponseSchema.parse(body), body);
  assert.equal(body.error.code, 'not-found');
});

// The JSON API over the fake catalogue: shapes (checked against the published schemas), status codes and validation.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { errors } from '../../core/errors.ts';
import { buildFakeWebApp } from '../../../test/fakes/fake-web-app.ts';
import type { FakeCatalogue } from '../../../test/fakes/fake-catalogue.ts';
import { errorResponseSchema, librariesResponseSchema, searchResponseSchema, suggestResponseSchema, workResponseSchema } from './api-schemas.ts';

let app: FastifyInstance;
let catalogue: FakeCatalogue;
before(async () => ({ app, catalogue } = await buildFakeWebApp()));
after(() => app.close());

async function get(url: string) {
  const response = await app.inject(url);
  return { status: response.statusCode, headers: response.headers, body: response.json() };
}

/** The body matches the published schema exactly: nothing missing, nothing the schema does not describe. */
function assertShape(schema: { parse(v: unknown): unknown }, body: unknown) {
  assert.deepEqual(schema.parse(body), body);
}

describe('GET /api/v1/search', () => {
  test('answers works with facets in the documented shape', async () => {
    const { status, body } = await get('/api/v1/search?q=jansson');
    assert.equal(status, 200);
    assertShape(searchResponseSchema, body);
    assert.equal(body.total, 3);
    assert.deepEqual(body.hits.map((h: { id: string }) => h.id).sort(), ['anteckningar-fran-en-o', 'det-osynliga-barnet', 'trollvinter']);
    const hit = body.hits.find((h: { id: string }) => h.id === 'anteckningar-fran-en-o');
    assert.deepEqual(
      { title: hit.title, authors: hit.authors, year: hit.year, formats: hit.formats, languages: hit.languages, libraries: hit.libraries, recordCount: hit.recordCount },
      { title: 'Anteckningar från en ö', authors: ['Jansson, Tove', 'Pietilä, Tuulikki'], year: 1996, formats: ['book'], languages: ['swe'], libraries: ['ostersund'], recordCount: 1 },
    );
    assert.deepEqual(Object.keys(body.facets).sort(), ['audience', 'author', 'format', 'language', 'library', 'subject', 'year']);
    assert.deepEqual(body.facets.library, [{ value: 'ostersund', count: 2 }, { value: 'are', count: 1 }]);
  });

  test('the year of a hit is the newest edition\'s', async () => {
    const { body } = await get('/api/v1/search?q=stoolin');
    assert.deepEqual(body.hits.map((h: { year: number; yearMin: number }) => [h.yearMin, h.year]), [[1934, 1959]]);
  });

  test('repeated filters OR within a facet and AND across facets; the port gets them as lists', async () => {
    const { body } = await get('/api/v1/search?library=krokom&library=bracke&format=audiobook&page=1&pageSize=5&sort=title&available=0');
    assert.deepEqual(body.hits.map((h: { id: string }) => h.id), ['ondskan']);
    assert.deepEqual(catalogue.queries.at(-1), {
      text: '', sort: 'title', page: 1, pageSize: 5, filters: { library: ['krokom', 'bracke'], format: ['audiobook'] },
    });
    await get('/api/v1/search?available=true&year=2010-2019&subject=muumit&author=Jansson%2C+Tove&audience=children&language=fin');
    assert.deepEqual(catalogue.queries.at(-1)?.filters, {
      language: ['fin'], year: ['2010-2019'], subject: ['muumit'], author: ['Jansson, Tove'], audience: ['children'], available: true,
    });
  });

  test('empty form fields count as not given', async () => {
    const { status, body } = await get('/api/v1/search?q=&library=&format=&page=&sort=');
    assert.equal(status, 200);
    assert.equal(body.total, 8);
  });

  test('offers a corrected query when nothing matches', async () => {
    const { body } = await get('/api/v1/search?q=janson');
    assert.equal(body.total, 0);
    assert.equal(body.didYouMean, 'jansson');
  });

  const invalid: [string, string][] = [
    ['page=0', 'bad-request'], ['page=abc', 'bad-request'], ['page=1.5', 'bad-request'], ['pageSize=0', 'bad-request'],
    ['pageSize=101', 'bad-request'], ['sort=random', 'bad-request'], ['available=yes', 'bad-request'],
    ['format=scroll', 'bad-request'], ['format=book&format=vinyl', 'bad-request'], ['library=Krokom!', 'bad-request'],
    ['library=uppsala', 'unknown-library'], ['audience=elders', 'bad-request'], ['year=last', 'bad-request'],
    ['language=swedish', 'bad-request'], ['q=a&q=b', 'bad-request'], [`q=${'x'.repeat(501)}`, 'bad-request'],
    ['q=%22unbalanced', 'bad-query'], ['q=jansson%20AND', 'bad-query'],
  ];
  for (const [query, code] of invalid) {
    test(`rejects ${query.slice(0, 40)} with 400 ${code}`, async () => {
      const { status, body } = await get(`/api/v1/search?${query}`);
      assert.equal(status, 400);
      assertShape(errorResponseSchema, body);
      assert.equal(body.error.code, code);
    });
  }

  test('a query of exactly 500 characters is allowed', async () => {
    assert.equal((await get(`/api/v1/search?q=${'x'.repeat(500)}`)).status, 200);
  });

  test('odd input never causes a 500', async () => {
    const odd = ['q=%00%ff', 'q[]=x', 'page=1e400', 'pageSize=-0', 'q=%F0%9F%93%9A', 'library=%2e%2e', 'subject=' + 'ä'.repeat(301), 'sort=__proto__', 'year=12345'];
    for (const query of odd) {
      const { status } = await get(`/api/v1/search?${query}`);
      assert.ok(status === 200 || status === 400, `${query} → ${status}`);
    }
  });
});

describe('GET /api/v1/works/{id}', () => {
  test('answers the work with its records and holdings', async () => {
    const { status, body } = await get('/api/v1/works/fanrik-stals-sagner');
    assert.equal(status, 200);
    assertShape(workResponseSchema, body);
    assert.deepEqual(body.records.map((r: { id: string }) => r.id), ['harjedalen:000737661', 'ostersund:000408932']);
    assert.deepEqual(body.records[1], { ...body.records[1], library: 'ostersund', localId: '000408932', title: 'Vänrikki Stoolin tarinat', year: 1934, edition: '11. p.' });
    assert.deepEqual(body.holdings[0], {
      recordId: 'harjedalen:000737661', library: 'harjedalen', branch: 'harjedalen-sveg', callNumber: 'Hcb Runeberg',
      status: 'unknown', dueDate: null, asOf: '2026-03-02T06:00:00.000Z',
    });
  });

  test('is a JSON 404 for a work that does not exist', async () => {
    const { status, body } = await get('/api/v1/works/no-such-work');
    assert.equal(status, 404);
    assert.equal(body.error.code, 'not-found');
  });
});

describe('other endpoints', () => {
  test('GET /api/v1/libraries lists members with branches', async () => {
    const { status, body } = await get('/api/v1/libraries');
    assert.equal(status, 200);
    assertShape(librariesResponseSchema, body);
    assert.equal(body.libraries.length, 8);
    assert.deepEqual(body.libraries.find((l: { id: string }) => l.id === 'stromsund'), {
      id: 'stromsund', name: 'Strömsunds bibliotek', municipalityCode: '2313', population: 11023,
      branches: [
        { id: 'stromsund-stromsund', name: 'Strömsund', kind: 'library', openingHours: null },
        { id: 'stromsund-hammerdal', name: 'Hammerdal', kind: 'library', openingHours: null },
        { id: 'stromsund-gaddede', name: 'Gäddede', kind: 'library', openingHours: null },
        { id: 'stromsund-bussen', name: 'Bokbussen', kind: 'bus', openingHours: null },
      ],
    });
  });

  test('GET /api/v1/suggest completes titles and authors, and stays quiet for one letter', async () => {
    const { body } = await get('/api/v1/suggest?q=Sag');
    assertShape(suggestResponseSchema, body);
    assert.deepEqual(body.suggestions, [{ text: 'Sagor från Mumindalen', kind: 'title' }]);
    assert.deepEqual((await get('/api/v1/suggest?q=S')).body.suggestions, []);
    assert.equal((await get('/api/v1/suggest?limit=99&q=Sag')).status, 400);
  });

  test('GET /healthz follows the store', async () => {
    assert.deepEqual(await get('/healthz').then((r) => [r.status, r.body]), [200, { status: 'ok' }]);
    catalogue.isHealthy = false;
    assert.deepEqual(await get('/healthz').then((r) => [r.status, r.body]), [503, { status: 'unavailable' }]);
    catalogue.isHealthy = true;
  });

  test('unknown API paths are JSON 404s', async () => {
    const { status, body } = await get('/api/v1/nothing-here');
    assert.equal(status, 404);
    assert.equal(body.error.code, 'not-found');
  });

  test('the API may be read from other sites', async () => {
    const { headers } = await get('/api/v1/libraries');
    assert.equal(headers['access-control-allow-origin'], '*');
  });
});

describe('failures of the catalogue', () => {
  test('an unavailable store is a 503 and an unexpected error a 500, neither with internals', async () => {
    catalogue.failure = errors.sourceUnavailable('store', new Error('connection refused at 10.0.0.5'));
    const unavailable = await get('/api/v1/search?q=x');
    catalogue.failure = new TypeError('Cannot read properties of undefined (reading \'secret\')');
    const broken = await get('/api/v1/works/ondskan');
    catalogue.failure = null;
    assert.equal(unavailable.status, 503);
    assert.equal(unavailable.body.error.code, 'source-unavailable');
    assert.equal(broken.status, 500);
    assert.deepEqual(broken.body, { error: { code: 'internal', message: 'Internal error' } });
    assert.doesNotMatch(JSON.stringify([unavailable.body, broken.body]), /10\.0\.0\.5|secret|at .*\.ts/);
  });
});

// Error pages for people: the right status, the page's language, a way on, and never internals or a stack trace.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { errors } from '../../core/errors.ts';
import type { FakeCatalogue } from '../../../test/fakes/fake-catalogue.ts';
import { buildFakeWebApp } from '../../../test/fakes/fake-web-app.ts';

let app: FastifyInstance;
let catalogue: FakeCatalogue;
before(async () => ({ app, catalogue } = await buildFakeWebApp()));
after(() => app.close());

async function failing(url: string, status: number) {
  const response = await app.inject(url);
  assert.equal(response.statusCode, status, url);
  assert.match(response.headers['content-type'] as string, /^text\/html/);
  return response.body;
}

test('an unknown work and an unknown address are 404 pages in the page\'s language', async () => {
  const work = await failing('/verk/ingen-sadan', 404);
  assert.match(work, /<html lang="sv">/);
  assert.match(work, /<h1>Vi hittar inte sidan<\/h1>/);
  assert.match(work, /role="search"/);
  assert.match(work, /<meta name="robots" content="noindex"\/>/);
  const english = await failing('/en/no/such/page', 404);
  assert.match(english, /<html lang="en">/);
  assert.match(english, /<h1>We cannot find that page<\/h1>/);
  assert.match(await failing('/assets/missing.css', 404), /Vi hittar inte sidan/);
});

test('addresses the router rejects get the same pages and headers', async () => {
  const malformed = await app.inject('/verk/%E0%A4%A');
  assert.equal(malformed.statusCode, 400);
  assert.match(malformed.body, /Sökningen gick inte att göra/);
  assert.equal(malformed.headers['content-security-policy'], (await app.inject('/')).headers['content-security-policy']);
  const api = await app.inject('/api/v1/works/%E0%A4%A');
  assert.deepEqual([api.statusCode, api.json().error.code], [400, 'bad-request']);
  assert.match(await failing(`/en/work/${'x'.repeat(400)}`, 414), /We could not run that search/);
});

test('bad parameters are a 400 page; a query the parser rejects keeps the query and opens the tips', async () => {
  assert.match(await failing('/sok?page=0', 400), /Sökningen gick inte att göra/);
  assert.match(await failing('/en/search?library=uppsala', 400), /We could not run that search/);
  const badQuery = await failing('/sok?q=%22tove+jansson', 400);
  assert.match(badQuery, /Vi kunde inte tolka sökfrågan/);
  assert.match(badQuery, /name="q" value="&quot;tove jansson"/);
  assert.match(badQuery, /<details class="query-help" open>/);
});

test('a failing catalogue gives a 503 or 500 page without internals', async () => {
  catalogue.failure = errors.timeout('search index', 2000);
  const unavailable = await failing('/sok?q=jansson', 503);
  catalogue.failure = new TypeError("Cannot read properties of undefined (reading 'holdings')");
  const broken = await failing('/en/work/ondskan', 500);
  catalogue.failure = null;
  assert.match(unavailable, /Katalogen svarar inte just nu/);
  assert.match(broken, /Something went wrong/);
  for (const html of [unavailable, broken]) assert.doesNotMatch(html, /TypeError|holdings'|timed out|\.ts:\d+|at [A-Za-z]+ \(/);
});

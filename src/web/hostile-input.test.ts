// Whatever a visitor types into an address of the common web, the answer is a page or a clear 4xx, never a 500,
// and nothing they typed comes back as markup: 1,500 hostile addresses over every public route with parameters.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { LIBRARY_CLOCK, libraryContent } from '../../test/fakes/fake-library-content.ts';
import { LIBRARIES_WITH_HOURS } from '../../test/fakes/fake-opening-hours.ts';
import { buildFakeWebApp } from '../../test/fakes/fake-web-app.ts';

let app: FastifyInstance;
before(async () => ({ app } = await buildFakeWebApp({ libraries: LIBRARIES_WITH_HOURS, content: libraryContent(), clock: LIBRARY_CLOCK })));
after(() => app.close());

/** A small deterministic generator (mulberry32), so a failure names an address that fails again. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "' OR 1=1 --", '../../etc/passwd', '%00', '%ff%fe', '%E2%80%AE',
  '9999-99-99', '2026-02-30', '-1', '0', '1e309', 'NaN', '99999999999999999999', 'krokom', 'krokom-follinge', 'children',
  'storytime', 'å', 'ÅÄÖ', '😀', ' ', '\t', '[]', '{}', 'null', 'undefined', 'a'.repeat(500), '%', '&', '=', '#', '?',
];

function hostile(next: () => number): string {
  const parts = 1 + Math.floor(next() * 3);
  let text = '';
  for (let i = 0; i < parts; i++) text += PIECES[Math.floor(next() * PIECES.length)];
  return text;
}

const encode = (text: string) => encodeURIComponent(text);

/** Escapes no browser would send but anyone can: malformed %-sequences and bytes that are not UTF-8. */
const MALFORMED = ['/bibliotek/%ff%fe', '/evenemang?from=%E0%A4%A', '/nyheter/%', '/evenemang?library=%C0%AF', '/en/%E2%82', '/bibliotek/krokom/%00'];

const ROUTES: ((value: () => string) => string)[] = [
  (v) => `/evenemang?library=${encode(v())}&audience=${encode(v())}&type=${encode(v())}&from=${encode(v())}&to=${encode(v())}&page=${encode(v())}`,
  (v) => `/en/events?from=${encode(v())}&page=${encode(v())}`,
  (v) => `/nyheter?library=${encode(v())}&page=${encode(v())}`,
  (v) => `/e-tjanster?library=${encode(v())}`,
  (v) => `/bibliotek/${encode(v())}`,
  (v) => `/bibliotek/${encode(v())}/${encode(v())}`,
  (v) => `/bibliotek/${encode(v())}/evenemang.ics`,
  (v) => `/en/libraries/${encode(v())}/news.atom`,
  (v) => `/evenemang/${encode(v())}`,
  (v) => `/evenemang/${encode(v())}.ics`,
  (v) => `/nyheter/${encode(v())}`,
  (v) => `/${encode(v())}`,
  (v) => `/en/${encode(v())}`,
  (v) => `/tillganglighet?tack=${encode(v())}`,
  (v) => `/sitemap.xml?${encode(v())}=${encode(v())}`,
];

test('1,500 hostile addresses: never a 500, never our own markup made of what was typed', async () => {
  const next = random(20261129);
  const value = () => hostile(next);
  const failures: string[] = [];
  for (let i = 0; i < 1_500; i++) {
    const url = ROUTES[i % ROUTES.length]!(value);
    const response = await app.inject(url);
    if (response.statusCode >= 500) failures.push(`${response.statusCode} ${url}`);
    if (/<script>alert|<img src=x/i.test(response.body)) failures.push(`unescaped input in ${url}`);
  }
  for (const url of MALFORMED) {
    const response = await app.inject(url);
    if (response.statusCode >= 500) failures.push(`${response.statusCode} ${url}`);
  }
  assert.deepEqual(failures.slice(0, 10), []);
});

// Untrusted catalogue data is shown as text, links from records are only http(s), and the CSP allows no inline code.
// The hostile record below is hand-made for this test; it is not a real catalogue record.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { record } from '../../test/fakes/fake-catalogue.records.ts';
import { buildFakeWebApp } from '../../test/fakes/fake-web-app.ts';

const HOSTILE = record({
  library: 'krokom', localId: 'x1', title: '<script>alert(1)</script>', subtitle: '"><img src=x onerror=alert(2)>',
  authors: ['</span><b onclick=alert(3)>Mallory'], subjects: ['<iframe src="//evil.example">'], year: 2024,
  description: '<style>body{display:none}</style>',
  onlineLinks: [{ url: 'javascript:alert(4)', label: 'Klicka här' }, { url: 'data:text/html,<script>alert(5)</script>', label: 'Data' }],
  holdings: [{ library: 'krokom', branch: 'krokom-krokom', callNumber: '<u>Hylla</u>', status: 'available', dueDate: null, asOf: 'not a date' }],
});

let app: FastifyInstance;
before(async () => ({ app } = await buildFakeWebApp({ extraRecords: [HOSTILE] })));
after(() => app.close());

const PAGES = ['/', '/en/', '/sok?q=alert', '/en/search?q=jansson', '/verk/extra-1', '/en/work/extra-1', '/verk/fanrik-stals-sagner', '/nowhere', '/sok?page=x'];

test('a title like <script>alert(1)</script> is shown as text everywhere', async () => {
  for (const url of ['/sok?q=alert', '/verk/extra-1', '/en/work/extra-1']) {
    const body = (await app.inject(url)).body;
    assert.doesNotMatch(body, /<script>alert|<img src=x|<b onclick|<iframe|<style>|<u>Hylla/, url);
  }
  const api = await app.inject('/api/v1/works/extra-1');
  assert.match(String(api.headers['content-type']), /^application\/json/);
  assert.equal(api.json().title, '<script>alert(1)</script>');
  const html = (await app.inject('/verk/extra-1')).body;
  assert.match(html, /<h1 class="work__title" itemprop="name">&lt;script>alert\(1\)&lt;\/script><\/h1>/);
  assert.match(html, /&lt;u>Hylla&lt;\/u>/);
  assert.match(html, /not a date/);
});

test('links from records are only http(s)', async () => {
  const html = (await app.inject('/verk/extra-1')).body;
  assert.doesNotMatch(html, /href="(javascript|data):/i);
  assert.doesNotMatch(html, /Klicka här/);
});

test('every page carries a strict CSP and has no inline script, style or event handler', async () => {
  for (const url of PAGES) {
    const response = await app.inject(url);
    const csp = String(response.headers['content-security-policy']);
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.match(csp, /style-src 'self'(;|$)/);
    assert.match(csp, /img-src 'self' data:/);
    const html = response.body;
    // A JSON-LD data block is never executed (the CSP does not apply to it); every other script is a file.
    for (const script of html.match(/<script[^>]*>/g) ?? []) {
      if (script === '<script type="application/ld+json">') continue;
      assert.match(script, / src="\/assets\//, `${url}: ${script}`);
    }
    for (const block of html.match(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g) ?? []) {
      assert.doesNotMatch(block.slice(block.indexOf('>') + 1, -'</script>'.length), /</, `${url}: JSON-LD escapes "<"`);
    }
    assert.doesNotMatch(html, /<style/i, url);
    for (const tag of html.match(/<[a-z][^>]*>/gi) ?? []) {
      assert.doesNotMatch(tag.replace(/"[^"]*"/g, '""'), /\s(style|on[a-z]+)=/i, `${url}: ${tag}`);
    }
  }
});

test('the autocomplete script is tiny and the whole page weight stays light', async () => {
  const script = await app.inject('/assets/suggest.js');
  const css = await app.inject('/assets/site.css');
  assert.equal(script.statusCode, 200);
  assert.ok(script.body.length < 3 * 1024, `suggest.js is ${script.body.length} bytes`);
  assert.ok(script.body.length + css.body.length < 100 * 1024);
  assert.match(String(css.headers['cache-control']), /immutable/);
  const compressed = await app.inject({ url: '/assets/site.css', headers: { 'accept-encoding': 'br, gzip' } });
  assert.equal(compressed.headers['content-encoding'], 'br');
  assert.ok(compressed.rawPayload.length < css.body.length / 3, `the stylesheet travels as ${compressed.rawPayload.length} bytes`);
  const page = await app.inject({ url: '/', headers: { 'accept-encoding': 'gzip' } });
  assert.equal(page.headers['content-encoding'], 'gzip');
  assert.match(String(page.headers.vary), /accept-encoding/i);
});

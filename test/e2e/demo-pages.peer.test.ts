// The real portal with the seeded demo in real Chromium, as a patron uses it: search, a facet, a work page, the
// English twin — each with zero axe-core WCAG 2.1 AA violations, and the search working without JavaScript.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { demoPortalInChromium } from '../helpers/demo-portal.ts';
import { analyzeWcag } from '../helpers/chromium.ts';

const demo = demoPortalInChromium();

async function violations(path: string, viewport = { width: 1280, height: 900 }) {
  const context = await demo.browser.newContext({ viewport });
  const page = await context.newPage();
  try {
    const response = await page.goto(demo.portal.url + path);
    assert.equal(response?.status(), 200, path);
    const result = await analyzeWcag(page);
    return result.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`);
  } finally {
    await context.close();
  }
}

test('a patron searches, narrows by library, opens a work — without JavaScript', async () => {
  const context = await demo.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(demo.portal.url + '/');
  await page.locator('input[name="q"]').first().fill('jazz');
  await page.locator('input[name="q"]').first().press('Enter');
  await page.waitForURL(/\/sok\?/);
  const total = await page.locator('main').textContent();
  assert.match(total ?? '', /träffar/);
  await page.locator('a[href*="library=krokom"]').first().click();
  await page.waitForURL(/library=krokom/);
  await page.locator('main a[href^="/verk/"]').first().click();
  await page.waitForURL(/\/verk\//);
  assert.ok(await page.getByRole('heading', { level: 1 }).isVisible());
  await context.close();
});

for (const path of ['/', '/sok?q=jazz', '/sok?q=runeberg&format=book', '/sok?q=jazzz', '/en/search?q=census', '/sok?library=krokom&available=1']) {
  test(`no WCAG 2.1 AA violations on ${path} (phone and desktop)`, async () => {
    assert.deepEqual(await violations(path), []);
    assert.deepEqual(await violations(path, { width: 390, height: 844 }), []);
  });
}

test('no WCAG 2.1 AA violations on the work page of a big work, in both languages', async () => {
  const search = await (await fetch(demo.portal.url + '/api/v1/search?q=' + encodeURIComponent('Vänrikki Stoolin tarinat'))).json() as { hits: { id: string }[] };
  const id = search.hits[0]!.id;
  assert.deepEqual(await violations(`/verk/${id}`), []);
  assert.deepEqual(await violations(`/en/work/${id}`, { width: 390, height: 844 }), []);
});

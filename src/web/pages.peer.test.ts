// The pages in real Chromium: zero axe-core WCAG 2.1 AA violations, a keyboard walk from the skip link, autocomplete
// under the strict CSP, and screenshots (phone and desktop) in /tmp/shots/ for a person to look at.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { AvailabilityService } from '../services/availability.service.ts';
import { RUNEBERG_EDITIONS } from '../../test/fakes/fake-catalogue.runeberg.ts';
import { answeringSystem, failingSystem } from '../../test/fakes/fake-library-systems.ts';
import { buildFakeWebApp } from '../../test/fakes/fake-web-app.ts';
import { LIBRARIES_WITH_HOURS } from '../../test/fakes/fake-opening-hours.ts';
import { analyzeWcag } from '../../test/helpers/chromium.ts';

const SHOTS = '/tmp/shots';
const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } } as const;
const PAGES: Record<string, string> = {
  home: '/',
  search: '/sok?q=jansson',
  work: '/verk/sagor-fran-mumindalen',
  'home-en': '/en/',
  'search-en': '/en/search?q=jansson',
  'work-en': '/en/work/sagor-fran-mumindalen',
  'zero-results': '/sok?q=janson',
  'scoped-filtered': '/sok?library=krokom&format=book&available=1',
  'work-online': '/verk/att-bryta-ny-marc',
  'work-many-copies': '/verk/fanrik-stals-sagner?library=ostersund',
  'work-many-copies-en': '/en/work/fanrik-stals-sagner',
  'not-found-en': '/en/no-such-page',
  sources: '/kallor',
  'sources-en': '/en/sources',
};

let app: FastifyInstance;
let base: string;
let browser: Browser;
const contexts: Partial<Record<keyof typeof VIEWPORTS, BrowserContext>> = {};

before(async () => {
  // The work pages of Sagor från Mumindalen show a live status (Krokom) and a system that did not answer (Strömsund).
  const krokom = answeringSystem('krokom', () => [{
    library: 'krokom', branch: 'krokom-follinge', callNumber: 'Hcg Haridi', status: 'available', dueDate: null, asOf: new Date().toISOString(), itemId: 'k2',
  }]);
  const availability = new AvailabilityService({ connectors: new Map([['krokom', krokom], ['stromsund', failingSystem('stromsund')]]) });
  ({ app } = await buildFakeWebApp({ moreEditions: { 'fanrik-stals-sagner': RUNEBERG_EDITIONS }, availability, libraries: LIBRARIES_WITH_HOURS }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  for (const [name, viewport] of Object.entries(VIEWPORTS)) contexts[name as keyof typeof VIEWPORTS] = await browser.newContext({ viewport });
  await mkdir(SHOTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  await app?.close();
});

/** Opens a page and collects what the console says: a CSP violation shows up there. */
async function open(context: BrowserContext, path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(base + path, { waitUntil: 'load' });
  return { page, problems };
}

describe('every page, on a phone and on a desktop', () => {
  for (const [name, path] of Object.entries(PAGES)) {
    for (const viewport of Object.keys(VIEWPORTS) as (keyof typeof VIEWPORTS)[]) {
      test(`${name} (${viewport}): no WCAG 2.1 AA violations, no console errors`, async () => {
        const { page, problems } = await open(contexts[viewport]!, path);
        const results = await analyzeWcag(page);
        await page.screenshot({ path: `${SHOTS}/${name}-${viewport}.png`, fullPage: true });
        await page.close();
        const violations = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
        assert.deepEqual(violations, []);
        // A missing page answers 404, which Chromium reports on the console; that one is expected.
        assert.deepEqual(problems.filter((p) => !(name.startsWith('not-found') && /404/.test(p))), []);
      });
    }
  }
});

describe('keyboard and progressive enhancement', () => {
  test('Tab reaches the skip link first, and it moves focus to main', async () => {
    for (const path of ['/', '/en/search?q=jansson', '/verk/trollvinter']) {
      const { page } = await open(contexts.desktop!, path);
      await page.keyboard.press('Tab');
      assert.deepEqual(await page.evaluate(() => [document.activeElement?.className, document.activeElement?.getAttribute('href')]), ['skip-link', '#main']);
      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
      await page.keyboard.press('Tab');
      const next = await page.evaluate(() => document.activeElement?.closest('main') !== null);
      await page.close();
      assert.ok(next, `${path}: the next Tab stays inside main`);
    }
  });

  test('typing in the search box fills the datalist from the suggest API, within the CSP', async () => {
    const { page, problems } = await open(contexts.phone!, '/');
    await page.locator('#q').pressSequentially('Sag');
    await page.waitForSelector('#q-suggestions option', { state: 'attached' });
    const options = await page.$$eval('#q-suggestions option', (nodes) => nodes.map((n) => (n as HTMLOptionElement).value));
    await page.close();
    assert.deepEqual(options, ['Sagor från Mumindalen']);
    assert.deepEqual(problems, []);
  });

  test('a work\'s library sections and folded editions open from the keyboard without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: VIEWPORTS.phone });
    const page = await context.newPage();
    await page.goto(`${base}/verk/fanrik-stals-sagner`);
    const opened = () => page.$$eval('details', (all) => all.filter((d) => (d as HTMLDetailsElement).open).map((d) => d.className));
    assert.deepEqual(await opened(), []);
    await page.focus('.holdings__summary');
    await page.keyboard.press('Enter');
    await page.focus('.editions__more > summary');
    await page.keyboard.press(' ');
    const now = await opened();
    await context.close();
    assert.deepEqual(now, ['holdings__library', 'editions__more']);
  });

  test('with every section open, the big work page still has no WCAG 2.1 AA violations', async () => {
    for (const viewport of Object.keys(VIEWPORTS) as (keyof typeof VIEWPORTS)[]) {
      const { page } = await open(contexts[viewport]!, '/en/work/fanrik-stals-sagner');
      for (const summary of await page.$$('details:not([open]) > summary')) await summary.click();
      const results = await analyzeWcag(page);
      await page.screenshot({ path: `${SHOTS}/work-many-copies-open-${viewport}.png`, fullPage: true });
      await page.close();
      assert.deepEqual(results.violations.map((v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`), [], viewport);
    }
  });

  test('searching with the form and choosing a facet work without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: VIEWPORTS.desktop });
    const page = await context.newPage();
    await page.goto(`${base}/en/`);
    await page.fill('#q', 'runeberg');
    await page.press('#q', 'Enter');
    await page.waitForURL(/\/en\/search\?q=runeberg/);
    await page.click('a.facet__link:has-text("Finnish")');
    await page.waitForURL(/language=fin/);
    const titles = await page.$$eval('.hit__title a', (links) => links.map((a) => a.textContent));
    await context.close();
    assert.deepEqual(titles, ['Vänrikki Stoolin tarinat']);
  });
});

// The info pages in real Chromium, phone and desktop, with the demo's real texts: zero axe-core WCAG 2.1 AA violations,
// nothing wider than the screen, and the report form used as a person uses it — a failed send, then a good one.
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import type { ContentItem } from '../../../core/content.ts';
import { demoEServices } from '../../../config/demo-content/demo-eservices.ts';
import { demoPages } from '../../../config/demo-content/demo-pages.ts';
import { analyzeWcag, launchChromium } from '../../../../test/helpers/chromium.ts';
import { fakeContent } from '../../../../test/fakes/fake-content.ts';
import { LIBRARIES_WITH_HOURS } from '../../../../test/fakes/fake-opening-hours.ts';
import { buildFakeWebApp } from '../../../../test/fakes/fake-web-app.ts';

const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } } as const;
const PAGES = ['/e-tjanster', '/en/e-services?library=harjedalen', '/om', '/en/about', '/tillganglighet', '/integritet', '/aarjelsaemien', '/en/south-sami', '/stilguide'];

const managed = { createdAt: '2026-11-29T12:00:00.000Z', updatedAt: '2026-11-29T12:00:00.000Z', updatedBy: null, version: 1 };
const ITEMS: ContentItem[] = [
  ...demoPages().map((p): ContentItem => ({ ...p, kind: 'page', ...managed })),
  ...demoEServices().map((e): ContentItem => ({ ...e, kind: 'eservice', ...managed })),
];

let app: FastifyInstance;
let base: string;
let browser: Browser;
const reports: unknown[] = [];

before(async () => {
  ({ app } = await buildFakeWebApp({
    libraries: LIBRARIES_WITH_HOURS, content: fakeContent({ libraries: LIBRARIES_WITH_HOURS, items: ITEMS }),
    reporting: { report: async (input) => void reports.push(input) },
  }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await app?.close();
});

async function check(page: Page, label: string): Promise<void> {
  const result = await analyzeWcag(page);
  assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), [], label);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${label} is ${overflow}px wider than the screen`);
}

describe('info pages in Chromium', () => {
  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    test(`no WCAG 2.1 AA violations, nothing too wide, the form's error state included (${name})`, async () => {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      for (const path of PAGES) {
        const response = await page.goto(base + path);
        assert.equal(response?.status(), 200, path);
        await check(page, `${path} (${name})`);
      }
      await page.goto(`${base}/tillganglighet`);
      await page.getByRole('button', { name: 'Skicka rapporten' }).click();
      await page.waitForURL(`${base}/tillganglighet`);
      await check(page, `the report form with an error (${name})`);
      await context.close();
    });
  }

  test('the report form without JavaScript: an empty send shows the error, a good one the thank-you at the form', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: VIEWPORTS.phone });
    const page = await context.newPage();
    await page.goto(`${base}/tillganglighet`);
    await page.getByRole('button', { name: 'Skicka rapporten' }).click();
    assert.equal(await page.getByRole('textbox', { name: 'Vad är problemet?' }).getAttribute('aria-invalid'), 'true');
    await page.getByRole('textbox', { name: 'Vad är problemet?' }).fill('Fokus syns inte på sökknappen.');
    await page.getByRole('button', { name: 'Skicka rapporten' }).click();
    assert.match(page.url(), /\/tillganglighet\?tack=1#report$/);
    assert.match(await page.getByRole('status').innerText(), /Tack! Vi har tagit emot din rapport\./);
    assert.equal(reports.length, 1);
    await context.close();
  });
});

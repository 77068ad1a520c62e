// The libraries pages of the real demo portal in real Chromium: zero axe-core WCAG 2.1 AA violations on phone and
// desktop, and no sideways scrolling on a phone.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeWcag } from '../../../../test/helpers/chromium.ts';
import { demoPortalInChromium } from '../../../../test/helpers/demo-portal.ts';

const demo = demoPortalInChromium();

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

for (const path of ['/', '/en/', '/bibliotek', '/bibliotek/krokom', '/bibliotek/ostersund-stadsbiblioteket', '/bibliotek/ostersund-bokbuss', '/en/libraries/are-are']) {
  test(`${path}: no WCAG 2.1 AA violations, no sideways scrolling on a phone`, async () => {
    for (const viewport of [PHONE, DESKTOP]) {
      const context = await demo.browser.newContext({ viewport });
      const page = await context.newPage();
      try {
        const response = await page.goto(demo.portal.url + path);
        assert.equal(response?.status(), 200);
        const result = await analyzeWcag(page);
        assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), [], `${path} at ${viewport.width}px`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.equal(overflow, 0, `${path} scrolls sideways at ${viewport.width}px`);
      } finally {
        await context.close();
      }
    }
  });
}

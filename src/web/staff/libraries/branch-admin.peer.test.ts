// A coordinator's branch forms in real Chromium, on a phone and a desktop: the library page with its hide buttons and
// the add form passes axe-core (WCAG 2.1 AA) empty, with errors and after hiding; a branch added through the form
// opens on its own form with the name field; nothing scrolls sideways.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { analyzeWcag, launchChromium } from '../../../../test/helpers/chromium.ts';
import { buildStaffWeb, STAFF_MEMBERS, STAFF_PASSWORD, type StaffWeb } from '../../../../test/helpers/staff-web.ts';

const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } } as const;

let web: StaffWeb;
let address: string;
let browser: Browser;
before(async () => {
  web = await buildStaffWeb();
  address = await web.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await web?.app.close();
});

async function check(page: Page, what: string): Promise<void> {
  const results = await analyzeWcag(page);
  assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`), [], what);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `${what}: the page scrolls sideways by ${overflow} px`);
}

for (const [name, viewport] of Object.entries(VIEWPORTS)) {
  test(`a coordinator's branch forms pass axe-core on a ${name}`, async () => {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    try {
      await page.goto(`${address}/personal/logga-in`);
      await page.fill('input[name=email]', STAFF_MEMBERS.coordinator.email);
      await page.fill('input[name=password]', STAFF_PASSWORD);
      await Promise.all([page.waitForURL(/\/personal$/), page.click('main button[type=submit]')]);

      for (const url of ['/personal/bibliotek/krokom', '/en/staff/libraries/krokom']) {
        await page.goto(address + url);
        await check(page, `${name} ${url}`);
      }
      await page.goto(`${address}/personal/bibliotek/krokom`);
      await page.fill('#f-newBranch-id', 'Nälden');
      await Promise.all([page.waitForLoadState('load'), page.click('button[value=add-branch]')]);
      assert.equal(await page.locator('.error-summary li').count(), 2);
      await check(page, `${name}: the add form with errors`);

      const id = `krokom-nalden-${name}`;
      await page.fill('#f-newBranch-id', id);
      await page.fill('#f-newBranch-name', 'Näldens utlämningsställe');
      await page.check('#f-newBranch-kind-2');
      await Promise.all([page.waitForURL(new RegExp(`/personal/bibliotek/krokom/${id}\\?added=1$`)), page.click('button[value=add-branch]')]);
      assert.equal(await page.inputValue('#f-name'), 'Näldens utlämningsställe');
      await check(page, `${name}: a branch just added`);

      await page.goto(`${address}/personal/bibliotek/krokom`);
      await Promise.all([page.waitForURL(/\?branch=hidden$/), page.click(`form[action$="/${id}"] button[value=hide]`)]);
      await check(page, `${name}: after hiding a branch`);
    } finally {
      await context.close();
    }
  });
}

// The staff area's own pages in real Chromium, on a phone and a desktop: axe-core finds no WCAG 2.1 AA violation, with
// and without form errors, and no page is wider than the screen.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { newsInput } from '../../services/content/content.fixtures.ts';
import { analyzeWcag, launchChromium } from '../../../test/helpers/chromium.ts';
import { buildStaffWeb, STAFF_MEMBERS, STAFF_PASSWORD, type StaffWeb } from '../../../test/helpers/staff-web.ts';
import { STAFF_PATHS } from './staff-paths.ts';

const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };

let web: StaffWeb;
let browser: Browser;
let origin: string;
before(async () => {
  web = await buildStaffWeb();
  await web.content.create(web.actors.krokom, 'news', newsInput({ status: 'draft' }));
  await web.content.report({ pageUrl: 'https://example.se/evenemang', description: 'Knappen går inte att nå med tangentbordet.', contact: '' });
  origin = await web.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await web?.app.close();
});

async function checkPage(page: Page, what: string): Promise<void> {
  const results = await analyzeWcag(page);
  assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), [], what);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `${what} is ${overflow}px wider than the screen`);
}

async function logIn(page: Page, who: keyof typeof STAFF_MEMBERS): Promise<void> {
  await page.goto(origin + STAFF_PATHS.sv.login);
  await page.fill('#f-email', STAFF_MEMBERS[who].email);
  await page.fill('#f-password', STAFF_PASSWORD);
  await page.click('.staff-form button[type=submit]');
  await page.waitForURL(origin + STAFF_PATHS.sv.home);
}

for (const [size, viewport] of Object.entries(VIEWPORTS)) {
  test(`the login and password forms pass axe, errors shown or not (${size})`, async () => {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    try {
      for (const path of [STAFF_PATHS.sv.login, STAFF_PATHS.en.forgotPassword, `${STAFF_PATHS.sv.resetPassword}${'A'.repeat(43)}`]) {
        await page.goto(origin + path);
        await checkPage(page, path);
      }
      await page.goto(origin + STAFF_PATHS.sv.login);
      await page.fill('#f-email', 'ingen@example.se');
      await page.fill('#f-password', 'fel lösenord');
      await page.click('.staff-form button[type=submit]');
      assert.match(await page.locator('.error-summary').innerText(), /E-postadressen eller lösenordet är fel/);
      await checkPage(page, 'login with an error');
    } finally {
      await context.close();
    }
  });

  test(`the coordinator's pages pass axe (${size})`, async () => {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    try {
      await logIn(page, 'coordinator');
      const P = STAFF_PATHS.sv;
      for (const path of [P.home, P.accounts, `${P.accounts}/ny`, `${P.accounts}/${web.accounts.krokom.id}`, P.audit, P.profile, P.reports, P.changePassword, STAFF_PATHS.en.home]) {
        await page.goto(origin + path);
        await checkPage(page, path);
      }
      await page.goto(`${origin}${P.accounts}/ny`);
      await page.click('.staff-form button[type=submit]');
      assert.equal(await page.locator('.field__error').count(), 2);
      await checkPage(page, 'new account with errors');
      await page.goto(origin + P.profile);
      await page.fill('#f-primary', '#ffee00');
      await page.click('.staff-form button[type=submit]');
      await checkPage(page, 'graphic profile with a low contrast');
    } finally {
      await context.close();
    }
  });

  test(`an editor's overview and the 403 page pass axe (${size})`, async () => {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    try {
      await logIn(page, 'krokom');
      await checkPage(page, 'editor overview');
      const refused = await page.goto(origin + STAFF_PATHS.sv.accounts);
      assert.equal(refused?.status(), 403);
      await checkPage(page, '403');
    } finally {
      await context.close();
    }
  });
}

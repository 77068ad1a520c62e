// The editors in real Chromium, on a phone and a desktop: zero axe-core WCAG 2.1 AA violations on every form (with
// errors, with a preview, with a conflict), no sideways scrolling on a phone, and an upload that works without script.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { SharpImages } from '../../../services/content/sharp-images.ts';
import { contentMeta } from '../../../../test/fakes/fake-content.ts';
import { analyzeWcag, launchChromium } from '../../../../test/helpers/chromium.ts';
import { buildStaffWeb, STAFF_MEMBERS, STAFF_PASSWORD, type StaffWeb } from '../../../../test/helpers/staff-web.ts';

const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } } as const;

let web: StaffWeb;
let address: string;
let browser: Browser;
before(async () => {
  web = await buildStaffWeb({
    images: new SharpImages(),
    items: [{ ...contentMeta('news', 'n-peer', 'krokom'), status: 'draft', title: { sv: 'Bokcirkel' }, summary: { sv: 'Vi läser.' }, body: { sv: 'Text.' }, image: null }],
  });
  address = await web.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await web?.app.close();
});

async function loggedIn(viewport: (typeof VIEWPORTS)[keyof typeof VIEWPORTS]): Promise<Page> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(`${address}/personal/logga-in`);
  await page.fill('input[name=email]', STAFF_MEMBERS.krokom.email);
  await page.fill('input[name=password]', STAFF_PASSWORD);
  await Promise.all([page.waitForURL(/\/personal$/), page.click('main button[type=submit]')]);
  return page;
}

async function check(page: Page, what: string): Promise<void> {
  const results = await analyzeWcag(page);
  const found = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  assert.deepEqual(found, [], what);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `${what}: the page scrolls sideways by ${overflow} px`);
}

for (const [name, viewport] of Object.entries(VIEWPORTS)) {
  test(`the editors pass axe-core on a ${name}`, async () => {
    const page = await loggedIn(viewport);
    for (const url of ['/personal/nyheter', '/personal/evenemang/ny', '/personal/sidor/ny', '/personal/e-tjanster/ny', '/en/staff/news/new',
      '/personal/bibliotek/krokom', '/personal/bibliotek/krokom/krokom-krokom', '/personal/bibliotek/krokom/krokom-bussen', '/personal/bilder']) {
      await page.goto(address + url);
      await check(page, `${name} ${url}`);
    }
    await page.goto(`${address}/personal/evenemang/ny`);
    await Promise.all([page.waitForLoadState('load'), page.click('button[value=publish]')]);
    await check(page, `${name}: an event form with errors`);
    await page.goto(`${address}/personal/nyheter/n-peer`);
    await page.fill('#f-body-sv', '## Program\n\n- Läsning\n- Fika');
    await Promise.all([page.waitForLoadState('load'), page.click('button[value=preview]')]);
    assert.equal(await page.locator('.preview h5').textContent(), 'Program');
    await check(page, `${name}: a preview`);
    await page.goto(`${address}/personal/bibliotek/krokom/krokom-krokom`);
    await page.fill('#f-openingHours-schedules-0-days-mon-0-from', '12:00');
    await page.fill('#f-openingHours-schedules-0-days-mon-0-to', '11:00');
    await Promise.all([page.waitForLoadState('load'), page.click('button[value=save]')]);
    assert.equal(await page.locator('.error-summary li').count(), 1);
    await check(page, `${name}: opening hours with an error`);
    await page.context().close();
  });
}

test('an image uploads through the form in the browser (the CSRF token a multipart field)', async () => {
  const page = await loggedIn(VIEWPORTS.desktop);
  const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 10, g: 80, b: 90 } } }).png().toBuffer();
  await page.goto(`${address}/personal/bilder`);
  await page.setInputFiles('#f-image', { name: 'bild.png', mimeType: 'image/png', buffer: png });
  await page.fill('#f-alt-sv', 'En blågrön ruta');
  await Promise.all([page.waitForURL(/uploaded=i-/), page.click('main form.editor-form button[type=submit]')]);
  const snippet = await page.inputValue('#uploaded-markdown');
  assert.match(snippet, /^!\[En blågrön ruta\]\(\/bilder\/i-[a-z2-7]+\)$/);
  assert.equal(await page.locator('.upload-result__image').evaluate((img: HTMLImageElement) => img.naturalWidth), 40);
  await check(page, 'the upload result');
  await page.context().close();
});

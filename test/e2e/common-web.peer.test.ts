// The common web of the seeded demo in real Chromium: every page type, public and staff, in both languages, on a
// phone and a desktop, with zero axe-core WCAG 2.1 AA violations; keyboard-only walks of the main flows (skip link,
// focus order, visible focus, logging in and editing); reflow at 320 CSS pixels and text at 200 %; no JavaScript needed.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { analyzeWcag } from '../helpers/chromium.ts';
import { demoPortalInChromium } from '../helpers/demo-portal.ts';

let eventPath: string;
let newsPath: string;
const demo = demoPortalInChromium(async () => {
  eventPath = await firstLink('/evenemang', /href="(\/evenemang\/e-[^"?#]+)"/);
  newsPath = await firstLink('/nyheter', /href="(\/nyheter\/n-[^"?#]+)"/);
});

async function firstLink(path: string, pattern: RegExp): Promise<string> {
  const html = await (await fetch(demo.portal.url + path)).text();
  const found = pattern.exec(html)?.[1];
  assert.ok(found, `${path} links to at least one item`);
  return found;
}

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

async function axeViolations(page: Page): Promise<string[]> {
  const result = await analyzeWcag(page);
  return result.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help} (${v.nodes[0]?.target.join(' ')})`);
}

async function checkPage(context: BrowserContext, path: string): Promise<string[]> {
  const page = await context.newPage();
  try {
    const response = await page.goto(demo.portal.url + path);
    assert.equal(response?.status(), 200, path);
    return (await axeViolations(page)).map((v) => `${path}: ${v}`);
  } finally {
    await page.close();
  }
}

const PUBLIC_PAGES = () => [
  '/', '/bibliotek', '/bibliotek/krokom', '/bibliotek/ostersund-stadsbiblioteket', '/bibliotek/krokom-bokbuss',
  '/evenemang', '/evenemang?audience=children', eventPath, '/nyheter', newsPath, '/e-tjanster', '/e-tjanster?library=harjedalen',
  '/om', '/tillganglighet', '/integritet', '/aarjelsaemien', '/stilguide',
  '/en/', '/en/libraries', '/en/libraries/are', '/en/events', `/en/events/${eventPath.split('/').pop()}`, '/en/news',
  '/en/e-services', '/en/about', '/en/accessibility', '/en/privacy', '/en/south-sami', '/en/style-guide',
];

for (const [name, viewport] of [['phone', PHONE], ['desktop', DESKTOP]] as const) {
  test(`every public page type has no WCAG 2.1 AA violations (${name})`, async () => {
    const context = await demo.browser.newContext({ viewport });
    try {
      const found: string[] = [];
      for (const path of PUBLIC_PAGES()) found.push(...await checkPage(context, path));
      assert.deepEqual(found, []);
    } finally {
      await context.close();
    }
  });
}

async function loggedIn(viewport: { width: number; height: number }, locale: 'sv' | 'en' = 'sv'): Promise<BrowserContext> {
  const context = await demo.browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(demo.portal.url + (locale === 'sv' ? '/personal/logga-in' : '/en/staff/login'));
  await page.locator('input[name="email"]').fill(demo.portal.coordinator.email);
  await page.locator('input[name="password"]').fill(demo.portal.coordinator.password);
  await page.locator('main button[type="submit"]').first().click();
  await page.waitForURL((url) => !url.pathname.includes('logga-in') && !url.pathname.includes('login'));
  await page.close();
  return context;
}

const STAFF_PAGES = [
  '/personal', '/personal/nyheter', '/personal/nyheter/ny', '/personal/evenemang', '/personal/evenemang/ny', '/personal/sidor',
  '/personal/sidor/ny', '/personal/e-tjanster', '/personal/e-tjanster/ny', '/personal/bibliotek/krokom',
  '/personal/bibliotek/krokom/krokom-krokom', '/personal/bibliotek/krokom/krokom-bokbuss', '/personal/bilder', '/personal/konton',
  '/personal/logg', '/personal/grafisk-profil', '/personal/rapporter', '/personal/byt-losenord',
];

for (const [name, viewport] of [['phone', PHONE], ['desktop', DESKTOP]] as const) {
  test(`the staff area has no WCAG 2.1 AA violations (${name})`, async () => {
    const anonymous = await demo.browser.newContext({ viewport });
    const found: string[] = [];
    for (const path of ['/personal/logga-in', '/personal/glomt-losenord', '/en/staff/login']) found.push(...await checkPage(anonymous, path));
    await anonymous.close();
    const context = await loggedIn(viewport);
    try {
      for (const path of STAFF_PAGES) found.push(...await checkPage(context, path));
      assert.deepEqual(found, []);
    } finally {
      await context.close();
    }
  });
}

/** What has focus, and whether it is drawn so a sighted keyboard user sees it. */
async function focused(page: Page): Promise<{ tag: string; text: string; href: string | null; visible: boolean }> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return { tag: '', text: '', href: null, visible: false };
    const style = getComputedStyle(element);
    const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
    return { tag: element.tagName.toLowerCase(), text: (element.textContent ?? '').trim(), href: element.getAttribute('href'), visible };
  });
}

test('keyboard: the first Tab reaches the skip link, Enter moves to the content, and every focus is visible', async () => {
  const context = await demo.browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  for (const path of ['/', '/bibliotek', '/evenemang', eventPath]) {
    await page.goto(demo.portal.url + path);
    await page.keyboard.press('Tab');
    const skip = await focused(page);
    assert.deepEqual([skip.href, skip.visible], ['#main', true], `${path}: skip link first and visible`);
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main', `${path}: focus moved to the content`);
    // The next stops are the content's, in document order (no tabindex reorders them), each drawn visibly.
    let previous: number | null = null;
    let inMain = 0;
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      const stop = await focused(page);
      assert.ok(stop.visible, `${path}: focus on <${stop.tag}> "${stop.text.slice(0, 40)}" is visible`);
      const position = await page.evaluate(() => {
        const main = document.querySelector('main');
        const active = document.activeElement;
        if (!main || !active || !main.contains(active)) return null;
        return Array.prototype.indexOf.call(main.querySelectorAll('a[href], button, input:not([type="hidden"]), select, textarea, summary'), active);
      });
      if (position === null) break;
      inMain++;
      assert.ok(previous === null || position > previous, `${path}: tab ${i + 1} moves forward in the document`);
      previous = position;
    }
    assert.ok(inMain >= 1, `${path}: the content has at least one stop`);
  }
  await context.close();
});

test('keyboard only: a coordinator logs in, writes a news item and previews it', async () => {
  const context = await demo.browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await page.goto(demo.portal.url + '/personal/logga-in');
  await page.locator('input[name="email"]').focus();
  await page.keyboard.type(demo.portal.coordinator.email);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => (document.activeElement as HTMLInputElement).name), 'password', 'Tab goes from e-mail to password');
  await page.keyboard.type(demo.portal.coordinator.password);
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/personal$/);
  await page.goto(demo.portal.url + '/personal/nyheter/ny');
  await page.locator('[name="title.sv"], [name="title_sv"], [name="titleSv"]').first().focus();
  await page.keyboard.type('Tangentbordsnytt');
  const filled = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
  assert.equal(filled, 'Tangentbordsnytt');
  // Walk forward with Tab to the preview button, as a keyboard user would, and press it.
  let reached = false;
  for (let i = 0; i < 60 && !reached; i++) {
    await page.keyboard.press('Tab');
    const stop = await focused(page);
    assert.ok(stop.visible, `focus on <${stop.tag}> "${stop.text.slice(0, 30)}" is visible`);
    reached = stop.tag === 'button' && /Förhandsgranska/.test(stop.text);
  }
  assert.ok(reached, 'the preview button is reachable by Tab');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  // The preview shows the draft rendered, and the form keeps what was typed; nothing was saved.
  assert.match(await page.locator('main').innerText(), /Tangentbordsnytt/);
  assert.equal(await page.locator('[name="title.sv"]').inputValue(), 'Tangentbordsnytt');
  await context.close();
});

test('reflow: at 320 CSS pixels no page scrolls sideways, and text at 200 % still fits', async () => {
  const context = await demo.browser.newContext({ viewport: { width: 320, height: 640 }, bypassCSP: true });
  const page = await context.newPage();
  const wide: string[] = [];
  for (const path of ['/', '/bibliotek', '/bibliotek/krokom-bokbuss', '/evenemang', eventPath, '/nyheter', '/e-tjanster', '/tillganglighet', '/sok?q=jazz']) {
    await page.goto(demo.portal.url + path);
    if (await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1)) wide.push(`${path} at 320 px`);
  }
  await page.setViewportSize({ width: 640, height: 800 });
  for (const path of ['/', '/bibliotek/ostersund-stadsbiblioteket', '/evenemang', '/e-tjanster']) {
    await page.goto(demo.portal.url + path);
    await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
    if (await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1)) wide.push(`${path} with text at 200 %`);
  }
  assert.deepEqual(wide, []);
  await context.close();
});

test('without JavaScript: filter events by audience, open a library, report an accessibility problem', async () => {
  const context = await demo.browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
  const page = await context.newPage();
  await page.goto(demo.portal.url + '/evenemang');
  await page.locator('input[name="audience"][value="children"]').check();
  await page.locator('main form[method="get"] button[type="submit"]').first().click();
  await page.waitForURL(/audience=children/);
  assert.ok((await page.locator('main a[href^="/evenemang/e-"]').count()) > 0, 'children\'s events are listed');
  await page.goto(demo.portal.url + '/bibliotek');
  await page.locator('main a[href="/bibliotek/krokom"]').first().click();
  await page.waitForURL(/\/bibliotek\/krokom$/);
  assert.ok(await page.getByRole('heading', { level: 1 }).isVisible());
  await page.goto(demo.portal.url + '/tillganglighet');
  await page.locator('textarea').first().fill('Kontrasten på knappen är för låg.');
  await page.locator('form[method="post"] button[type="submit"]').first().click();
  await page.waitForLoadState('load');
  assert.match(page.url(), /tack=1/);
  assert.ok(await page.locator('[role="status"]').isVisible());
  await context.close();
});

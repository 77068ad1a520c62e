// The county's law-required pages and the e-services as the demo seeds them: real text, each page a staff member could
// save unchanged, nothing invented presented as real (no phone numbers or e-mail addresses; made-up services say so).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SYSTEM_PAGES } from '../../core/content.ts';
import type { Library } from '../../core/types.ts';
import { eserviceSchema, pageSchema } from '../../services/content/content.schemas.ts';
import { demoConfig } from '../demo-config.ts';
import { demoEServices } from './demo-eservices.ts';
import { demoPages } from './demo-pages.ts';

const libraries = demoConfig.libraries as unknown as readonly Library[];

test('every system page, county-owned and published, real (not demo), and valid for the staff editor', () => {
  const pages = demoPages();
  assert.deepEqual(pages.map((p) => p.slug).sort(), Object.values(SYSTEM_PAGES).map((s) => s.sv).sort());
  for (const page of pages) {
    assert.equal(page.library, null);
    assert.equal(page.status, 'published');
    assert.ok(!page.demo, `${page.slug} is real text`);
    const checked = pageSchema(libraries).safeParse(page);
    assert.ok(checked.success, `${page.slug}: ${JSON.stringify(checked.error?.issues)}`);
    assert.doesNotMatch(page.body.sv + (page.body.en ?? ''), /@|\+46|\b0\d{1,3}[- ]\d{2,3}/, `${page.slug} invents no contact details`);
  }
});

test('the accessibility statement says what DOS-lagen asks: compliance, what is tested, known problems, how to report, Digg', () => {
  const { body } = demoPages().find((p) => p.slug === SYSTEM_PAGES.accessibility.sv)!;
  for (const part of ['2018:1937', 'delvis förenlig', 'WCAG 2.1', 'axe-core', 'tangentbordet', 'PDF', 'formuläret', 'Myndigheten för digital förvaltning (Digg)', '29 november 2026']) {
    assert.ok(body.sv.includes(part), part);
  }
  for (const part of ['2018:1937', 'partially complies', 'axe-core', 'Agency for Digital Government (Digg)']) assert.ok(body.en!.includes(part), part);
});

test('the privacy page: loans never stored (OSL 40:3), PIN never stored, only the CSRF and staff cookies', () => {
  const { body } = demoPages().find((p) => p.slug === SYSTEM_PAGES.privacy.sv)!;
  for (const part of ['40 kap. 3 §', 'PIN-kod', 'samverka_csrf', 'samverka_staff', 'inga analysverktyg']) assert.ok(body.sv.includes(part), part);
});

test('the South Sámi page is written in South Sámi (one language, no English), titled in Swedish and English', () => {
  const page = demoPages().find((p) => p.slug === SYSTEM_PAGES.southSami.sv)!;
  assert.equal(page.language, 'sma');
  assert.equal(page.body.en, undefined);
  assert.match(page.body.sv, /gærjagåetie/);
  assert.deepEqual(page.title, { sv: 'Sydsamiska', en: 'South Sámi' });
});

test('e-services: Elib for every member and Viddla for Härjedalen are real; the made-up ones say so and lead nowhere real', () => {
  const services = demoEServices();
  const elib = services.find((s) => s.name === 'Elib')!;
  assert.equal(elib.url, 'https://jamtlandharjedalen.elib.se');
  assert.deepEqual(elib.forLibraries, []);
  assert.match(elib.terms!.sv, /2 e-böcker per vecka\. Lånetiden är 4 veckor\./);
  const viddla = services.find((s) => s.name === 'Viddla')!;
  assert.deepEqual(viddla.forLibraries, ['harjedalen']);
  assert.match(viddla.terms!.sv, /10 filmer per månad\. Varje film kan ses i 48 timmar\./);
  assert.ok(!elib.demo && !viddla.demo);
  const made = services.filter((s) => s.demo);
  assert.ok(made.length >= 2 && made.length <= 3);
  for (const s of made) assert.match(s.url, /^https:\/\/example\.org\//, s.name);
  for (const s of services) {
    const checked = eserviceSchema(libraries).safeParse(s);
    assert.ok(checked.success, `${s.name}: ${JSON.stringify(checked.error?.issues)}`);
  }
});

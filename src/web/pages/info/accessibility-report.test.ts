// The accessibility statement's report form: CSRF-protected, checked field by field with the error beside its field,
// and on success a redirect to a thank-you status; without a reporting service the page names where to write instead.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { accessibilityReportSchema } from '../../../services/content/profile.schemas.ts';
import { FAKE_LIBRARIES } from '../../../../test/fakes/fake-catalogue.records.ts';
import { fakeContent } from '../../../../test/fakes/fake-content.ts';
import { buildFakeWebApp } from '../../../../test/fakes/fake-web-app.ts';
import { countyPage, libraryProfile } from './info.fixtures.ts';

const clock = () => new Date('2026-12-02T10:00:00+01:00');
const content = fakeContent({
  libraries: FAKE_LIBRARIES, clock, items: [countyPage('p-t', 'tillganglighet', { title: { sv: 'Tillgänglighet', en: 'Accessibility' } })],
});
const reports: unknown[] = [];

let app: FastifyInstance;
before(async () => ({ app } = await buildFakeWebApp({ clock, content, reporting: { report: async (input) => void reports.push(input) } })));
after(() => app.close());
beforeEach(() => void reports.splice(0));

/** Opens the form as a browser does: the CSRF cookie from the response, the token from the hidden field. */
async function openForm(url = '/tillganglighet'): Promise<{ cookie: string; token: string; html: string }> {
  const response = await app.inject(url);
  assert.equal(response.statusCode, 200);
  const cookie = String(response.headers['set-cookie']).split(';')[0]!;
  const token = /name="_csrf" value="([^"]+)"/.exec(response.body)?.[1];
  assert.ok(token, 'the form carries a CSRF token');
  return { cookie, token, html: response.body };
}

function post(url: string, fields: Record<string, string>, cookie?: string) {
  return app.inject({
    method: 'POST', url, payload: new URLSearchParams(fields).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(cookie ? { cookie } : {}) },
  });
}

describe('accessibility report form', () => {
  test('the statement shows a labelled form that posts to itself', async () => {
    const { html } = await openForm();
    assert.match(html, /<h2 id="report-heading">Rapportera en brist i tillgängligheten<\/h2>/);
    assert.match(html, /<form class="a11y-report__form" method="post" action="\/tillganglighet" novalidate>/);
    for (const [id, label] of [['report-page', 'Vilken sida gäller det\\?'], ['report-description', 'Vad är problemet\\?'], ['report-contact', 'Hur når vi dig\\?']]) {
      assert.match(html, new RegExp(`<label class="form-field__label" for="${id}">${label}</label>`));
    }
    assert.match(html, /<textarea id="report-description" name="description" class="form-field__input" maxlength="2000" required aria-describedby="report-description-hint"/);
  });

  test('a report sent without the CSRF token is refused (403) and never reaches the service', async () => {
    const { cookie } = await openForm();
    assert.equal((await post('/tillganglighet', { description: 'Knappen syns inte.' })).statusCode, 403);
    assert.equal((await post('/tillganglighet', { description: 'Knappen syns inte.' }, cookie)).statusCode, 403);
    assert.equal((await post('/tillganglighet', { description: 'Knappen syns inte.', _csrf: 'forged' }, cookie)).statusCode, 403);
    assert.deepEqual(reports, []);
  });

  test('a good report is passed on (empty optional fields as null) and answered with a redirect to a thank-you status', async () => {
    const { cookie, token } = await openForm();
    const response = await post('/tillganglighet', { _csrf: token, pageUrl: '  ', description: ' Sökknappen går inte att nå med tangentbordet. ', contact: '' }, cookie);
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, '/tillganglighet?tack=1#report');
    assert.deepEqual(reports, [{ pageUrl: null, description: 'Sökknappen går inte att nå med tangentbordet.', contact: null }]);
    const thanks = (await app.inject('/tillganglighet?tack=1')).body;
    assert.match(thanks, /<div class="notice notice--status" role="status"><p class="notice__title">Tack! Vi har tagit emot din rapport\.<\/p>/);
    assert.doesNotMatch((await app.inject('/tillganglighet')).body, /role="status"/);
  });

  test('a path on the site becomes a full address; anything else that is not a web address is a field error', async () => {
    const { cookie, token } = await openForm();
    const ok = await post('/tillganglighet', { _csrf: token, pageUrl: '/sok?q=mumin', description: 'Träffarna läses inte upp.', contact: 'anna@example.org' }, cookie);
    assert.equal(ok.statusCode, 303);
    assert.deepEqual(reports, [{ pageUrl: 'http://localhost:80/sok?q=mumin', description: 'Träffarna läses inte upp.', contact: 'anna@example.org' }]);
    assert.ok(accessibilityReportSchema.safeParse(reports[0]).success, 'what the form sends, the reporting service accepts');
    const bad = await post('/tillganglighet', { _csrf: token, pageUrl: 'startsidan', description: 'Något.' }, cookie);
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /<p class="form-field__error" id="report-page-error"><span class="visually-hidden">Fel: <\/span>Skriv sidans webbadress, till exempel https:\/\/… eller \/sok\.<\/p>/);
    assert.equal(reports.length, 1);
  });

  test('a missing description re-renders the form (400) with the error beside the field and the values kept', async () => {
    const { cookie, token } = await openForm();
    const response = await post('/tillganglighet', { _csrf: token, pageUrl: '/sok', description: '   ', contact: 'anna@example.org' }, cookie);
    assert.equal(response.statusCode, 400);
    const html = response.body;
    assert.match(html, /<title>Fel i formuläret: Tillgänglighet – /);
    assert.match(html, /<div class="notice notice--error" role="alert" aria-labelledby="report-errors">.*<a href="#report-description">Skriv vad problemet är\.<\/a>/);
    assert.match(html, /<div class="form-field form-field--invalid"><label class="form-field__label" for="report-description">Vad är problemet\?<\/label><p class="form-field__hint" id="report-description-hint">[^<]*<\/p><p class="form-field__error" id="report-description-error"><span class="visually-hidden">Fel: <\/span>Skriv vad problemet är\.<\/p>/);
    assert.match(html, /aria-describedby="report-description-hint report-description-error" aria-invalid="true"/);
    assert.match(html, /id="report-page" name="pageUrl"[^>]*value="\/sok"/);
    assert.match(html, /id="report-contact" name="contact"[^>]*value="anna@example.org"/);
    assert.doesNotMatch(html, /id="report-page"[^>]*aria-invalid/);
    assert.deepEqual(reports, []);
  });

  test('the length limits are checked on the server, counting a line break as one character as browsers do', async () => {
    const { cookie, token } = await openForm();
    const tooLong = await post('/tillganglighet', { _csrf: token, description: 'x'.repeat(2001) }, cookie);
    assert.equal(tooLong.statusCode, 400);
    assert.match(tooLong.body, /Beskrivningen får vara högst 2\u00a0000 tecken\. Nu är den 2\u00a0001\./);
    const lines = Array.from({ length: 1000 }, () => 'x').join('\r\n');
    assert.equal(lines.length, 2998);
    assert.equal((await post('/tillganglighet', { _csrf: token, description: lines }, cookie)).statusCode, 303);
    assert.equal((reports[0] as { description: string }).description.length, 1999);
  });

  test('a tampered request (a field sent twice) is a 400 page, not a form error', async () => {
    const { cookie, token } = await openForm();
    const response = await app.inject({
      method: 'POST', url: '/tillganglighet', payload: `_csrf=${encodeURIComponent(token)}&description=a&description=b`,
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    });
    assert.equal(response.statusCode, 400);
    assert.doesNotMatch(response.body, /a11y-report__form/);
  });

  test('in English at /en/accessibility, back to the English page', async () => {
    const { cookie, token, html } = await openForm('/en/accessibility');
    assert.match(html, /<label class="form-field__label" for="report-description">What is the problem\?<\/label>/);
    const response = await post('/en/accessibility', { _csrf: token, description: 'The menu is hard to use.' }, cookie);
    assert.equal(response.headers.location, '/en/accessibility?tack=1#report');
    assert.match((await app.inject('/en/accessibility?tack=1')).body, /role="status"><p class="notice__title">Thank you!/);
  });

  test('without a reporting service: no form, but the libraries’ e-mail addresses', async () => {
    const profile = libraryProfile('krokom', { email: 'bibliotek@krokom.example' });
    const { app: plain } = await buildFakeWebApp({ clock, content: fakeContent({ libraries: FAKE_LIBRARIES, clock, libraryProfiles: [profile] }) });
    const html = (await plain.inject('/tillganglighet')).body;
    assert.doesNotMatch(html, /<form class="a11y-report__form"/);
    assert.match(html, /Krokoms bibliotek: <a href="mailto:bibliotek@krokom.example">bibliotek@krokom.example<\/a>/);
    await plain.close();
  });
});

// /stilguide and /en/style-guide: the graphic profile drawn with the site's own parts; colours straight from the
// stylesheet with their contrast; profile colours said to be used or not; never indexed.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { siteCss } from '../../assets.ts';
import { DEFAULT_SITE_PROFILE } from '../../../services/content/empty-content.ts';
import { FAKE_LIBRARIES } from '../../../../test/fakes/fake-catalogue.records.ts';
import { fakeContent } from '../../../../test/fakes/fake-content.ts';
import { buildFakeWebApp } from '../../../../test/fakes/fake-web-app.ts';
import { libraryProfile, okPage, visibleText } from './info.fixtures.ts';

const accent = (library: string, colour: string) => libraryProfile(library, { accent: colour });

let app: FastifyInstance;
before(async () => ({ app } = await buildFakeWebApp({
  content: fakeContent({
    libraries: FAKE_LIBRARIES, site: { ...DEFAULT_SITE_PROFILE, accent: '#ffd24d' },
    libraryProfiles: [accent('krokom', '#7a2e8c'), accent('berg', '#bada55')],
  }),
})));
after(() => app.close());

const page = (url: string) => okPage(app, url);

const text = visibleText;

describe('style guide', () => {
  test('every colour token of the stylesheet with its value and its contrast on white and on the text colour', async () => {
    const html = await page('/stilguide');
    assert.match(html, /<meta name="robots" content="noindex"\/>/);
    assert.match(text(html), /--c-brand #0d4f5c 9,17:1 AA text 1,72:1 Under 3:1/);
    assert.match(text(html), /--c-ink-muted #4a5a61 7,17:1 AA text/);
    assert.match(html, /<rect [^>]*fill="#a8431b"/, 'swatches are SVG fills, not inline styles');
    assert.doesNotMatch(html, /style="/);
    const shown = [...html.matchAll(/<th scope="row"><code>(--c-[a-z-]+)<\/code>/g)].map((m) => m[1]);
    const defined = [...(await siteCss()).matchAll(/^\s*(--c-[a-z-]+): #/gm)].map((m) => m[1]);
    assert.ok(defined.length > 10);
    assert.deepEqual(shown, defined);
  });

  test('profile colours: one too light for white text is said not to be used; each library’s accent listed', async () => {
    const html = text(await page('/stilguide'));
    assert.match(html, /Accentfärg #ffd24d 1,44:1 Under 3:1 används inte \(för låg kontrast eller ogiltigt värde\)/);
    assert.match(html, /Krokoms bibliotek #7a2e8c [\d,]+:1 AA text används/);
    assert.match(html, /Bergs bibliotek #bada55 .* används inte/);
    assert.match(html, /Bräcke bibliotek ingen vald/);
  });

  test('the components, drawn with the real classes: buttons, fields with an error, badges, cards, status lines, notices, search', async () => {
    const html = await page('/stilguide');
    assert.match(html, /<button class="button" type="button">Primär knapp<\/button>/);
    assert.match(html, /<button class="button button--secondary" type="button">/);
    assert.match(html, /<input id="sg-email" name="email" class="form-field__input" aria-describedby="sg-email-error" aria-invalid="true"/);
    assert.match(html, /<span class="badge">Bok<\/span>/);
    assert.match(html, /<li class="library-card">/);
    assert.match(html, /<article class="eservice" aria-labelledby="eservice-style-guide-example">/);
    assert.match(html, /<table class="data-table"><caption>/);
    assert.match(html, /opening-status--open">Öppet nu, personal till 19:00, stänger 22:00</);
    assert.match(html, /opening-status--closed">Stängt, meröppet från i morgon 07:00</);
    assert.match(html, /class="notice notice--status"/);
    assert.match(html, /class="notice notice--error"/);
    assert.match(html, /<form class="search-box search-box--normal" role="search"/);
    assert.equal([...html.matchAll(/<h1[ >]/g)].length, 1);
  });

  test('in English at /en/style-guide', async () => {
    const html = await page('/en/style-guide');
    assert.match(html, /<h1>Style guide<\/h1>/);
    assert.match(text(html), /--c-brand #0d4f5c 9\.17:1 AA text/);
    assert.match(html, /opening-status--open">Open now/);
  });
});

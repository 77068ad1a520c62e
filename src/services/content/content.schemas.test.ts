// The staff forms' rules as staff meet them: every rejection names its field (the page shows it there) with a stable
// code; what a form sends (empty strings, one checkbox, numbers as text, local times) is read as meant.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { z } from 'zod';
import { isSamverkaError } from '../../core/errors.ts';
import { contentSchemas, branchProfileSchema, libraryProfileSchema, siteProfileSchema } from './content.schemas.ts';
import { eserviceInput, eventInput, LIBRARIES, newsInput, pageInput } from './content.fixtures.ts';
import { contrastOnWhite } from './field-schemas.ts';
import { parseInput, type FieldIssue } from './input-issues.ts';

const schemas = contentSchemas(LIBRARIES);

function issuesOf(schema: z.ZodType, input: unknown): FieldIssue[] {
  try {
    parseInput(schema, input);
  } catch (error) {
    assert.ok(isSamverkaError(error, 'bad-request'), String(error));
    return error.details.issues as FieldIssue[];
  }
  assert.fail('expected the input to be rejected');
}

/** The one issue's field and code. */
function rejection(schema: z.ZodType, input: unknown): [string, string] {
  const issues = issuesOf(schema, input);
  assert.equal(issues.length, 1, JSON.stringify(issues));
  return [issues[0]!.field, issues[0]!.code];
}

describe('content forms', () => {
  test('a Swedish title is required, English is optional and an empty English text is left out', () => {
    assert.deepEqual(rejection(schemas.news, newsInput({ title: { sv: '  ', en: 'Only English' } })), ['title.sv', 'required']);
    assert.deepEqual(rejection(schemas.news, newsInput({ title: undefined })), ['title', 'required']);
    const news = parseInput(schemas.news, newsInput({ title: { sv: ' Julstängt ', en: '' } }));
    assert.deepEqual(news.title, { sv: 'Julstängt' });
  });

  test('a summary is plain and short (≤ 300 characters) and a body at most 50,000', () => {
    assert.deepEqual(rejection(schemas.news, newsInput({ summary: { sv: 'x'.repeat(301) } })), ['summary.sv', 'too-long']);
    assert.deepEqual(rejection(schemas.news, newsInput({ body: { sv: 'x'.repeat(50_001) } })), ['body.sv', 'too-long']);
    assert.doesNotThrow(() => parseInput(schemas.news, newsInput({ summary: { sv: 'x'.repeat(300) }, body: { sv: 'x'.repeat(50_000) } })));
  });

  test('links are https only: http, javascript: and non-addresses are refused', () => {
    assert.deepEqual(rejection(schemas.eservice, eserviceInput({ url: 'http://example.se/' })), ['url', 'https-only']);
    assert.deepEqual(rejection(schemas.event, eventInput({ registrationUrl: 'javascript:alert(1)' })), ['registrationUrl', 'https-only']);
    assert.deepEqual(rejection(schemas.eservice, eserviceInput({ url: 'example.se' })), ['url', 'invalid-url']);
    assert.equal(parseInput(schemas.event, eventInput({ registrationUrl: '' })).registrationUrl, null, 'an empty field is no link');
  });

  test('the owner is a member library or the county; publishing ends after it starts', () => {
    assert.deepEqual(rejection(schemas.news, newsInput({ library: 'atlantis' })), ['library', 'unknown-library']);
    assert.equal(parseInput(schemas.news, newsInput({ library: '' })).library, null);
    const window = { publishAt: '2026-12-10T08:00', unpublishAt: '2026-12-01T08:00' };
    assert.deepEqual(rejection(schemas.news, newsInput(window)), ['unpublishAt', 'ends-before-start']);
  });

  test('a publishing time from the form is Stockholm time, stored as UTC', () => {
    const news = parseInput(schemas.news, newsInput({ publishAt: '2026-12-24T08:00', unpublishAt: '2027-06-01T08:00:00+02:00' }));
    assert.equal(news.publishAt, '2026-12-24T07:00:00.000Z');
    assert.equal(news.unpublishAt, '2027-06-01T06:00:00.000Z');
    assert.deepEqual(rejection(schemas.news, newsInput({ publishAt: 'i morgon' })), ['publishAt', 'invalid-date']);
  });
});

describe('event forms', () => {
  test('an event ends after it starts, both real local dates and times', () => {
    assert.deepEqual(rejection(schemas.event, eventInput({ endsAt: '2026-12-03T09:00' })), ['endsAt', 'ends-before-start']);
    assert.deepEqual(rejection(schemas.event, eventInput({ startsAt: '2026-02-30T10:00' })), ['startsAt', 'invalid-date']);
    assert.equal(parseInput(schemas.event, eventInput({ startsAt: '2026-12-03T10:00:00' })).startsAt, '2026-12-03T10:00');
    assert.deepEqual(rejection(schemas.event, eventInput({ startsAt: '2026-12-03T09:00:00Z' })), ['startsAt', 'invalid-date'], 'a wall-clock time has no zone');
  });

  test('a recurrence repeats every 1 to 12 weeks or months, until a date or a number of times, not both', () => {
    const every = (recurrence: Record<string, unknown>) => eventInput({ recurrence: { frequency: 'weekly', interval: 1, until: null, count: null, except: [], ...recurrence } });
    assert.deepEqual(rejection(schemas.event, every({ interval: 13 })), ['recurrence.interval', 'out-of-range']);
    assert.deepEqual(rejection(schemas.event, every({ interval: 0 })), ['recurrence.interval', 'out-of-range']);
    assert.deepEqual(rejection(schemas.event, every({ until: '2027-03-01', count: 5 })), ['recurrence.count', 'until-and-count']);
    assert.deepEqual(rejection(schemas.event, every({ count: 10_000 })), ['recurrence.count', 'out-of-range']);
    assert.deepEqual(rejection(schemas.event, every({ until: '2026-11-01' })), ['recurrence.until', 'out-of-range']);
    assert.deepEqual(rejection(schemas.event, every({ except: ['2026-12-10', '2026-13-01'] })), ['recurrence.except.1', 'invalid-date']);
    const fromForm = parseInput(schemas.event, every({ frequency: 'monthly', interval: '2', count: '6', until: '', except: '2027-02-04' }));
    assert.deepEqual(fromForm.recurrence, { frequency: 'monthly', interval: 2, until: null, count: 6, except: ['2027-02-04'] });
    assert.equal(parseInput(schemas.event, eventInput({ recurrence: { frequency: '' } })).recurrence, null, '"does not repeat"');
  });

  test("a library's event is at one of its own branches; a county event at any; elsewhere needs a place", () => {
    assert.deepEqual(rejection(schemas.event, eventInput({ branch: 'berg-svenstavik' })), ['branch', 'unknown-branch']);
    assert.equal(parseInput(schemas.event, eventInput({ library: null, branch: 'berg-svenstavik' })).branch, 'berg-svenstavik');
    assert.deepEqual(rejection(schemas.event, eventInput({ branch: '', place: { sv: '' } })), ['place', 'place-required']);
    assert.deepEqual(parseInput(schemas.event, eventInput({ branch: '', place: { sv: 'Folkets hus' } })).place, { sv: 'Folkets hus' });
  });

  test('a form with one box ticked sends a string; audiences and categories are lists with at least one', () => {
    assert.deepEqual(parseInput(schemas.event, eventInput({ audiences: 'youth' })).audiences, ['youth']);
    assert.deepEqual(rejection(schemas.event, eventInput({ audiences: [] })), ['audiences', 'required']);
    assert.deepEqual(rejection(schemas.eservice, eserviceInput({ categories: ['ebooks', 'comics'] })), ['categories.1', 'invalid']);
    assert.deepEqual(rejection(schemas.eservice, eserviceInput({ forLibraries: ['krokom', 'atlantis'] })), ['forLibraries.1', 'unknown-library']);
    assert.deepEqual(rejection(schemas.event, eventInput({ capacity: '0' })), ['capacity', 'out-of-range']);
  });
});

describe('page forms', () => {
  test('an address is 1–60 of a–z, 0–9 and -, and a county page may not take one of the site’s own', () => {
    assert.deepEqual(rejection(schemas.page, pageInput({ slug: 'öppet hus' })), ['slug', 'invalid-slug']);
    assert.deepEqual(rejection(schemas.page, pageInput({ slug: 'a'.repeat(61) })), ['slug', 'invalid-slug']);
    for (const reserved of ['sok', 'nyheter', 'en', 'personal', 'api', 'events']) {
      assert.deepEqual(rejection(schemas.page, pageInput({ library: null, slug: reserved })), ['slug', 'reserved-slug'], reserved);
    }
    assert.equal(parseInput(schemas.page, pageInput({ library: null, slug: 'om' })).slug, 'om', 'the system pages are county pages');
    assert.equal(parseInput(schemas.page, pageInput({ slug: 'nyheter' })).slug, 'nyheter', "a library's page lives under its own address");
  });
});

describe('profile forms', () => {
  test('the WCAG contrast ratio on white is computed', () => {
    assert.equal(contrastOnWhite('#000000').toFixed(1), '21.0');
    assert.equal(contrastOnWhite('#ffffff').toFixed(1), '1.0');
    assert.equal(contrastOnWhite('#767676').toFixed(2), '4.54');
    assert.equal(contrastOnWhite('#777777').toFixed(2), '4.48');
  });

  test('a colour is #rrggbb with at least 4.5:1 on white', () => {
    assert.deepEqual(rejection(libraryProfileSchema, { accent: '#777777' }), ['accent', 'low-contrast']);
    assert.deepEqual(rejection(libraryProfileSchema, { accent: 'red' }), ['accent', 'invalid-colour']);
    assert.equal(parseInput(libraryProfileSchema, { accent: '#0D4F5C' }).accent, '#0d4f5c');
    const issues = issuesOf(siteProfileSchema, { primary: '#ffcc00', accent: '#fff' });
    assert.deepEqual(issues.map((i) => [i.field, i.code]), [['primary', 'low-contrast'], ['accent', 'invalid-colour']]);
    assert.match(issues[0]!.message, /1\.\d\d:1/);
  });

  test('e-mail, phone and web addresses have their forms', () => {
    assert.deepEqual(rejection(libraryProfileSchema, { email: 'bibliotek@' }), ['email', 'invalid-email']);
    assert.deepEqual(rejection(libraryProfileSchema, { phone: 'ring oss' }), ['phone', 'invalid-phone']);
    assert.deepEqual(rejection(libraryProfileSchema, { website: 'http://krokom.se' }), ['website', 'https-only']);
    const ok = parseInput(libraryProfileSchema, { phone: '0640-161 00', email: 'bibliotek@example.se', website: '', description: { sv: '', en: '' } });
    assert.deepEqual(ok, { phone: '0640-161 00', email: 'bibliotek@example.se', website: null, accent: null, description: null });
  });

  test('a map position is within the globe; an empty one is none', () => {
    assert.deepEqual(rejection(branchProfileSchema, { geo: { lat: '91', lon: '14.6' } }), ['geo.lat', 'out-of-range']);
    assert.deepEqual(rejection(branchProfileSchema, { geo: { lat: '63.2', lon: '-181' } }), ['geo.lon', 'out-of-range']);
    assert.equal(parseInput(branchProfileSchema, { geo: { lat: '', lon: '' } }).geo, null);
    assert.deepEqual(parseInput(branchProfileSchema, { geo: { lat: '63.3267', lon: '14.5222' } }).geo, { lat: 63.3267, lon: 14.5222 });
  });

  test('opening hours follow the configuration file’s rules and become the core’s OpeningHours', () => {
    const hours = (openingHours: unknown) => ({ openingHours });
    assert.deepEqual(rejection(branchProfileSchema, hours({ schedules: [{ days: { mon: ['10:00-25:00'] } }] })), ['openingHours.schedules.0.days.mon.0', 'invalid']);
    assert.deepEqual(rejection(branchProfileSchema, hours({ schedules: [{ days: { mon: [{ from: '19:00', to: '10:00' }] } }] })), ['openingHours.schedules.0.days.mon.0.to', 'ends-before-start']);
    assert.deepEqual(rejection(branchProfileSchema, hours({ schedules: [] })), ['openingHours.schedules', 'required']);
    assert.deepEqual(rejection(branchProfileSchema, hours({ schedules: [{ days: {} }], exceptions: [{ date: '2026-12-24', to: '2026-12-20', hours: [] }] })), ['openingHours.exceptions.0.to', 'ends-before-start']);
    const parsed = parseInput(branchProfileSchema, hours({
      onHolidays: 'self-service',
      schedules: [{ days: { tue: ['10:00-19:00', { from: '07:00', to: '22:00', service: 'self-service' }] } }],
      exceptions: [{ date: '2026-12-23', hours: ['10:00-15:00'], note: 'Kortare dag' }],
    }));
    assert.deepEqual(parsed.openingHours, {
      demo: false, onHolidays: 'self-service',
      schedules: [{ days: { tue: [{ from: '10:00', to: '19:00', service: 'staffed' }, { from: '07:00', to: '22:00', service: 'self-service' }] } }],
      exceptions: [{ date: '2026-12-23', hours: [{ from: '10:00', to: '15:00', service: 'staffed' }], note: { sv: 'Kortare dag' } }],
      notes: [],
    });
  });

  test('a bus stop ends after it starts; a postal code is written 831 30', () => {
    const stop = { name: 'Hammerdal', place: '', weekday: 'tue', from: '13:00', to: '12:30' };
    assert.deepEqual(rejection(branchProfileSchema, { busStops: [stop] }), ['busStops.0.to', 'ends-before-start']);
    const parsed = parseInput(branchProfileSchema, { address: { street: 'Exempelgatan 1', postalCode: '83130', city: 'Östersund' } });
    assert.deepEqual(parsed.address, { street: 'Exempelgatan 1', postalCode: '831 30', city: 'Östersund' });
    assert.deepEqual(rejection(branchProfileSchema, { address: { street: 'Exempelgatan 1', postalCode: '8313', city: 'Östersund' } }), ['address.postalCode', 'invalid']);
  });

  test('the error message names every bad field', () => {
    assert.throws(() => parseInput(schemas.event, eventInput({ title: { sv: '' }, endsAt: '2026-12-03T09:00', capacity: -1 })), (e) => {
      assert.ok(isSamverkaError(e, 'bad-request'));
      assert.match(e.message, /title\.sv: is required/);
      assert.match(e.message, /capacity: /);
      assert.match(e.message, /endsAt: must be after startsAt/);
      return true;
    });
  });
});

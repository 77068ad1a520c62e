// The message catalogues are complete in both languages, and names, plurals, numbers and dates follow the locale.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AUDIENCES, FORMATS, HOLDING_STATUSES } from '../../core/types.ts';
import { createLocalizers } from './i18n.ts';
import { loadMessages } from './messages.ts';

const { sv, en } = loadMessages() as { sv: any; en: any };

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`])).sort();
}

test('Swedish and English have the same keys, none empty, and name every format, audience and status', () => {
  assert.deepEqual(keys(en), keys(sv));
  for (const catalogue of [sv, en]) {
    for (const key of keys(catalogue)) assert.notEqual(key.split('.').reduce((o: any, k) => o[k], catalogue), '', key);
    for (const f of FORMATS) assert.ok(f in catalogue.format, f);
    for (const a of AUDIENCES) assert.ok(a in catalogue.audience, a);
    for (const s of HOLDING_STATUSES) assert.ok(s in catalogue.status, s);
  }
});

test('names, plurals, lists, numbers and dates in each language', async () => {
  const { sv: s, en: e } = await createLocalizers();
  assert.deepEqual([s.formatName('talking-book'), e.formatName('talking-book')], ['Talbok', 'Talking book']);
  assert.deepEqual([s.languageName('sma'), e.languageName('sme')], ['sydsamiska', 'Northern Sami']);
  assert.equal(s.languageName('ger'), 'tyska');
  assert.equal(s.languageName('ita'), 'italienska', 'codes outside the catalogue come from Intl');
  assert.equal(s.languageName('q9!'), 'q9!', 'an unknown code is shown as it is');
  assert.deepEqual([s.t('hit.records', { count: 1 }), s.t('hit.records', { count: 2 })], ['1 katalogpost', '2 katalogposter']);
  assert.deepEqual([e.t('hit.records', { count: 1 }), e.t('hit.records', { count: 2 })], ['1 catalogue record', '2 catalogue records']);
  assert.deepEqual([s.list(['Krokom', 'Åre', 'Berg']), e.list(['Krokom', 'Åre', 'Berg'])], ['Krokom, Åre och Berg', 'Krokom, Åre and Berg']);
  assert.deepEqual([s.number(12345), e.number(12345)], ['12\u00a0345', '12,345']);
  assert.deepEqual([s.date('2026-03-20'), e.date('2026-03-20')], ['20 mars 2026', '20 Mar 2026']);
  assert.equal(s.dateTime('2026-07-01T10:00:00Z'), '1 juli 2026 12:00', 'timestamps are shown in Swedish time');
  assert.deepEqual([s.date('soon'), s.dateTime('2026-13-45T99:00')], ['soon', '2026-13-45T99:00']);
  const now = '2026-07-03T10:00:00Z';
  assert.deepEqual([s.ago('2026-07-03T07:10:00Z', now), e.ago('2026-07-03T07:10:00Z', now)], ['för 3 timmar sedan', '3 hours ago']);
  assert.deepEqual([s.ago('2026-07-03T09:59:30Z', now), s.ago('2026-07-01T08:00:00Z', now), s.ago('soon', now)], ['för 30 sekunder sedan', 'för 2 dagar sedan', 'soon']);
  assert.equal(s.t('search.heading', { q: 'Tom & Jerry' }), 'Sökresultat för ”Tom & Jerry”', 'no double escaping');
});

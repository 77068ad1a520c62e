// The demo's news: made up and labelled so, published over the past six weeks whatever the day, from the county and
// several members, in Swedish and English.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Library } from '../../core/types.ts';
import { newsSchema } from '../../services/content/content.schemas.ts';
import { demoConfig } from '../demo-config.ts';
import { demoNews } from './demo-news.ts';

test('about eight demo news items over the past six weeks, from the county and members, in both languages', () => {
  const now = Date.parse('2026-12-02T12:00:00+01:00');
  const news = demoNews('2026-12-02');
  assert.ok(news.length >= 6 && news.length <= 10);
  assert.equal(new Set(news.map((n) => n.id)).size, news.length);
  for (const n of news) {
    assert.equal(n.demo, true);
    const at = Date.parse(n.publishAt!);
    assert.ok(at <= now && at >= now - 42 * 86_400_000, `${n.id} published ${n.publishAt}`);
    assert.match(n.publishAt!, /Z$/, 'a UTC timestamp, comparable as text');
    assert.ok(n.library === null || demoConfig.libraries.some((l) => l.id === n.library), n.id);
    for (const text of [n.title, n.summary, n.body]) assert.ok(text.sv && text.en, `${n.id} in both languages`);
    const checked = newsSchema(demoConfig.libraries as unknown as readonly Library[]).safeParse(n);
    assert.ok(checked.success, `${n.id} passes the staff editor's validation: ${JSON.stringify(checked.error?.issues)}`);
  }
  assert.ok(news.some((n) => n.library === null) && new Set(news.map((n) => n.library)).size >= 5);
});

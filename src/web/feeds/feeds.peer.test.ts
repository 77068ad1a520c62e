// Our feeds read by independent parsers: Python's `icalendar` (with dateutil expanding the RRULE and EXDATE, compared
// date for date with our own recurrence engine) and `feedparser` for Atom and RSS. Debian packages python3-icalendar
// and python3-feedparser; without them the suite is skipped, saying so.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { eventOccurrences } from '../../core/events/recurrence.ts';
import { buildEventsNewsApp, EVENTS, NEWS } from '../pages/events/events-news.fixtures.ts';

const PYTHON = '/usr/bin/python3';
const probe = spawnSync(PYTHON, ['-c', 'import icalendar, feedparser, dateutil'], { encoding: 'utf8' });
const skip = probe.status === 0 ? false : 'needs /usr/bin/python3 with icalendar and feedparser (apt-get install python3-icalendar python3-feedparser)';

function python(script: string, input: string): any {
  const run = spawnSync(PYTHON, ['-c', script], { input, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout);
}

const READ_CALENDAR = `
import sys, json, icalendar
from dateutil.rrule import rrulestr
cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
out = []
for ev in cal.walk('VEVENT'):
    start = ev.decoded('DTSTART')
    dates = [start]
    if ev.get('RRULE'):
        text = 'RRULE:' + ev['RRULE'].to_ical().decode()
        rules = rrulestr(text, dtstart=start, forceset=True)
        ex = ev.get('EXDATE')
        for group in (ex if isinstance(ex, list) else [ex] if ex else []):
            for d in group.dts:
                rules.exdate(d.dt)
        # dateutil keeps pytz's offset of the first date; the wall-clock time is right, so localize it again.
        zone = start.tzinfo
        dates = [zone.localize(d.replace(tzinfo=None)) if hasattr(zone, 'localize') else d for d in rules[:24]]
    out.append({'uid': str(ev['UID']), 'status': str(ev.get('STATUS')), 'summary': str(ev['SUMMARY']),
                'tz': str(start.tzinfo), 'dates': [d.isoformat() for d in dates]})
print(json.dumps(out))
`;

const READ_FEED = `
import sys, json, html, feedparser
d = feedparser.parse(sys.stdin.buffer.read())
print(json.dumps({'bozo': d.bozo, 'error': str(d.get('bozo_exception', '')), 'version': d.version, 'title': d.feed.get('title'),
                  # A title declared HTML is HTML: a reader shows it unescaped.
                  'entries': [{'title': html.unescape(e.title) if e.title_detail.type == 'text/html' else e.title, 'link': e.get('link'), 'id': e.get('id'), 'published': e.get('published')} for e in d.entries]}))
`;

describe('feeds read by independent parsers', { skip }, () => {
  let app: FastifyInstance;
  before(async () => { app = await buildEventsNewsApp([...EVENTS, ...NEWS]); });
  after(() => app?.close());

  test('icalendar + dateutil expand each series to exactly our occurrences, in Stockholm time', async () => {
    const events: { uid: string; status: string; summary: string; tz: string; dates: string[] }[] = python(READ_CALENDAR, (await app.inject('/evenemang.ics')).body);
    assert.equal(events.length, 7);
    for (const event of EVENTS.filter((e) => e.status === 'published')) {
      const parsed = events.find((e) => e.uid === `${event.id}@localhost`)!;
      assert.ok(parsed, event.id);
      assert.equal(parsed.tz, 'Europe/Stockholm');
      const ours = eventOccurrences(event, event.startsAt.slice(0, 10), '2027-12-31').slice(0, 24).map((o) => o.start);
      assert.deepEqual(parsed.dates, ours, `${event.id}: the same dates`);
    }
    assert.equal(events.find((e) => e.uid === 'e-cancelled@localhost')!.status, 'CANCELLED');
    assert.equal(events.find((e) => e.uid === 'e-biweekly@localhost')!.summary, 'Digitalt café; hjälp, råd \\ stöd');
  });

  for (const [url, version] of [['/nyheter.atom', 'atom10'], ['/nyheter.rss', 'rss20'], ['/en/libraries/krokom/news.atom', 'atom10']] as const) {
    test(`feedparser reads ${url} as ${version} without complaint`, async () => {
      const feed = python(READ_FEED, (await app.inject(url)).body);
      assert.ok(!feed.bozo, feed.error);
      assert.equal(feed.version, version);
      assert.ok(feed.entries.length >= 2);
      const krokom = feed.entries.find((e: { link: string }) => e.link.endsWith('/n-krokom'));
      assert.equal(krokom.title, 'Krokom & "vänner" <3 ]]> slut', 'the title as written, whatever the format');
      assert.ok(krokom.published, 'a publication date');
    });
  }
});

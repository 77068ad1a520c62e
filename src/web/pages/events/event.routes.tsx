// /evenemang and /evenemang/{id} in both languages: validate → read the content port → render.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { EventItem, EventOccurrence } from '../../../core/content.ts';
import { errors } from '../../../core/errors.ts';
import { minuteOfClock, stockholmIso, stockholmWallTime } from '../../../core/opening-hours/stockholm-time.ts';
import { LOCALES } from '../../i18n/i18n.ts';
import { pageContext, sendPage, siteOrigin, type Site } from '../site.ts';
import { PATHS } from '../urls.ts';
import { branchAddress } from './event-parts.tsx';
import { parseEventQuery, toEventFilter } from './event-query.ts';
import { EventPage } from './event.page.tsx';
import { EventsPage } from './events.page.tsx';

/** Content ids are opaque and URL-safe; anything else cannot be one, and is simply not found. */
export const contentIdSchema = z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/) });
export const NEXT_OCCURRENCES = 10;

export function registerEventPages(app: FastifyInstance, site: Site): void {
  for (const locale of LOCALES) {
    app.get(PATHS[locale].events, async (request, reply) => {
      const ctx = pageContext(site, locale, request.url);
      const today = stockholmWallTime(site.clock()).date;
      const query = parseEventQuery(request.query, ctx.libraries.map((l) => l.id), today);
      const result = await site.content.events(toEventFilter(query));
      return sendPage(reply, <EventsPage ctx={ctx} query={query} result={result} today={today} />);
    });

    app.get(`${PATHS[locale].event}:id`, async (request, reply) => {
      const event = await findEvent(site, request.params);
      const now = site.clock();
      const upcoming = site.content.occurrences(event, now.toISOString(), NEXT_OCCURRENCES);
      const ctx = pageContext(site, locale, request.url);
      return sendPage(reply, (
        <EventPage ctx={ctx} event={event} upcoming={upcoming} first={firstOccurrence(event)} today={stockholmWallTime(now).date}
          origin={siteOrigin(site, request)} address={branchAddress(await site.content.libraries(), event)} />
      ));
    });
  }
}

/** A published event by its id in the route's parameters; a 404 for anything else. */
export async function findEvent(site: Site, params: unknown): Promise<EventItem> {
  const parsed = contentIdSchema.safeParse(params);
  const event = parsed.success ? await site.content.event(parsed.data.id) : null;
  if (event === null) throw errors.notFound('Event', parsed.success ? parsed.data.id : '(malformed id)');
  return event;
}

/** The first occurrence as written, with Stockholm's offset of that day. */
export function firstOccurrence(event: EventItem): EventOccurrence {
  const at = (local: string) => stockholmIso(local.slice(0, 10), minuteOfClock(local.slice(11, 16)) ?? 0);
  return { event, start: at(event.startsAt), end: at(event.endsAt) };
}

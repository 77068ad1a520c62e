// schema.org Event for an event page, so search engines and calendars read when, where and for whom it is. A series
// carries its next occurrence as startDate/endDate and its rhythm as eventSchedule (with cancelled dates excepted).
import type { EventItem, EventOccurrence, PostalAddress } from '../../../core/content.ts';
import type { Locale } from '../../i18n/i18n.ts';
import { shownText } from '../news/localized-text.ts';
import { PATHS } from '../urls.ts';

export interface EventJsonLdInput {
  readonly event: EventItem;
  /** The occurrence the page leads with: the next one, or the first when all are past. */
  readonly occurrence: EventOccurrence;
  readonly locale: Locale;
  readonly origin: string;
  /** Who arranges it: the owner library, or the cooperation for a county event; `href` site-relative. */
  readonly organizer: { readonly type: 'Library' | 'Organization'; readonly name: string; readonly href: string };
  readonly placeName: string;
  readonly address: PostalAddress | null;
}

const AUDIENCE_TYPE: Record<string, string> = { children: 'children', youth: 'teenagers', adults: 'adults', all: 'general public' };
const BY_DAY = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export function eventJsonLd(input: EventJsonLdInput): Record<string, unknown> {
  const { event, occurrence, locale, origin } = input;
  const text = (value: EventItem['title']) => shownText(value, locale).text;
  const url = `${origin}${PATHS[locale].event}${encodeURIComponent(event.id)}`;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': url,
    url,
    name: text(event.title),
    description: text(event.summary),
    startDate: occurrence.start,
    endDate: occurrence.end,
    eventStatus: event.cancelled ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    isAccessibleForFree: true,
    inLanguage: shownText(event.title, locale).lang ?? locale,
    location: {
      '@type': 'Place',
      name: input.placeName,
      ...(input.address && {
        address: { '@type': 'PostalAddress', streetAddress: input.address.street, postalCode: input.address.postalCode, addressLocality: input.address.city, addressCountry: 'SE' },
      }),
    },
    organizer: { '@type': input.organizer.type, name: input.organizer.name, url: origin + input.organizer.href },
    audience: event.audiences.map((a) => ({ '@type': 'Audience', audienceType: AUDIENCE_TYPE[a] ?? a })),
    ...(event.registrationUrl !== null && /^https?:\/\//i.test(event.registrationUrl) && { offers: { '@type': 'Offer', url: event.registrationUrl, price: 0, priceCurrency: 'SEK' } }),
    ...(event.capacity !== null && { maximumAttendeeCapacity: event.capacity }),
    ...(event.recurrence !== null && { eventSchedule: schedule(event) }),
  };
}

function schedule(event: EventItem): Record<string, unknown> {
  const rule = event.recurrence!;
  const first = event.startsAt.slice(0, 10);
  const weekday = BY_DAY[(new Date(`${first}T12:00:00Z`).getUTCDay() + 6) % 7]!;
  return {
    '@type': 'Schedule',
    scheduleTimezone: 'Europe/Stockholm',
    startDate: first,
    ...(rule.until !== null && { endDate: rule.until }),
    ...(rule.count !== null && { repeatCount: rule.count }),
    repeatFrequency: rule.frequency === 'weekly' ? `P${rule.interval}W` : `P${rule.interval}M`,
    byDay: `https://schema.org/${weekday}`,
    ...(rule.frequency === 'monthly' && { byMonthWeek: Math.floor((Number(first.slice(8)) - 1) / 7) + 1 }),
    startTime: `${event.startsAt.slice(11, 16)}:00`,
    endTime: `${event.endsAt.slice(11, 16)}:00`,
    ...(rule.except.length > 0 && { exceptDate: rule.except }),
  };
}

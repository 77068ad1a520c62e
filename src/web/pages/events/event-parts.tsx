// Pieces the events list and the event page share: where an event is, for whom, and the marks for cancelled and demo.
import type { EventItem, PostalAddress } from '../../../core/content.ts';
import type { LibraryView } from '../../../services/content/content-reader.ts';
import { shownText } from '../news/localized-text.ts';
import { libraryName, type PageContext } from '../page-context.ts';
import { libraryHref } from '../urls.ts';

export interface EventPlace {
  readonly branch: { readonly id: string; readonly name: string } | null;
  /** The owner library's name when the branch's name does not already say it; null for a county event. */
  readonly library: string | null;
  readonly place: ReturnType<typeof shownText> | null;
}

/** Where: the branch (of the owner, or of any member for a county event), its library, and the place text. */
export function eventPlace(ctx: PageContext, event: EventItem): EventPlace {
  const owner = event.branch === null ? undefined : ctx.libraries.find((l) => l.branches.some((b) => b.id === event.branch));
  const branch = owner?.branches.find((b) => b.id === event.branch);
  const libraryId = owner?.id ?? event.library;
  const library = libraryId === null ? null : libraryName(ctx, libraryId);
  return {
    branch: branch ? { id: branch.id, name: branch.name } : null,
    library: branch?.name === library ? null : library,
    place: event.place ? shownText(event.place, ctx.locale) : null,
  };
}

/** "Sagorummet, Stadsbiblioteket, Östersunds bibliotek" in plain text, for JSON-LD and calendars. */
export function placeName(ctx: PageContext, event: EventItem): string {
  const { branch, library, place } = eventPlace(ctx, event);
  return [place?.text, branch?.name, library].filter(Boolean).join(', ') || ctx.l.t('events.countyWide');
}

/** The postal address of the event's branch, when its profile knows it. */
export function branchAddress(libraries: readonly LibraryView[], event: EventItem): PostalAddress | null {
  if (event.branch === null) return null;
  for (const view of libraries) {
    const found = view.branches.find((b) => b.branch.id === event.branch);
    if (found) return found.profile?.address ?? null;
  }
  return null;
}

/** "Sagorummet, Stadsbiblioteket, Östersunds bibliotek", the branch a link to its page. */
export function PlaceText({ ctx, event }: { readonly ctx: PageContext; readonly event: EventItem }) {
  const { branch, library, place } = eventPlace(ctx, event);
  const parts = [
    place && <span lang={place.lang}>{place.text}</span>,
    branch && <a href={libraryHref(ctx.locale, branch.id)}>{branch.name}</a>,
    library,
  ].filter(Boolean);
  if (parts.length === 0) return <>{ctx.l.t('events.countyWide')}</>;
  return <>{parts.map((part, i) => [i > 0 && ', ', part])}</>;
}

export function AudienceBadges({ ctx, event }: { readonly ctx: PageContext; readonly event: EventItem }) {
  return (
    <>
      {event.audiences.map((audience) => <span class={`badge event-audience event-audience--${audience}`}>{ctx.l.t(`events.audience.${audience}`)}</span>)}
    </>
  );
}

export function CancelledMark({ ctx }: { readonly ctx: PageContext }) {
  return <strong class="event-cancelled">{ctx.l.t('events.cancelled')}</strong>;
}

export function DemoMark({ ctx }: { readonly ctx: PageContext }) {
  return <span class="demo-mark">{ctx.l.t('events.demo')}</span>;
}

/** A JSON-LD block: `<` is written \u003c so no text inside can end the script element. */
export function JsonLd({ data }: { readonly data: object }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, '\\u003c') }} />;
}

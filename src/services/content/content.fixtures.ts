// Shared by the content service's tests: three member libraries, staff of each kind, a fixed clock and a valid form
// input of each kind of content (tests change one field at a time). Made-up test data, never shown on a site.
import type { Actor } from '../../core/content.ts';
import type { Library } from '../../core/types.ts';

/** Wednesday 2 December 2026, 10:00 in Stockholm. */
export const NOW = new Date('2026-12-02T10:00:00+01:00');

const WEEKDAY_HOURS = { schedules: [{ days: { mon: [{ from: '10:00', to: '19:00', service: 'staffed' as const }] } }] };

export const LIBRARIES: readonly Library[] = [
  { id: 'krokom', name: 'Krokoms bibliotek', branches: [{ id: 'krokom-krokom', name: 'Krokoms bibliotek' }, { id: 'krokom-follinge', name: 'Föllinge bibliotek' }] },
  { id: 'berg', name: 'Bergs bibliotek', branches: [{ id: 'berg-svenstavik', name: 'Svenstaviks bibliotek' }] },
  { id: 'ostersund', name: 'Östersunds bibliotek', branches: [{ id: 'ostersund-stadsbiblioteket', name: 'Stadsbiblioteket', openingHours: WEEKDAY_HOURS }] },
];

export const COORDINATOR: Actor = { id: 'staff-1', email: 'samordnare@example.se', role: 'coordinator', library: null };
export const KROKOM_EDITOR: Actor = { id: 'staff-2', email: 'redaktor.krokom@example.se', role: 'editor', library: 'krokom' };
export const BERG_EDITOR: Actor = { id: 'staff-3', email: 'redaktor.berg@example.se', role: 'editor', library: 'berg' };
export const EDITOR_WITHOUT_LIBRARY: Actor = { id: 'staff-4', email: 'ny@example.se', role: 'editor', library: null };

export function newsInput(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    library: 'krokom', status: 'published', publishAt: null, unpublishAt: null,
    title: { sv: 'Nya öppettider i Krokom', en: 'New opening hours in Krokom' },
    summary: { sv: 'Från januari har biblioteket öppet längre på tisdagar.' },
    body: { sv: 'Vi har **öppet** till 19 på tisdagar.' },
    image: null,
    ...fields,
  };
}

export function eventInput(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    library: 'krokom', status: 'published', publishAt: null, unpublishAt: null,
    title: { sv: 'Sagostund' }, summary: { sv: 'Sagor för barn 3–6 år.' }, body: { sv: '' },
    startsAt: '2026-12-03T10:00', endsAt: '2026-12-03T10:45', recurrence: null,
    branch: 'krokom-krokom', place: null, audiences: ['children'], type: 'storytime',
    registrationUrl: null, capacity: null, cancelled: false, image: null,
    ...fields,
  };
}

export function pageInput(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    library: 'krokom', status: 'published', publishAt: null, unpublishAt: null,
    slug: 'meroppet', title: { sv: 'Meröppet' }, body: { sv: 'Så fungerar meröppet.' }, language: null,
    ...fields,
  };
}

export function eserviceInput(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    library: null, status: 'published', publishAt: null, unpublishAt: null,
    name: 'Exempeltjänst', description: { sv: 'E-böcker att låna.' }, categories: ['ebooks'],
    url: 'https://example.se/e-bocker', forLibraries: [], access: 'remote', terms: null, image: null,
    ...fields,
  };
}

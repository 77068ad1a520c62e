// The staff menu: only the sections the actor may use (asked of the policy module), the current one marked.
import type { Actor } from '../../core/content.ts';
import { can } from '../../services/policy.ts';
import type { Locale } from '../i18n/i18n.ts';
import type { PageContext } from '../pages/page-context.ts';
import type { StaffSection } from './staff-frame.tsx';
import { STAFF_PATHS } from './staff-paths.ts';

/** Whether the actor may open a section at all (an editor without a library may open only the start page). */
export function maySee(actor: Actor, section: StaffSection): boolean {
  const own = actor.library;
  switch (section) {
    case 'home':
      return true;
    case 'news':
    case 'events':
    case 'pages':
    case 'eservices':
      return can(actor, { action: 'content.edit', library: own });
    case 'libraries':
    case 'images':
      return actor.role === 'coordinator' || (own !== null && can(actor, { action: 'library.edit', library: own }));
    case 'audit':
      return can(actor, { action: 'audit.read', library: own });
    case 'accounts':
      return can(actor, { action: 'staff.manage' });
    case 'profile':
      return can(actor, { action: 'site.edit' });
    case 'reports':
      return can(actor, { action: 'reports.read' });
  }
}

const MENU_ORDER: readonly StaffSection[] = ['home', 'news', 'events', 'pages', 'eservices', 'libraries', 'images', 'audit', 'accounts', 'profile', 'reports'];

/** A section's address; an editor's "library" entry leads straight to their own library. */
export function sectionHref(locale: Locale, section: StaffSection, actor: Actor): string {
  const paths = STAFF_PATHS[locale];
  if (section === 'libraries') return actor.role === 'coordinator' || !actor.library ? paths.libraries.slice(0, -1) : paths.libraries + actor.library;
  return paths[section];
}

export function StaffMenu({ ctx, actor, section }: { readonly ctx: PageContext; readonly actor: Actor; readonly section?: StaffSection }) {
  const { l } = ctx;
  return (
    <nav class="staff-menu" aria-label={l.t('staff.menu.label')}>
      <ul class="wrap staff-menu__list">
        {MENU_ORDER.filter((entry) => maySee(actor, entry)).map((entry) => (
          <li>
            <a class="staff-menu__link" href={sectionHref(ctx.locale, entry, actor)} aria-current={entry === section ? 'page' : undefined}>
              {l.t(`staff.menu.${entry}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

// The staff start page (/personal): what waits for the actor (drafts, scheduled items), quick links, the latest lines
// of the audit log they may read and, for a coordinator, the open accessibility reports.
import type { FastifyInstance } from 'fastify';
import { CONTENT_KINDS, type Actor, type ContentKind } from '../../core/content.ts';
import type { ContentEditor } from '../../services/content/content-editor.ts';
import { can } from '../../services/policy.ts';
import { LOCALES } from '../i18n/i18n.ts';
import { sendPage } from '../pages/site.ts';
import { DashboardPage, type Dashboard } from './dashboard.page.tsx';
import { actorOf, staffFrame, type StaffSite } from './staff-frame.tsx';
import { STAFF_PATHS } from './staff-paths.ts';

const RECENT_AUDIT_LINES = 8;
/** Scheduled items are published items with a future publishAt; this many of the newest are looked at per kind. */
const SCHEDULED_SCAN = 200;

export async function dashboardOf(editor: ContentEditor, actor: Actor, now: Date): Promise<Dashboard> {
  const library = actor.role === 'coordinator' ? undefined : actor.library;
  const mayEdit = can(actor, { action: 'content.edit', library: actor.library });
  const counts = mayEdit ? await Promise.all(CONTENT_KINDS.map((kind) => countsOf(editor, actor, kind, library, now))) : [];
  const audit = can(actor, { action: 'audit.read', library: actor.library })
    ? await editor.auditLog(actor, { library, limit: RECENT_AUDIT_LINES })
    : [];
  const openReports = can(actor, { action: 'reports.read' })
    ? (await editor.accessibilityReports(actor)).filter((r) => !r.handled).length
    : null;
  return { counts, audit, openReports };
}

async function countsOf(editor: ContentEditor, actor: Actor, kind: ContentKind, library: string | null | undefined, now: Date) {
  const scope = library === undefined ? {} : { library };
  const [drafts, published] = await Promise.all([
    editor.list(actor, { kind, ...scope, status: 'draft', limit: 1 }),
    editor.list(actor, { kind, ...scope, status: 'published', limit: SCHEDULED_SCAN }),
  ]);
  const at = now.toISOString();
  const scheduled = published.items.filter((item) => item.publishAt !== null && item.publishAt > at).length;
  return { kind, drafts: drafts.total, scheduled };
}

export function registerDashboardRoutes(scope: FastifyInstance, site: StaffSite): void {
  for (const locale of LOCALES) {
    scope.get(STAFF_PATHS[locale].home, async (request, reply) => {
      const dashboard = await dashboardOf(site.staff.editor, actorOf(request), site.clock());
      return sendPage(reply, <DashboardPage frame={staffFrame(site, locale, request, reply)} dashboard={dashboard} />);
    });
  }
}

// The staff start page: what waits (drafts and scheduled items per kind), what to do next, what happened lately.
import type { AuditEntry, ContentKind } from '../../core/content.ts';
import { libraryName } from '../pages/page-context.ts';
import { PATHS } from '../pages/urls.ts';
import { AuditTable } from './audit.page.tsx';
import { StaffLayout, type StaffFrame, type StaffSection } from './staff-frame.tsx';
import { maySee, sectionHref } from './staff-menu.tsx';
import { NEW_ITEM, STAFF_PATHS } from './staff-paths.ts';

export interface Dashboard {
  /** Per kind the actor may edit; empty when they may edit none. */
  readonly counts: readonly { readonly kind: ContentKind; readonly drafts: number; readonly scheduled: number }[];
  readonly audit: readonly AuditEntry[];
  /** Unhandled accessibility reports; null when the actor may not read them. */
  readonly openReports: number | null;
}

const SECTION_OF: Record<ContentKind, StaffSection> = { news: 'news', event: 'events', page: 'pages', eservice: 'eservices' };

export function DashboardPage({ frame, dashboard }: { readonly frame: StaffFrame; readonly dashboard: Dashboard }) {
  const { ctx, actor } = frame;
  const { l, locale } = ctx;
  const paths = STAFF_PATHS[locale];
  if (!actor) return null;
  const where = actor.library ? libraryName(ctx, actor.library) : l.t('staff.home.wholeCounty');
  const quick: [string, string][] = [];
  if (maySee(actor, 'news')) quick.push([`${paths.news}/${NEW_ITEM[locale]}`, l.t('staff.home.newNews')]);
  if (maySee(actor, 'events')) quick.push([`${paths.events}/${NEW_ITEM[locale]}`, l.t('staff.home.newEvent')]);
  if (maySee(actor, 'libraries')) {
    quick.push([sectionHref(locale, 'libraries', actor), actor.role === 'coordinator' ? l.t('staff.home.libraries') : l.t('staff.home.ownLibrary', { library: where })]);
  }
  if (maySee(actor, 'accounts')) quick.push([paths.accounts, l.t('staff.home.accounts')]);
  quick.push([PATHS[locale].sources, l.t('staff.home.sources')]);
  return (
    <StaffLayout {...frame} title={l.t('staff.home.title')} section="home">
      <div class="staff-page">
        <h1>{l.t('staff.home.title')}</h1>
        <p class="staff-lead">{l.t(actor.role === 'coordinator' ? 'staff.home.leadCoordinator' : 'staff.home.leadEditor', { library: where })}</p>
        <div class="dashboard">
          {dashboard.counts.length > 0 && (
            <section class="dashboard__card" aria-labelledby="waiting">
              <h2 id="waiting">{l.t('staff.home.waiting')}</h2>
              <table class="staff-table dashboard__counts">
                <thead>
                  <tr><th scope="col">{l.t('staff.home.kind')}</th><th scope="col">{l.t('staff.home.drafts')}</th><th scope="col">{l.t('staff.home.scheduled')}</th></tr>
                </thead>
                <tbody>
                  {dashboard.counts.map((c) => (
                    <tr>
                      <th scope="row"><a href={paths[SECTION_OF[c.kind]]}>{l.t(`staff.menu.${SECTION_OF[c.kind]}`)}</a></th>
                      <td class="staff-table__number">{l.number(c.drafts)}</td>
                      <td class="staff-table__number">{l.number(c.scheduled)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          )}
          <section class="dashboard__card" aria-labelledby="quick">
            <h2 id="quick">{l.t('staff.home.quick')}</h2>
            <ul class="dashboard__links">{quick.map(([href, text]) => <li><a href={href}>{text}</a></li>)}</ul>
          </section>
          {dashboard.openReports !== null && (
            <section class="dashboard__card" aria-labelledby="reports">
              <h2 id="reports">{l.t('staff.home.reports')}</h2>
              <p>{l.t('staff.home.openReports', { count: dashboard.openReports })}</p>
              <p><a href={paths.reports}>{l.t('staff.home.toReports')}</a></p>
            </section>
          )}
        </div>
        {maySee(actor, 'audit') && (
          <section class="dashboard__recent" aria-labelledby="recent">
            <h2 id="recent">{l.t('staff.home.recent')}</h2>
            {dashboard.audit.length === 0
              ? <p>{l.t('staff.audit.none')}</p>
              : <AuditTable ctx={ctx} entries={dashboard.audit} caption={l.t('staff.home.recent')} />}
            <p><a href={paths.audit}>{l.t('staff.home.toAudit')}</a></p>
          </section>
        )}
      </div>
    </StaffLayout>
  );
}

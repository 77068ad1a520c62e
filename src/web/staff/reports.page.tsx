// Accessibility reports from the public form (coordinator): open ones first, each with a button to mark it handled.
import type { AccessibilityReport } from '../../core/content.ts';
import { CsrfField } from '../security/forms.tsx';
import { StaffLayout, type StaffFrame } from './staff-frame.tsx';
import { StatusMessage } from './staff-forms.tsx';
import { STAFF_PATHS } from './staff-paths.ts';

export function ReportsPage({ frame, reports, handled }: { readonly frame: StaffFrame; readonly reports: readonly AccessibilityReport[]; readonly handled: boolean }) {
  const { ctx } = frame;
  const { l } = ctx;
  const open = reports.filter((r) => !r.handled).sort((a, b) => b.at.localeCompare(a.at));
  const done = reports.filter((r) => r.handled).sort((a, b) => b.at.localeCompare(a.at));
  return (
    <StaffLayout {...frame} title={l.t('staff.reports.title')} section="reports">
      <div class="staff-page">
        <h1>{l.t('staff.reports.title')}</h1>
        {handled && <StatusMessage>{l.t('staff.reports.markedHandled')}</StatusMessage>}
        <p>{l.t('staff.reports.lead')}</p>
        <h2>{l.t('staff.reports.open', { count: open.length })}</h2>
        {open.length === 0 ? <p>{l.t('staff.reports.noneOpen')}</p> : (
          <ul class="report-list">{open.map((r) => <li><Report frame={frame} report={r} /></li>)}</ul>
        )}
        {done.length > 0 && (
          <details class="report-handled">
            <summary>{l.t('staff.reports.handled', { count: done.length })}</summary>
            <ul class="report-list">{done.map((r) => <li><Report frame={frame} report={r} /></li>)}</ul>
          </details>
        )}
      </div>
    </StaffLayout>
  );
}

function Report({ frame, report }: { readonly frame: StaffFrame; readonly report: AccessibilityReport }) {
  const { l, locale } = frame.ctx;
  const headingId = `report-${report.id}`;
  return (
    <article class={report.handled ? 'report report--handled' : 'report'} aria-labelledby={headingId}>
      <h3 class="report__title" id={headingId}>{l.t('staff.reports.reportAt', { time: l.dateTime(report.at) })}</h3>
      <dl class="facts">
        <div class="facts__row"><dt>{l.t('staff.reports.page')}</dt><dd class="report__url">{report.pageUrl ?? l.t('staff.reports.noPage')}</dd></div>
        <div class="facts__row"><dt>{l.t('staff.reports.description')}</dt><dd class="report__text">{report.description}</dd></div>
        <div class="facts__row"><dt>{l.t('staff.reports.contact')}</dt><dd>{report.contact ?? l.t('staff.reports.noContact')}</dd></div>
      </dl>
      {!report.handled && (
        <form method="post" action={`${STAFF_PATHS[locale].reports}/${report.id}`}>
          <CsrfField token={frame.csrf} />
          <button class="button button--secondary" type="submit">
            {l.t('staff.reports.markHandled')}<span class="visually-hidden"> {l.t('staff.reports.reportAt', { time: l.dateTime(report.at) })}</span>
          </button>
        </form>
      )}
    </article>
  );
}

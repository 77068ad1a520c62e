// The accessibility statement's report form (DOS-lagen 2018:1937 requires a way to report problems): what page,
// what the problem is, and how to reach the reporter. Read and checked with zod; a failed check re-renders the form
// with each error beside its field. Without a reporting service the section names the libraries' e-mail addresses.
import { z } from 'zod';
import type { LibraryView } from '../../../services/content/content-reader.ts';
import { CsrfField } from '../../security/forms.tsx';
import { validate } from '../../validate.ts';
import type { PageContext } from '../page-context.ts';
import { PATHS } from '../urls.ts';
import { FormField } from './form-field.tsx';

/** The form's section, the anchor a sent report returns to. */
export const REPORT_SECTION_ID = 'report';

export const REPORT_LIMITS = { pageUrl: 500, description: 2000, contact: 200 } as const;

export interface ReportValues {
  readonly pageUrl: string;
  readonly description: string;
  readonly contact: string;
}

type ReportField = keyof ReportValues;

/** A field's problem: the message key under info.report.errors and its values. */
export interface FieldError {
  readonly key: string;
  readonly values?: Record<string, number>;
}

export type ReportErrors = Partial<Record<ReportField, FieldError>>;

/** What a browser sends; anything else (a repeated field, a number) is a tampered request: 400, not a form error. */
const postedShape = z.object({
  pageUrl: z.string().optional(),
  description: z.string().optional(),
  contact: z.string().optional(),
});

/** Browsers send a textarea's line breaks as CRLF but count them as one character against maxlength; so do we. */
const text = () => z.string().transform((s) => s.replace(/\r\n?/g, '\n').trim());

/** A web address, or a path on this site ("/sok?q=x"), which the reporting service receives made absolute. */
function webAddress(text: string, origin: string): string | null {
  const candidate = /^\/(?!\/)/.test(text) ? origin + text : text;
  try {
    return ['http:', 'https:'].includes(new URL(candidate).protocol) ? candidate : null;
  } catch {
    return null;
  }
}

const reportRules = (origin: string) => z.object({
  pageUrl: text().pipe(z.string().max(REPORT_LIMITS.pageUrl, 'pageUrlTooLong'))
    .transform((t, ctx) => {
      if (t === '') return t;
      const address = webAddress(t, origin);
      if (address === null) ctx.addIssue({ code: 'custom', message: 'pageUrlInvalid' });
      return address ?? t;
    }),
  description: text().pipe(z.string().min(1, 'descriptionRequired').max(REPORT_LIMITS.description, 'descriptionTooLong')),
  contact: text().pipe(z.string().max(REPORT_LIMITS.contact, 'contactTooLong')),
});

/**
 * The posted form, its trimmed values and the problems found (none = ready to report). `origin` makes a path on this
 * site a full address, which is what the reporting service accepts.
 */
export function readReport(body: unknown, origin: string): { readonly values: ReportValues; readonly errors: ReportErrors } {
  const posted = validate(postedShape, body ?? {});
  const raw = { pageUrl: posted.pageUrl ?? '', description: posted.description ?? '', contact: posted.contact ?? '' };
  const result = reportRules(origin).safeParse(raw);
  if (result.success) return { values: result.data, errors: {} };
  const values = { pageUrl: raw.pageUrl.trim(), description: raw.description.trim(), contact: raw.contact.trim() };
  const errors: Record<string, FieldError> = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0]) as ReportField;
    if (errors[field]) continue;
    const max = REPORT_LIMITS[field];
    errors[field] = { key: issue.message, values: { max, length: text().parse(raw[field]).length } };
  }
  return { values, errors };
}

/** What the reporting service receives: empty optional fields as null. */
export function reportInput(values: ReportValues): { pageUrl: string | null; description: string; contact: string | null } {
  return { pageUrl: values.pageUrl || null, description: values.description, contact: values.contact || null };
}

export interface ReportSectionProps {
  readonly ctx: PageContext;
  /** The form's address (the accessibility page itself); absent = no reporting service, show the e-mail contacts. */
  readonly action: string | null;
  readonly csrfToken: string | null;
  readonly thanks: boolean;
  readonly values?: ReportValues;
  readonly errors?: ReportErrors;
  readonly libraries: readonly LibraryView[];
}

const FIELD_IDS: Record<ReportField, string> = { pageUrl: 'report-page', description: 'report-description', contact: 'report-contact' };

export function ReportSection({ ctx, action, csrfToken, thanks, values, errors = {}, libraries }: ReportSectionProps) {
  const { l } = ctx;
  const message = (field: ReportField) => {
    const error = errors[field];
    const numbers = Object.fromEntries(Object.entries(error?.values ?? {}).map(([k, n]) => [k, l.number(n)]));
    return error ? l.t(`info.report.errors.${error.key}`, numbers) : undefined;
  };
  const failed = (Object.keys(FIELD_IDS) as ReportField[]).filter((f) => errors[f]);
  return (
    <section class="a11y-report" id={REPORT_SECTION_ID} aria-labelledby="report-heading">
      <h2 id="report-heading">{l.t('info.report.heading')}</h2>
      {thanks && (
        <div class="notice notice--status" role="status">
          <p class="notice__title">{l.t('info.report.thanks')}</p>
          <p>{l.t('info.report.thanksDetail')}</p>
        </div>
      )}
      <p>{l.t('info.report.intro')}</p>
      {action === null || csrfToken === null ? <EmailContacts ctx={ctx} libraries={libraries} /> : (
        <form class="a11y-report__form" method="post" action={action} novalidate>
          {failed.length > 0 && (
            <div class="notice notice--error" role="alert" aria-labelledby="report-errors">
              <p class="notice__title" id="report-errors">{l.t('info.report.errorSummary')}</p>
              <ul>{failed.map((f) => <li><a href={`#${FIELD_IDS[f]}`}>{message(f)}</a></li>)}</ul>
            </div>
          )}
          <CsrfField token={csrfToken} />
          <FormField
            l={l} id={FIELD_IDS.pageUrl} name="pageUrl" label={l.t('info.report.pageUrl')} hint={l.t('info.report.pageUrlHint')}
            value={values?.pageUrl ?? ''} error={message('pageUrl')} maxLength={REPORT_LIMITS.pageUrl} inputMode="url"
          />
          <FormField
            l={l} id={FIELD_IDS.description} name="description" label={l.t('info.report.description')} hint={l.t('info.report.descriptionHint')}
            value={values?.description ?? ''} error={message('description')} maxLength={REPORT_LIMITS.description} multiline required
          />
          <FormField
            l={l} id={FIELD_IDS.contact} name="contact" label={l.t('info.report.contact')} hint={l.t('info.report.contactHint')}
            value={values?.contact ?? ''} error={message('contact')} maxLength={REPORT_LIMITS.contact} autocomplete="email"
          />
          <button class="button" type="submit">{l.t('info.report.submit')}</button>
        </form>
      )}
    </section>
  );
}

/** A plausible address only: it becomes a mailto: link. */
const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[a-z]{2,}$/i;

function EmailContacts({ ctx, libraries }: { readonly ctx: PageContext; readonly libraries: readonly LibraryView[] }) {
  const { l } = ctx;
  const known = libraries.filter((v) => v.profile?.email && EMAIL.test(v.profile.email));
  if (known.length === 0) {
    return <p>{l.t('info.report.noFormNoEmail')} <a href={PATHS[ctx.locale].libraries}>{l.t('info.report.librariesLink')}</a></p>;
  }
  return (
    <>
      <p>{l.t('info.report.noForm')}</p>
      <ul class="a11y-report__contacts">
        {known.map((v) => <li>{v.library.name}: <a href={`mailto:${v.profile!.email}`}>{v.profile!.email}</a></li>)}
      </ul>
    </>
  );
}

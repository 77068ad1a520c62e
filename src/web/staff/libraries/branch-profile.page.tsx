// A branch's profile and opening hours (/personal/bibliotek/{library}/{branch}): contact, address, map position,
// accessibility, services, self-service, bus stops for a library bus, and the hours with "så här visas det" — the
// next two weeks and the coming changes exactly as the public branch page draws them. A coordinator also sets the name
// residents see.
import { BRANCH_SERVICES, type Actor } from '../../../core/content.ts';
import type { OpeningHours } from '../../../core/opening-hours/opening-hours.types.ts';
import { stockholmWallTime } from '../../../core/opening-hours/stockholm-time.ts';
import type { Branch, Library } from '../../../core/types.ts';
import type { PageContext } from '../../pages/page-context.ts';
import { OpeningWeeks, UpcomingChanges } from '../../pages/libraries/branch-hours.tsx';
import { libraryHref } from '../../pages/urls.ts';
import { CsrfField } from '../../security/forms.tsx';
import { StaffLayout } from '../staff-frame.tsx';
import { Choices, ErrorSummary, LocalizedFields, TextField } from '../content/form-controls.tsx';
import { text, type FieldErrors, type FormValues } from '../content/form-values.ts';
import { BranchNameField } from './branch-admin.tsx';
import { BusStopFields } from './bus-stop-fields.tsx';
import { OpeningHoursFields } from './opening-hours-fields.tsx';
import { profileFieldLabel } from './profile-labels.ts';
import type { BranchRows } from './profile-values.ts';
import { libraryEditorHrefs } from './library-editor-paths.ts';

export interface BranchProfileProps {
  readonly ctx: PageContext;
  readonly actor: Actor;
  readonly csrf: string;
  readonly library: Library;
  readonly branch: Branch;
  readonly values: FormValues;
  readonly errors: FieldErrors;
  readonly rows: BranchRows;
  /** What the hours preview shows: the form's hours, or null when none are given. */
  readonly hours: OpeningHours | null;
  readonly saved?: boolean;
  /** Just added by a coordinator: say what to fill in next. */
  readonly added?: boolean;
  readonly conflict?: boolean;
  readonly now: Date;
  /** Hidden from residents: there is no public page to link to. */
  readonly hidden: boolean;
  /** The name field, for a coordinator; `configuredName` null for a branch staff added. */
  readonly rename: { readonly configuredName: string | null } | null;
}

export function BranchProfilePage(props: BranchProfileProps) {
  const { ctx, actor, csrf, library, branch, values, errors, rows, hours } = props;
  const { l, locale } = ctx;
  const title = l.t('staffEditors.profile.branchTitle', { name: branch.name });
  const field = { values, errors };
  // `library` is the configured library: a branch not among its branches is one staff added.
  const added = !library.branches.some((b) => b.id === branch.id);
  return (
    <StaffLayout ctx={ctx} actor={actor} csrf={csrf} title={title} section="libraries">
      <div class="staff-page editor editor--wide">
        <p class="editor__back"><a href={libraryEditorHrefs.library(locale, library.id)}>{l.t('staffEditors.profile.backTo', { name: library.name })}</a></p>
        <h1>{title}</h1>
        {props.hidden
          ? <p class="branch-note">{l.t('staffEditors.branchAdmin.hiddenNote')}</p>
          : <p><a href={libraryHref(locale, branch.id)}>{l.t('staffEditors.profile.publicPage')}</a></p>}
        {added && <p class="branch-note">{l.t('staffEditors.branchAdmin.addedNote')}</p>}
        {props.saved && <p class="status-message" role="status">{l.t('staffEditors.notice.profileSaved')}</p>}
        {props.added && <p class="status-message" role="status">{l.t('staffEditors.branchAdmin.notice.added')}</p>}
        {props.conflict && <p class="conflict" role="alert">{l.t('staffEditors.profile.conflict')}</p>}
        <ErrorSummary l={l} errors={errors} labels={(name) => profileFieldLabel(l, name)} />
        <section class="preview" aria-labelledby="hours-preview-title">
          <h2 id="hours-preview-title" class="preview__title">{l.t('staffEditors.hours.previewTitle')}</h2>
          {hours ? (
            <>
              <OpeningWeeks l={l} hours={hours} today={stockholmWallTime(props.now).date} />
              <h3>{l.t('staffEditors.hours.changesTitle')}</h3>
              <UpcomingChanges l={l} hours={hours} today={stockholmWallTime(props.now).date} />
            </>
          ) : <p>{l.t('staffEditors.hours.none')}</p>}
        </section>
        <form class="editor-form" method="post" action={libraryEditorHrefs.branch(locale, library.id, branch.id)} novalidate>
          <CsrfField token={csrf} />
          <input type="hidden" name="version" value={text(values, 'version') || '0'} />
          {(Object.keys(rows) as (keyof BranchRows)[]).map((key) => <input type="hidden" name={`rows.${key}`} value={String(rows[key])} />)}
          <fieldset class="form-group">
            <legend class="form-group__title">{l.t('staffEditors.profile.contact')}</legend>
            {props.rename && <BranchNameField l={l} configuredName={props.rename.configuredName} {...field} />}
            <LocalizedFields l={l} name="description" label={l.t('staffEditors.profile.part.description')} hint={l.t('staffEditors.hint.markdownShort')} multiline rows={5} {...field} />
            <div class="field-row">
              <TextField name="phone" type="tel" autocomplete="off" label={l.t('staffEditors.profile.part.phone')} {...field} />
              <TextField name="email" type="email" autocomplete="off" label={l.t('staffEditors.profile.part.email')} {...field} />
            </div>
            <div class="field-row field-row--address">
              <TextField name="address.street" label={l.t('staffEditors.profile.part.address.street')} {...field} />
              <TextField name="address.postalCode" label={l.t('staffEditors.profile.part.address.postalCode')} inputmode="numeric" size={6} {...field} />
              <TextField name="address.city" label={l.t('staffEditors.profile.part.address.city')} {...field} />
            </div>
            <div class="field-row">
              <TextField name="geo.lat" inputmode="decimal" size={10} label={l.t('staffEditors.profile.part.geo.lat')} hint={l.t('staffEditors.profile.geoHint')} {...field} />
              <TextField name="geo.lon" inputmode="decimal" size={10} label={l.t('staffEditors.profile.part.geo.lon')} {...field} />
            </div>
          </fieldset>
          <fieldset class="form-group">
            <legend class="form-group__title">{l.t('staffEditors.profile.visit')}</legend>
            <LocalizedFields l={l} name="accessibility" label={l.t('staffEditors.profile.part.accessibility')} hint={l.t('staffEditors.profile.accessibilityHint')} multiline rows={4} {...field} />
            <Choices name="services" multiple label={l.t('staffEditors.profile.part.services')} class="choices--columns" {...field}
              options={BRANCH_SERVICES.map((s) => ({ value: s, label: l.t(`staffEditors.service.${s}`) }))} />
            <LocalizedFields l={l} name="selfServiceInfo" label={l.t('staffEditors.profile.part.selfServiceInfo')} hint={l.t('staffEditors.profile.selfServiceHint')} multiline rows={3} {...field} />
          </fieldset>
          <OpeningHoursFields l={l} {...field} rows={rows} />
          {rows.busStops > 0 && <BusStopFields l={l} {...field} rows={rows.busStops} />}
          <div class="editor-form__actions">
            <button class="button button--secondary" type="submit" name="action" value="rows">{l.t('staffEditors.action.moreRows')}</button>
            <button class="button button--secondary" type="submit" name="action" value="preview">{l.t('staffEditors.action.previewHours')}</button>
            <button class="button" type="submit" name="action" value="save">{l.t('staffEditors.action.save')}</button>
          </div>
        </form>
      </div>
    </StaffLayout>
  );
}

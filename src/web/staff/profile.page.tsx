// The graphic profile (coordinator): the primary and accent colours with their contrast on white, and the tagline.
// A colour's preview is an SVG image (a data: URL the CSP allows), since no inline style may paint it.
import type { SiteProfile } from '../../core/content.ts';
import { contrastOnWhite } from '../../services/content/field-schemas.ts';
import type { PageContext } from '../pages/page-context.ts';
import { CsrfField } from '../security/forms.tsx';
import { ErrorSummary, LocalizedFields, TextField } from './content/form-controls.tsx';
import { localizedValues, text, type FieldErrors, type FormValues } from './content/form-values.ts';
import { StaffLayout, type StaffFrame } from './staff-frame.tsx';
import { StatusMessage } from './staff-forms.tsx';
import { STAFF_PATHS } from './staff-paths.ts';

/** WCAG 2.1 AA for normal text. */
const AA_RATIO = 4.5;
const HEX = /^#[0-9a-f]{6}$/i;

export function profileValues(profile: SiteProfile): FormValues {
  return { primary: profile.primary, accent: profile.accent, ...localizedValues('tagline', profile.tagline) };
}

/** A small picture of the colour: a swatch and a sample word in it, on white. */
export function swatchDataUrl(hex: string, sample: string): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="48" viewBox="0 0 240 48">`
    + `<rect width="240" height="48" fill="#fff" stroke="#c9d3d6"/><rect x="4" y="4" width="40" height="40" rx="4" fill="${hex}"/>`
    + `<text x="56" y="31" font-family="system-ui, sans-serif" font-size="18" font-weight="700" fill="${hex}">${sample.replace(/[<>&"']/g, '')}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

function ColourField({ ctx, name, label, values, errors }: { readonly ctx: PageContext; readonly name: 'primary' | 'accent'; readonly label: string; readonly values: FormValues; readonly errors: FieldErrors }) {
  const { l } = ctx;
  const hex = text(values, name).toLowerCase();
  const valid = HEX.test(hex);
  const ratio = valid ? contrastOnWhite(hex) : null;
  return (
    <div class="colour-field">
      <TextField name={name} label={label} values={values} errors={errors} hint={l.t('staff.profile.colourHint')} autocomplete="off" pattern="#[0-9a-fA-F]{6}" size={9} />
      {ratio !== null && (
        <p class="colour-field__preview">
          <img class="colour-field__swatch" src={swatchDataUrl(hex, l.t('staff.profile.sample'))} width={240} height={48}
            alt={l.t('staff.profile.swatchAlt', { colour: hex })} />
          <span class={ratio >= AA_RATIO ? 'colour-field__ratio colour-field__ratio--ok' : 'colour-field__ratio colour-field__ratio--low'}>
            {l.t(ratio >= AA_RATIO ? 'staff.profile.ratioOk' : 'staff.profile.ratioLow', { ratio: ratio.toLocaleString(ctx.locale === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 2, minimumFractionDigits: 2 }) })}
          </span>
        </p>
      )}
    </div>
  );
}

export function ProfilePage({ frame, values, version, errors = {}, saved = false, conflict = false }: {
  readonly frame: StaffFrame; readonly values: FormValues; readonly version: number; readonly errors?: FieldErrors;
  readonly saved?: boolean; readonly conflict?: boolean;
}) {
  const { ctx } = frame;
  const { l, locale } = ctx;
  const labels: Record<string, string> = {
    primary: l.t('staff.profile.primary'), accent: l.t('staff.profile.accent'),
    'tagline.sv': `${l.t('staff.profile.tagline')} ${l.t('staffEditors.lang.sv')}`, 'tagline.en': `${l.t('staff.profile.tagline')} ${l.t('staffEditors.lang.en')}`,
  };
  return (
    <StaffLayout {...frame} title={l.t('staff.profile.title')} section="profile">
      <div class="staff-page staff-page--narrow">
        <h1>{l.t('staff.profile.title')}</h1>
        {saved && <StatusMessage>{l.t('staff.profile.saved')}</StatusMessage>}
        {conflict && <div class="error-summary" role="alert"><p class="error-summary__title">{l.t('staff.conflict')}</p></div>}
        <ErrorSummary l={l} errors={errors} labels={(name) => labels[name] ?? name} />
        <p>{l.t('staff.profile.lead')}</p>
        <form class="staff-form" method="post" action={STAFF_PATHS[locale].profile} novalidate>
          <CsrfField token={frame.csrf} />
          <input type="hidden" name="version" value={String(version)} />
          <ColourField ctx={ctx} name="primary" label={labels.primary!} values={values} errors={errors} />
          <ColourField ctx={ctx} name="accent" label={labels.accent!} values={values} errors={errors} />
          <LocalizedFields l={l} name="tagline" label={l.t('staff.profile.tagline')} values={values} errors={errors} hint={l.t('staff.profile.taglineHint')} />
          <button class="button" type="submit">{l.t('staff.profile.submit')}</button>
        </form>
      </div>
    </StaffLayout>
  );
}

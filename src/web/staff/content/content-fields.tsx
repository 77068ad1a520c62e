// The fields of each kind of content, as plain form fields (no script needed): texts in Swedish and English side
// by side, Markdown with a short help and a preview button, an image chosen by its id, the owner and publishing.
import { ESERVICE_CATEGORIES, type ContentKind } from '../../../core/content.ts';
import type { LibraryId } from '../../../core/types.ts';
import type { PageContext } from '../../pages/page-context.ts';
import { Choices, LocalizedFields, SelectField, TextField, type Option } from './form-controls.tsx';
import type { FieldErrors, FormValues } from './form-values.ts';
import { COUNTY } from './content-values.ts';
import { EventFields } from './event-fields.tsx';

export interface FieldsProps {
  readonly ctx: PageContext;
  readonly values: FormValues;
  readonly errors: FieldErrors;
  /** The owners the actor may choose (null = the county). */
  readonly owners: readonly (LibraryId | null)[];
}

/** Page languages other than Swedish/English a page may be written in. */
const PAGE_LANGUAGES = ['sma'] as const;

export function KindFields({ kind, ...props }: FieldsProps & { readonly kind: ContentKind }) {
  const { ctx: { l }, values, errors } = props;
  switch (kind) {
    case 'news':
      return (
        <>
          <LocalizedFields l={l} name="title" label={l.t('staffEditors.field.title')} values={values} errors={errors} required />
          <LocalizedFields l={l} name="summary" label={l.t('staffEditors.field.summary')} values={values} errors={errors} multiline rows={3} hint={l.t('staffEditors.hint.summary')} />
          <MarkdownFields {...props} name="body" label={l.t('staffEditors.field.body')} />
          <ImageFields {...props} />
        </>
      );
    case 'event':
      return <EventFields {...props} markdown={<MarkdownFields {...props} name="body" label={l.t('staffEditors.field.body')} />} image={<ImageFields {...props} />} />;
    case 'page':
      return (
        <>
          <LocalizedFields l={l} name="title" label={l.t('staffEditors.field.title')} values={values} errors={errors} required />
          <div class="field-row">
            <TextField name="slug" label={l.t('staffEditors.field.slug')} hint={l.t('staffEditors.hint.slug')} values={values} errors={errors} pattern="[a-z0-9-]+" required />
            <SelectField name="language" label={l.t('staffEditors.field.language')} hint={l.t('staffEditors.hint.language')} values={values} errors={errors}
              options={[{ value: '', label: l.t('staffEditors.language.none') }, ...PAGE_LANGUAGES.map((code) => ({ value: code, label: l.t(`staffEditors.language.${code}`) }))]} />
          </div>
          <MarkdownFields {...props} name="body" label={l.t('staffEditors.field.body')} />
        </>
      );
    case 'eservice':
      return (
        <>
          <TextField name="name" label={l.t('staffEditors.field.name')} values={values} errors={errors} required />
          <MarkdownFields {...props} name="description" label={l.t('staffEditors.field.description')} />
          <TextField name="url" type="url" label={l.t('staffEditors.field.url')} hint={l.t('staffEditors.hint.https')} values={values} errors={errors} required />
          <Choices name="categories" multiple label={l.t('staffEditors.field.categories')} values={values} errors={errors}
            options={ESERVICE_CATEGORIES.map((c) => ({ value: c, label: l.t(`staffEditors.category.${c}`) }))} class="choices--columns" />
          <Choices name="access" label={l.t('staffEditors.field.access')} values={values} errors={errors}
            options={(['remote', 'on-site'] as const).map((a) => ({ value: a, label: l.t(`staffEditors.access.${a}`) }))} />
          <Choices name="forLibraries" multiple label={l.t('staffEditors.field.forLibraries')} hint={l.t('staffEditors.hint.forLibraries')} values={values} errors={errors}
            options={props.ctx.libraries.map((lib) => ({ value: lib.id, label: lib.name }))} class="choices--columns" />
          <LocalizedFields l={l} name="terms" label={l.t('staffEditors.field.terms')} hint={l.t('staffEditors.hint.terms')} values={values} errors={errors} />
          <ImageFields {...props} />
        </>
      );
  }
}

/** Markdown in both languages, a short help and the preview button (which saves nothing). */
export function MarkdownFields({ ctx: { l }, values, errors, name, label }: FieldsProps & { readonly name: string; readonly label: string }) {
  return (
    <div class="markdown-fields">
      <LocalizedFields l={l} name={name} label={label} values={values} errors={errors} multiline rows={12} hint={l.t('staffEditors.hint.markdown')} />
      <details class="markdown-help">
        <summary>{l.t('staffEditors.markdown.title')}</summary>
        <dl class="markdown-help__list">
          {(['heading', 'bold', 'italic', 'link', 'list', 'image', 'paragraph'] as const).map((key) => (
            <div class="markdown-help__item">
              <dt><code>{l.t(`staffEditors.markdown.${key}.code`)}</code></dt>
              <dd>{l.t(`staffEditors.markdown.${key}.text`)}</dd>
            </div>
          ))}
        </dl>
      </details>
      <button class="button button--secondary" type="submit" name="action" value="preview">{l.t('staffEditors.action.preview')}</button>
    </div>
  );
}

/** An uploaded image by its id (shown on the image page after the upload) and its alt text. */
export function ImageFields({ ctx: { l }, values, errors }: FieldsProps) {
  return (
    <fieldset class="form-group">
      <legend class="form-group__title">{l.t('staffEditors.field.image')}</legend>
      <TextField name="image.id" label={l.t('staffEditors.field.imageId')} hint={l.t('staffEditors.hint.imageId')} values={values} errors={errors} size={24} />
      <LocalizedFields l={l} name="image.alt" label={l.t('staffEditors.field.imageAlt')} hint={l.t('staffEditors.hint.imageAlt')} values={values} errors={errors} />
    </fieldset>
  );
}

/** The owner select: only what the actor may edit; "Hela länet" for a coordinator. */
export function ownerOptions(ctx: PageContext, owners: readonly (LibraryId | null)[]): Option[] {
  return owners.map((owner) => ({
    value: owner ?? COUNTY,
    label: owner === null ? ctx.l.t('staffEditors.owner.county') : (ctx.libraries.find((lib) => lib.id === owner)?.name ?? owner),
  }));
}

export function PublishingFields({ ctx, values, errors, owners }: FieldsProps) {
  const { l } = ctx;
  return (
    <fieldset class="form-group">
      <legend class="form-group__title">{l.t('staffEditors.publishing.title')}</legend>
      <SelectField name="library" label={l.t('staffEditors.field.owner')} values={values} errors={errors} options={ownerOptions(ctx, owners)} />
      <div class="field-row">
        <TextField name="publishAt" type="datetime-local" label={l.t('staffEditors.field.publishAt')} hint={l.t('staffEditors.hint.publishAt')} values={values} errors={errors} />
        <TextField name="unpublishAt" type="datetime-local" label={l.t('staffEditors.field.unpublishAt')} hint={l.t('staffEditors.hint.unpublishAt')} values={values} errors={errors} />
      </div>
    </fieldset>
  );
}

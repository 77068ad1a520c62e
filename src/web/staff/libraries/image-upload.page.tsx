// The image upload (/personal/bilder): a file, its alt text and its owner; after the upload, the image with its id
// and the Markdown to paste into a text, `![alt](/bilder/ID)`.
import type { Actor } from '../../../core/content.ts';
import type { LibraryId } from '../../../core/types.ts';
import type { PageContext } from '../../pages/page-context.ts';
import { CsrfField } from '../../security/forms.tsx';
import { StaffLayout } from '../staff-frame.tsx';
import { ownerOptions } from '../content/content-fields.tsx';
import { ErrorSummary, fieldId, LocalizedFields, SelectField } from '../content/form-controls.tsx';
import type { FieldErrors, FormValues } from '../content/form-values.ts';
import { imageHref } from './image.routes.ts';
import { libraryEditorHrefs } from './library-editor-paths.ts';

export interface UploadedImage {
  readonly id: string;
  readonly alt: string;
}

/** Markdown cannot hold "]" in an alt text unescaped. */
export function markdownSnippet(image: UploadedImage): string {
  return `![${image.alt.replace(/([\\[\]])/g, '\\$1')}](${imageHref(image.id)})`;
}

export function ImageUploadPage({ ctx, actor, csrf, owners, values, errors, uploaded }: {
  readonly ctx: PageContext; readonly actor: Actor; readonly csrf: string; readonly owners: readonly (LibraryId | null)[];
  readonly values: FormValues; readonly errors: FieldErrors; readonly uploaded: UploadedImage | null;
}) {
  const { l, locale } = ctx;
  const title = l.t('staffEditors.image.title');
  const labels: Record<string, string> = {
    image: l.t('staffEditors.image.file'), 'alt.sv': `${l.t('staffEditors.field.imageAlt')} ${l.t('staffEditors.lang.sv')}`,
    'alt.en': `${l.t('staffEditors.field.imageAlt')} ${l.t('staffEditors.lang.en')}`, library: l.t('staffEditors.field.owner'),
  };
  return (
    <StaffLayout ctx={ctx} actor={actor} csrf={csrf} title={title} section="images">
      <div class="staff-page editor">
        <h1>{title}</h1>
        {uploaded && <UploadResult ctx={ctx} image={uploaded} />}
        <ErrorSummary l={l} errors={errors} labels={(name) => labels[name] ?? name} />
        <form class="editor-form" method="post" action={libraryEditorHrefs.images(locale)} enctype="multipart/form-data" novalidate>
          <CsrfField token={csrf} />
          <h2>{l.t(uploaded ? 'staffEditors.image.another' : 'staffEditors.image.new')}</h2>
          <div class={`field${errors.image ? ' field--error' : ''}`}>
            <label class="field__label" for={fieldId('image')}>{labels.image}</label>
            <p class="field__hint" id={`${fieldId('image')}-hint`}>{l.t('staffEditors.image.fileHint')}</p>
            {errors.image && <p class="field__error" id={`${fieldId('image')}-error`}>{errors.image}</p>}
            <input class="field__input field__input--file" id={fieldId('image')} name="image" type="file" accept="image/jpeg,image/png,image/webp,image/gif,image/avif"
              aria-invalid={errors.image ? 'true' : undefined} aria-describedby={`${fieldId('image')}-hint${errors.image ? ` ${fieldId('image')}-error` : ''}`} />
          </div>
          <LocalizedFields l={l} name="alt" label={l.t('staffEditors.field.imageAlt')} hint={l.t('staffEditors.image.altHint')} values={values} errors={errors} required />
          <SelectField name="library" label={labels.library} hint={l.t('staffEditors.image.ownerHint')} values={values} errors={errors} options={ownerOptions(ctx, owners)} />
          <div class="editor-form__actions">
            <button class="button" type="submit">{l.t('staffEditors.image.upload')}</button>
          </div>
        </form>
      </div>
    </StaffLayout>
  );
}

function UploadResult({ ctx, image }: { readonly ctx: PageContext; readonly image: UploadedImage }) {
  const { l } = ctx;
  return (
    <section class="upload-result" aria-labelledby="upload-result-title">
      <h2 id="upload-result-title" role="status">{l.t('staffEditors.image.uploaded')}</h2>
      <img class="upload-result__image" src={imageHref(image.id)} alt={image.alt} />
      <div class="field">
        <label class="field__label" for="uploaded-id">{l.t('staffEditors.field.imageId')}</label>
        <p class="field__hint" id="uploaded-id-hint">{l.t('staffEditors.image.idHint')}</p>
        <input class="field__input" id="uploaded-id" type="text" readonly value={image.id} aria-describedby="uploaded-id-hint" />
      </div>
      <div class="field">
        <label class="field__label" for="uploaded-markdown">{l.t('staffEditors.image.markdown')}</label>
        <p class="field__hint" id="uploaded-markdown-hint">{l.t('staffEditors.image.markdownHint')}</p>
        <input class="field__input" id="uploaded-markdown" type="text" readonly value={markdownSnippet(image)} aria-describedby="uploaded-markdown-hint" />
      </div>
    </section>
  );
}

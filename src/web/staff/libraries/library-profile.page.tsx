// A member library's profile (/personal/bibliotek/{library}): description, website, phone, e-mail and accent colour,
// with links to its branches' profiles and hours. And the list of the libraries an actor may edit.
import type { Actor } from '../../../core/content.ts';
import type { Library } from '../../../core/types.ts';
import type { PageContext } from '../../pages/page-context.ts';
import { libraryHref } from '../../pages/urls.ts';
import { CsrfField } from '../../security/forms.tsx';
import { StaffLayout } from '../staff-frame.tsx';
import { ErrorSummary, LocalizedFields, TextField } from '../content/form-controls.tsx';
import { text, type FieldErrors, type FormValues } from '../content/form-values.ts';
import { libraryEditorHrefs } from './library-editor-paths.ts';
import { profileFieldLabel } from './profile-labels.ts';

export function LibraryProfilePage({ ctx, actor, csrf, library, values, errors, saved, conflict }: {
  readonly ctx: PageContext; readonly actor: Actor; readonly csrf: string; readonly library: Library; readonly values: FormValues;
  readonly errors: FieldErrors; readonly saved?: boolean; readonly conflict?: boolean;
}) {
  const { l, locale } = ctx;
  const field = { values, errors };
  const title = l.t('staffEditors.profile.libraryTitle', { name: library.name });
  return (
    <StaffLayout ctx={ctx} actor={actor} csrf={csrf} title={title} section="libraries">
      <div class="staff-page editor">
        {actor.role === 'coordinator' && <p class="editor__back"><a href={libraryEditorHrefs.index(locale)}>{l.t('staffEditors.profile.allLibraries')}</a></p>}
        <h1>{title}</h1>
        <p><a href={libraryHref(locale, library.id)}>{l.t('staffEditors.profile.publicPage')}</a></p>
        {saved && <p class="status-message" role="status">{l.t('staffEditors.notice.profileSaved')}</p>}
        {conflict && <p class="conflict" role="alert">{l.t('staffEditors.profile.conflict')}</p>}
        <ErrorSummary l={l} errors={errors} labels={(name) => profileFieldLabel(l, name)} />
        <BranchList ctx={ctx} library={library} />
        <form class="editor-form" method="post" action={libraryEditorHrefs.library(locale, library.id)} novalidate>
          <CsrfField token={csrf} />
          <input type="hidden" name="version" value={text(values, 'version') || '0'} />
          <h2>{l.t('staffEditors.profile.libraryForm')}</h2>
          <LocalizedFields l={l} name="description" label={l.t('staffEditors.profile.part.description')} hint={l.t('staffEditors.hint.markdownShort')} multiline rows={6} {...field} />
          <TextField name="website" type="url" label={l.t('staffEditors.profile.part.website')} hint={l.t('staffEditors.hint.https')} {...field} />
          <div class="field-row">
            <TextField name="phone" type="tel" autocomplete="off" label={l.t('staffEditors.profile.part.phone')} {...field} />
            <TextField name="email" type="email" autocomplete="off" label={l.t('staffEditors.profile.part.email')} {...field} />
          </div>
          <TextField name="accent" label={l.t('staffEditors.profile.part.accent')} hint={l.t('staffEditors.profile.accentHint')} size={8} {...field} />
          <div class="editor-form__actions">
            <button class="button" type="submit">{l.t('staffEditors.action.save')}</button>
          </div>
        </form>
      </div>
    </StaffLayout>
  );
}

function BranchList({ ctx, library }: { readonly ctx: PageContext; readonly library: Library }) {
  const { l, locale } = ctx;
  return (
    <section class="branch-links" aria-labelledby="branch-links-title">
      <h2 id="branch-links-title">{l.t('staffEditors.profile.branches')}</h2>
      <ul class="branch-links__list">
        {library.branches.map((branch) => (
          <li><a href={libraryEditorHrefs.branch(locale, library.id, branch.id)}>{branch.name}</a>{branch.kind === 'bus' && <> ({l.t('staffEditors.profile.bus')})</>}</li>
        ))}
      </ul>
    </section>
  );
}

export function LibraryIndexPage({ ctx, actor, csrf, libraries }: { readonly ctx: PageContext; readonly actor: Actor; readonly csrf: string; readonly libraries: readonly Library[] }) {
  const { l, locale } = ctx;
  const title = l.t('staffEditors.profile.indexTitle');
  return (
    <StaffLayout ctx={ctx} actor={actor} csrf={csrf} title={title} section="libraries">
      <div class="staff-page">
        <h1>{title}</h1>
        <p><a class="button button--secondary" href={libraryEditorHrefs.images(locale)}>{l.t('staffEditors.image.title')}</a></p>
        <ul class="library-index">
          {libraries.map((library) => (
            <li class="library-index__item">
              <a class="library-index__name" href={libraryEditorHrefs.library(locale, library.id)}>{library.name}</a>
              <ul class="branch-links__list">
                {library.branches.map((branch) => <li><a href={libraryEditorHrefs.branch(locale, library.id, branch.id)}>{branch.name}</a></li>)}
              </ul>
            </li>
          ))}
        </ul>
      </div>
    </StaffLayout>
  );
}

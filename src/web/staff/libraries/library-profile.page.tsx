// A member library's profile (/personal/bibliotek/{library}): description, website, phone, e-mail and accent colour,
// with links to its branches' profiles and hours (for a coordinator: hide or show each, and add one). And the list of
// the libraries an actor may edit.
import type { Actor } from '../../../core/content.ts';
import type { Library } from '../../../core/types.ts';
import type { BranchView } from '../../../services/content/content-reader.ts';
import type { PageContext } from '../../pages/page-context.ts';
import { libraryHref } from '../../pages/urls.ts';
import { CsrfField } from '../../security/forms.tsx';
import { StaffLayout } from '../staff-frame.tsx';
import { ErrorSummary, LocalizedFields, TextField } from '../content/form-controls.tsx';
import { text, type FieldErrors, type FormValues } from '../content/form-values.ts';
import { AddBranchForm, BranchEntry } from './branch-admin.tsx';
import { libraryEditorHrefs } from './library-editor-paths.ts';
import { profileFieldLabel } from './profile-labels.ts';

/** What a branch button just did, or that it lost a race. */
export type BranchNotice = 'hidden' | 'shown' | 'stale';

export interface LibraryProfileProps {
  readonly ctx: PageContext;
  readonly actor: Actor;
  readonly csrf: string;
  readonly library: Library;
  /** Every branch, hidden and staff-added ones included. */
  readonly branches: readonly BranchView[];
  /** May add, hide and rename branches (a coordinator). */
  readonly canManage: boolean;
  /** The library form's values and the add form's (`newBranch.*`); errors of whichever was posted. */
  readonly values: FormValues;
  readonly errors: FieldErrors;
  readonly saved?: boolean;
  readonly conflict?: boolean;
  readonly notice?: BranchNotice;
}

export function LibraryProfilePage({ ctx, actor, csrf, library, branches, canManage, values, errors, saved, conflict, notice }: LibraryProfileProps) {
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
        {notice === 'stale' && <p class="conflict" role="alert">{l.t('staffEditors.branchAdmin.notice.stale')}</p>}
        {(notice === 'hidden' || notice === 'shown') && <p class="status-message" role="status">{l.t(`staffEditors.branchAdmin.notice.${notice}`)}</p>}
        <ErrorSummary l={l} errors={errors} labels={(name) => profileFieldLabel(l, name)} />
        <section class="branch-links" aria-labelledby="branch-links-title">
          <h2 id="branch-links-title">{l.t('staffEditors.profile.branches')}</h2>
          <ul class="branch-links__list branch-entries">
            {branches.map((view) => <BranchEntry ctx={ctx} library={library.id} view={view} csrf={csrf} canManage={canManage} />)}
          </ul>
          {canManage && <AddBranchForm ctx={ctx} library={library.id} csrf={csrf} values={values} errors={errors} />}
        </section>
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

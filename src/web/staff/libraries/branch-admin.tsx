// A coordinator's part of the library and branch forms: which branches residents are told of. The list of a library's
// branches with a hide/show button each, the form that adds a branch, bus or pick-up point, and the displayed-name
// field of the branch form. Each button is its own small POST form with the CSRF token, so all of it works without
// script. The service asks the policy; these only leave out what the actor may not use.
import { BRANCH_KINDS } from '../../../core/types.ts';
import { isSamverkaError } from '../../../core/errors.ts';
import type { BranchView } from '../../../services/content/content-reader.ts';
import type { Localizer } from '../../i18n/i18n.ts';
import type { PageContext } from '../../pages/page-context.ts';
import { CsrfField } from '../../security/forms.tsx';
import { Choices, TextField } from '../content/form-controls.tsx';
import { fieldErrorsOf, issuesOf, text, type FieldErrors, type FormValues } from '../content/form-values.ts';
import { libraryEditorHrefs } from './library-editor-paths.ts';

/** The add form's field names: prefixed, so they never meet the library form's on the same page. */
export const NEW_BRANCH_FIELDS = ['newBranch.id', 'newBranch.name', 'newBranch.kind'] as const;

/** The branch buttons' and the add form's `action` values. */
export const BRANCH_ACTIONS = { add: 'add-branch', hide: 'hide', show: 'show' } as const;

export function newBranchInput(values: FormValues): Record<string, string> {
  return { id: text(values, 'newBranch.id'), name: text(values, 'newBranch.name'), kind: text(values, 'newBranch.kind') };
}

/** The add form's values as posted, to show again beside its errors. */
export function newBranchValues(values: FormValues): Record<string, string> {
  return Object.fromEntries(NEW_BRANCH_FIELDS.map((name) => [name, text(values, name)]));
}

/** The add form's errors for a failed add, with the HTTP status; null when the failure is no form problem. */
export function newBranchErrors(l: Localizer, error: unknown, values: FormValues): { status: number; errors: FieldErrors } | null {
  const taken = { 'newBranch.id': l.t('staffEditors.branchAdmin.idTaken') };
  // Two coordinators adding the same id at once: the second one's id is taken too.
  if (isSamverkaError(error, 'conflict')) return { status: 409, errors: taken };
  const issues = issuesOf(error);
  if (issues === null) return null;
  const others = fieldErrorsOf(l, issues.filter((i) => i.code !== 'id-taken'), NEW_BRANCH_FIELDS, (path) => `newBranch.${path}`, values);
  return { status: 400, errors: issues.some((i) => i.code === 'id-taken') ? { ...taken, ...others } : others };
}

/** A branch's name, its kind, and what is special about it; for a coordinator, the button that hides or shows it. */
export function BranchEntry({ ctx, library, view, csrf, canManage }: {
  readonly ctx: PageContext; readonly library: string; readonly view: BranchView; readonly csrf: string; readonly canManage: boolean;
}) {
  const { l, locale } = ctx;
  const { branch, profile } = view;
  const hidden = profile?.hidden === true;
  const tags = [
    branch.kind && branch.kind !== 'library' ? l.t(`staffEditors.branchAdmin.kind.${branch.kind}`).toLocaleLowerCase(locale) : '',
    profile?.added ? l.t('staffEditors.branchAdmin.addedTag') : '',
    hidden ? l.t('staffEditors.branchAdmin.hiddenTag') : '',
  ].filter(Boolean);
  const href = libraryEditorHrefs.branch(locale, library, branch.id);
  return (
    <li class={`branch-entry${hidden ? ' branch-entry--hidden' : ''}`}>
      <span class="branch-entry__name"><a href={href}>{branch.name}</a>{tags.length > 0 && <> ({tags.join(', ')})</>}</span>
      {canManage && (
        <form class="branch-entry__toggle" method="post" action={href}>
          <CsrfField token={csrf} />
          <input type="hidden" name="version" value={String(profile?.version ?? 0)} />
          <button class="button button--secondary" type="submit" name="action" value={hidden ? BRANCH_ACTIONS.show : BRANCH_ACTIONS.hide}>
            {l.t(hidden ? 'staffEditors.branchAdmin.show' : 'staffEditors.branchAdmin.hide')}<span class="visually-hidden">: {branch.name}</span>
          </button>
        </form>
      )}
    </li>
  );
}

export function AddBranchForm({ ctx, library, csrf, values, errors }: {
  readonly ctx: PageContext; readonly library: string; readonly csrf: string; readonly values: FormValues; readonly errors: FieldErrors;
}) {
  const { l, locale } = ctx;
  const field = { values: { 'newBranch.kind': 'library', ...values }, errors };
  return (
    <form class="editor-form add-branch" method="post" action={libraryEditorHrefs.library(locale, library)} novalidate aria-labelledby="add-branch-title">
      <CsrfField token={csrf} />
      <h3 id="add-branch-title">{l.t('staffEditors.branchAdmin.addTitle')}</h3>
      <p>{l.t('staffEditors.branchAdmin.addIntro')}</p>
      <p class="add-branch__holdings">{l.t('staffEditors.branchAdmin.holdingsHint')}</p>
      <div class="field-row">
        <TextField name="newBranch.id" label={l.t('staffEditors.profile.part.newBranch.id')} hint={l.t('staffEditors.branchAdmin.idHint')}
          autocomplete="off" spellcheck={false} size={24} {...field} />
        <TextField name="newBranch.name" label={l.t('staffEditors.profile.part.newBranch.name')} autocomplete="off" {...field} />
      </div>
      <Choices name="newBranch.kind" label={l.t('staffEditors.profile.part.newBranch.kind')} {...field}
        options={BRANCH_KINDS.map((kind) => ({ value: kind, label: l.t(`staffEditors.branchAdmin.kind.${kind}`) }))} />
      <div class="editor-form__actions">
        <button class="button" type="submit" name="action" value={BRANCH_ACTIONS.add}>{l.t('staffEditors.branchAdmin.add')}</button>
      </div>
    </form>
  );
}

/** The branch form's "name on the website": a coordinator's; empty = the configured name (an added one has none). */
export function BranchNameField({ l, configuredName, values, errors }: {
  readonly l: Localizer; readonly configuredName: string | null; readonly values: FormValues; readonly errors: FieldErrors;
}) {
  const hint = configuredName === null ? l.t('staffEditors.branchAdmin.nameHintAdded') : l.t('staffEditors.branchAdmin.nameHint', { name: configuredName });
  return <TextField name="name" label={l.t('staffEditors.branchAdmin.name')} hint={hint} autocomplete="off" values={values} errors={errors} />;
}

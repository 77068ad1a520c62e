// The form for a new or existing item of any kind: errors at the top, the preview when asked for, a stale save's
// conflict with the values saved meanwhile, the fields, and the buttons draft / publish / schedule.
import type { Actor, ContentItem, ContentKind } from '../../../core/content.ts';
import type { LibraryId } from '../../../core/types.ts';
import type { PageContext } from '../../pages/page-context.ts';
import { CsrfField } from '../../security/forms.tsx';
import { StaffLayout } from '../staff-frame.tsx';
import { KindFields, PublishingFields } from './content-fields.tsx';
import { contentHrefs, kindInfo, shownStatus } from './content-kinds.ts';
import { fieldLabel } from './content-labels.ts';
import { ContentPreview } from './content-preview.tsx';
import { ConflictNotice } from './conflict-notice.tsx';
import { ErrorSummary } from './form-controls.tsx';
import { text, type FieldErrors, type FormValues } from './form-values.ts';

/** What the last save did, shown once after the redirect. */
export const SAVED_NOTICES = ['saved', 'published', 'scheduled'] as const;
export type SavedNotice = (typeof SAVED_NOTICES)[number];

export interface ContentFormProps {
  readonly ctx: PageContext;
  readonly actor: Actor;
  readonly csrf: string;
  readonly kind: ContentKind;
  /** The stored item being edited; null for a new one. */
  readonly item: ContentItem | null;
  readonly values: FormValues;
  readonly errors: FieldErrors;
  readonly owners: readonly (LibraryId | null)[];
  readonly preview?: boolean;
  readonly notice?: SavedNotice | null;
  /** The item as saved by someone else since the form was opened. */
  readonly conflict?: ContentItem | null;
  /** Names of last editors by account id. */
  readonly editorNames: ReadonlyMap<string, string>;
  readonly now: Date;
}

export function ContentFormPage(props: ContentFormProps) {
  const { ctx, actor, csrf, kind, item, values, errors, preview, notice, conflict, now } = props;
  const { l, locale } = ctx;
  const title = item ? l.t(`staffEditors.kind.${kind}.edit`) : l.t(`staffEditors.kind.${kind}.new`);
  const action = item ? contentHrefs.edit(locale, kind, item.id) : contentHrefs.create(locale, kind);
  return (
    <StaffLayout ctx={ctx} actor={actor} csrf={csrf} title={title} section={kindInfo(kind).section}>
      <div class="staff-page editor">
        <p class="editor__back"><a href={contentHrefs.list(locale, kind)}>{l.t(`staffEditors.kind.${kind}.back`)}</a></p>
        <h1>{title}</h1>
        {notice && item && <Notice ctx={ctx} notice={notice} item={item} />}
        {item && <ItemFacts ctx={ctx} item={item} now={now} editorNames={props.editorNames} />}
        {conflict && <ConflictNotice ctx={ctx} kind={kind} current={conflict} values={values} editorNames={props.editorNames} />}
        <ErrorSummary l={l} errors={errors} labels={(name) => fieldLabel(l, name)} />
        {preview && <ContentPreview ctx={ctx} kind={kind} values={values} />}
        <form class="editor-form" method="post" action={action} novalidate>
          <CsrfField token={csrf} />
          <input type="hidden" name="version" value={text(values, 'version') || '0'} />
          <KindFields kind={kind} ctx={ctx} values={values} errors={errors} owners={props.owners} />
          <PublishingFields ctx={ctx} values={values} errors={errors} owners={props.owners} />
          <div class="editor-form__actions">
            <button class="button button--secondary" type="submit" name="action" value="draft">{l.t('staffEditors.action.draft')}</button>
            <button class="button" type="submit" name="action" value="publish">{l.t('staffEditors.action.publish')}</button>
            <button class="button button--secondary" type="submit" name="action" value="schedule">{l.t('staffEditors.action.schedule')}</button>
          </div>
          <p class="form-group__hint">{l.t('staffEditors.hint.actions')}</p>
        </form>
        {item && (
          <p class="editor__delete"><a href={contentHrefs.remove(locale, kind, item.id)}>{l.t(`staffEditors.kind.${kind}.delete`)}</a></p>
        )}
      </div>
    </StaffLayout>
  );
}

function Notice({ ctx, notice, item }: { readonly ctx: PageContext; readonly notice: SavedNotice; readonly item: ContentItem }) {
  const { l } = ctx;
  const when = item.publishAt ? l.dateTime(item.publishAt) : '';
  return <p class="status-message" role="status">{l.t(`staffEditors.notice.${notice}`, { time: when })}</p>;
}

function ItemFacts({ ctx, item, now, editorNames }: { readonly ctx: PageContext; readonly item: ContentItem; readonly now: Date; readonly editorNames: ReadonlyMap<string, string> }) {
  const { l } = ctx;
  const status = shownStatus(item, now);
  return (
    <dl class="editor__facts">
      <div><dt>{l.t('staffEditors.list.status')}</dt><dd><span class={`content-status content-status--${status}`}>{l.t(`staffEditors.status.${status}`)}</span></dd></div>
      {item.publishAt && <div><dt>{l.t('staffEditors.list.publishAt')}</dt><dd>{l.dateTime(item.publishAt)}</dd></div>}
      <div>
        <dt>{l.t('staffEditors.list.changed')}</dt>
        <dd>{l.dateTime(item.updatedAt)}{item.updatedBy && <> · {editorNames.get(item.updatedBy) ?? l.t('staffEditors.list.unknownEditor')}</>}</dd>
      </div>
      {item.demo && <div><dt>{l.t('staffEditors.list.demo')}</dt><dd>{l.t('staffEditors.list.demoText')}</dd></div>}
    </dl>
  );
}

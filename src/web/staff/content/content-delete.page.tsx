// "Ta bort?": what will be deleted, and a POST button (with its CSRF token) or a way back. Deleting is for good.
import type { Actor, ContentItem } from '../../../core/content.ts';
import { libraryName, type PageContext } from '../../pages/page-context.ts';
import { CsrfField } from '../../security/forms.tsx';
import { StaffLayout } from '../staff-frame.tsx';
import { contentHrefs, itemTitle, kindInfo, shownStatus } from './content-kinds.ts';

export function ContentDeletePage({ ctx, actor, csrf, item, now }: {
  readonly ctx: PageContext; readonly actor: Actor; readonly csrf: string; readonly item: ContentItem; readonly now: Date;
}) {
  const { l, locale } = ctx;
  const title = l.t(`staffEditors.kind.${item.kind}.deleteTitle`);
  return (
    <StaffLayout ctx={ctx} actor={actor} csrf={csrf} title={title} section={kindInfo(item.kind).section}>
      <div class="staff-page editor">
        <h1>{title}</h1>
        <dl class="editor__facts">
          <div><dt>{l.t(item.kind === 'eservice' ? 'staffEditors.field.name' : 'staffEditors.field.title')}</dt><dd lang="sv">{itemTitle(item)}</dd></div>
          <div><dt>{l.t('staffEditors.field.owner')}</dt><dd>{item.library === null ? l.t('staffEditors.owner.county') : libraryName(ctx, item.library)}</dd></div>
          <div><dt>{l.t('staffEditors.list.status')}</dt><dd>{l.t(`staffEditors.status.${shownStatus(item, now)}`)}</dd></div>
        </dl>
        <p>{l.t('staffEditors.delete.text')}</p>
        <form class="editor-form__actions" method="post" action={contentHrefs.remove(locale, item.kind, item.id)}>
          <CsrfField token={csrf} />
          <button class="button button--danger" type="submit">{l.t('staffEditors.delete.confirm')}</button>
          <a class="button button--secondary" href={contentHrefs.edit(locale, item.kind, item.id)}>{l.t('staffEditors.delete.cancel')}</a>
        </form>
      </div>
    </StaffLayout>
  );
}

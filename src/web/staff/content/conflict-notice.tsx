// A stale save: someone saved the item after this form was opened. Nothing was overwritten; the form keeps what was
// typed (its version now the current one, so saving again replaces theirs) and a table shows what they saved.
import type { ContentItem, ContentKind } from '../../../core/content.ts';
import type { PageContext } from '../../pages/page-context.ts';
import { FIELD_NAMES, fieldLabel } from './content-labels.ts';
import { valuesOfItem } from './content-values.ts';
import { list, type FormValues } from './form-values.ts';

/** Long texts are cut in the table; the whole is in the item itself. */
const SHOWN_CHARACTERS = 280;

const shown = (values: FormValues, name: string) => {
  const all = list(values, name).join(', ');
  return all.length > SHOWN_CHARACTERS ? `${all.slice(0, SHOWN_CHARACTERS)}…` : all;
};

export function ConflictNotice({ ctx, kind, current, values, editorNames }: {
  readonly ctx: PageContext; readonly kind: ContentKind; readonly current: ContentItem; readonly values: FormValues;
  readonly editorNames: ReadonlyMap<string, string>;
}) {
  const { l } = ctx;
  const saved = valuesOfItem(current);
  const differing = FIELD_NAMES[kind].filter((name) => shown(saved, name) !== shown(values, name));
  const who = current.updatedBy ? (editorNames.get(current.updatedBy) ?? l.t('staffEditors.list.unknownEditor')) : l.t('staffEditors.conflict.someone');
  return (
    <section class="conflict" role="alert" aria-labelledby="conflict-title">
      <h2 id="conflict-title" class="conflict__title">{l.t('staffEditors.conflict.title')}</h2>
      <p>{l.t('staffEditors.conflict.text', { who, time: l.dateTime(current.updatedAt) })}</p>
      {differing.length > 0 && (
        <div class="table-scroll">
          <table class="conflict__table">
            <caption class="visually-hidden">{l.t('staffEditors.conflict.caption')}</caption>
            <thead><tr><th scope="col">{l.t('staffEditors.conflict.field')}</th><th scope="col">{l.t('staffEditors.conflict.saved')}</th><th scope="col">{l.t('staffEditors.conflict.yours')}</th></tr></thead>
            <tbody>
              {differing.map((name) => (
                <tr><th scope="row">{fieldLabel(l, name)}</th><td lang={langOf(name)}>{shown(saved, name)}</td><td lang={langOf(name)}>{shown(values, name)}</td></tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>{l.t('staffEditors.conflict.next')}</p>
    </section>
  );
}

/** Swedish and English inputs keep their language in the table, whatever the page's. */
const langOf = (name: string) => /\.(sv|en)$/.exec(name)?.[1];

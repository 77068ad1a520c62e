// An event's own fields: when (first start and end, how it repeats, cancelled dates), where (a branch of the owner
// library or another place), for whom, what kind, sign-up and whether it is cancelled.
import type { VNode } from 'preact';
import { EVENT_AUDIENCES, EVENT_TYPES } from '../../../core/content.ts';
import type { FieldsProps } from './content-fields.tsx';
import { Checkbox, Choices, LocalizedFields, SelectField, TextArea, TextField } from './form-controls.tsx';

export function EventFields(props: FieldsProps & { readonly markdown: VNode; readonly image: VNode }) {
  const { ctx, values, errors, owners, markdown, image } = props;
  const { l } = ctx;
  const field = { values, errors };
  const branchGroups = owners.filter((o): o is string => o !== null).flatMap((owner) => {
    const library = ctx.libraries.find((lib) => lib.id === owner);
    return library ? [{ label: library.name, options: library.branches.map((b) => ({ value: b.id, label: b.name })) }] : [];
  });
  return (
    <>
      <LocalizedFields l={l} name="title" label={l.t('staffEditors.field.title')} {...field} required />
      <LocalizedFields l={l} name="summary" label={l.t('staffEditors.field.summary')} {...field} multiline rows={3} hint={l.t('staffEditors.hint.summary')} />
      {markdown}
      <fieldset class="form-group">
        <legend class="form-group__title">{l.t('staffEditors.event.when')}</legend>
        <div class="field-row">
          <TextField name="startsAt" type="datetime-local" label={l.t('staffEditors.field.startsAt')} {...field} required />
          <TextField name="endsAt" type="datetime-local" label={l.t('staffEditors.field.endsAt')} {...field} required />
        </div>
        <p class="form-group__hint">{l.t('staffEditors.hint.stockholmTime')}</p>
        <div class="field-row">
          <SelectField name="recurrence.frequency" label={l.t('staffEditors.field.frequency')} {...field}
            options={(['none', 'weekly', 'monthly'] as const).map((f) => ({ value: f, label: l.t(`staffEditors.frequency.${f}`) }))} />
          <TextField name="recurrence.interval" type="number" min="1" max="52" inputmode="numeric" size={3} label={l.t('staffEditors.field.interval')} hint={l.t('staffEditors.hint.interval')} {...field} />
        </div>
        <div class="field-row">
          <TextField name="recurrence.until" type="date" label={l.t('staffEditors.field.until')} {...field} />
          <TextField name="recurrence.count" type="number" min="1" inputmode="numeric" size={4} label={l.t('staffEditors.field.count')} {...field} />
        </div>
        <p class="form-group__hint">{l.t('staffEditors.hint.untilOrCount')}</p>
        <TextArea name="recurrence.except" rows={3} label={l.t('staffEditors.field.except')} hint={l.t('staffEditors.hint.except')} {...field} class="field--narrow" />
      </fieldset>
      <fieldset class="form-group">
        <legend class="form-group__title">{l.t('staffEditors.event.where')}</legend>
        <SelectField name="branch" label={l.t('staffEditors.field.branch')} {...field}
          options={[{ value: '', label: l.t('staffEditors.branch.none') }]} groups={branchGroups} />
        <LocalizedFields l={l} name="place" label={l.t('staffEditors.field.place')} hint={l.t('staffEditors.hint.place')} {...field} />
      </fieldset>
      <fieldset class="form-group">
        <legend class="form-group__title">{l.t('staffEditors.event.what')}</legend>
        <Choices name="audiences" multiple label={l.t('staffEditors.field.audiences')} {...field} class="choices--columns"
          options={EVENT_AUDIENCES.map((a) => ({ value: a, label: l.t(`staffEditors.audience.${a}`) }))} />
        <SelectField name="type" label={l.t('staffEditors.field.type')} {...field}
          options={EVENT_TYPES.map((t) => ({ value: t, label: l.t(`staffEditors.eventType.${t}`) }))} />
        <div class="field-row">
          <TextField name="registrationUrl" type="url" label={l.t('staffEditors.field.registrationUrl')} hint={l.t('staffEditors.hint.https')} {...field} />
          <TextField name="capacity" type="number" min="1" inputmode="numeric" size={5} label={l.t('staffEditors.field.capacity')} hint={l.t('staffEditors.hint.capacity')} {...field} />
        </div>
        <Checkbox name="cancelled" label={l.t('staffEditors.field.cancelled')} hint={l.t('staffEditors.hint.cancelled')} {...field} />
      </fieldset>
      {image}
    </>
  );
}

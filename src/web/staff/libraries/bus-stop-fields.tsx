// A library bus's stops as rows of plain fields: where, which weekday, from–to and which weeks. Empty rows are left
// out when saved; "Lägg till rader" adds more.
import { WEEKDAYS } from '../../../core/opening-hours/opening-hours.types.ts';
import type { Localizer } from '../../i18n/i18n.ts';
import { SelectField, TextField } from '../content/form-controls.tsx';
import type { FieldErrors, FormValues } from '../content/form-values.ts';

export function BusStopFields({ l, values, errors, rows }: { readonly l: Localizer; readonly values: FormValues; readonly errors: FieldErrors; readonly rows: number }) {
  const field = { values, errors };
  return (
    <section class="bus-stops-form" aria-labelledby="bus-stops-title">
      <h2 id="bus-stops-title">{l.t('staffEditors.bus.title')}</h2>
      <p class="form-group__hint">{l.t('staffEditors.bus.intro')}</p>
      {Array.from({ length: rows }, (_, r) => {
        const at = `busStops.${r}`;
        return (
          <fieldset class="bus-stop">
            <legend class="exception__title">{l.t('staffEditors.bus.stopN', { n: r + 1 })}</legend>
            <div class="field-row">
              <TextField name={`${at}.name`} label={l.t('staffEditors.profile.part.name')} {...field} />
              <TextField name={`${at}.place`} label={l.t('staffEditors.profile.part.place')} {...field} />
            </div>
            <div class="field-row field-row--compact">
              <SelectField name={`${at}.weekday`} label={l.t('staffEditors.profile.part.weekday')} {...field}
                options={WEEKDAYS.map((day) => ({ value: day, label: l.t(`staffEditors.weekday.${day}`) }))} />
              <SelectField name={`${at}.weeks`} label={l.t('staffEditors.profile.part.weeks')} {...field}
                options={(['every', 'odd', 'even'] as const).map((w) => ({ value: w, label: l.t(`staffEditors.bus.weeks.${w}`) }))} />
            </div>
            <div class="field-row field-row--compact">
              <TextField name={`${at}.from`} label={l.t('staffEditors.profile.part.from')} inputmode="numeric" size={5} {...field} />
              <TextField name={`${at}.to`} label={l.t('staffEditors.profile.part.to')} inputmode="numeric" size={5} {...field} />
            </div>
          </fieldset>
        );
      })}
    </section>
  );
}

// Opening hours as plain form fields that work without script: weekly schedules (a name and period, and for each
// weekday up to three intervals, staffed or self-service), exceptions for dates, notes, and what holidays do.
// Time fields are text ("10:00") so "24:00" can be written; a fixed number of rows, more on "Lägg till rader".
import { HOLIDAY_RULES, WEEKDAYS } from '../../../core/opening-hours/opening-hours.types.ts';
import type { Localizer } from '../../i18n/i18n.ts';
import { Checkbox, Choices, fieldId, LocalizedFields, TextField } from '../content/form-controls.tsx';
import { text, type FieldErrors, type FormValues } from '../content/form-values.ts';
import { EXCEPTION_INTERVALS, INTERVALS_PER_DAY, type HoursRows } from './opening-hours-values.ts';

interface Props {
  readonly l: Localizer;
  readonly values: FormValues;
  readonly errors: FieldErrors;
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

export function OpeningHoursFields({ l, values, errors, rows }: Props & { readonly rows: HoursRows }) {
  const field = { values, errors };
  return (
    <section class="hours-form" aria-labelledby="hours-form-title">
      <h2 id="hours-form-title">{l.t('staffEditors.hours.title')}</h2>
      <p class="form-group__hint">{l.t('staffEditors.hours.intro')}</p>
      <Choices name="openingHours.onHolidays" label={l.t('staffEditors.profile.part.onHolidays')} {...field}
        options={HOLIDAY_RULES.map((rule) => ({ value: rule, label: l.t(`staffEditors.hours.holiday.${rule}`) }))} />
      {text(values, 'openingHours.demo') === '1' && <input type="hidden" name="openingHours.demo" value="1" />}
      {range(rows.schedules).map((r) => <ScheduleFields l={l} {...field} r={r} />)}
      <fieldset class="form-group">
        <legend class="form-group__title">{l.t('staffEditors.hours.exceptions')}</legend>
        <p class="form-group__hint">{l.t('staffEditors.hours.exceptionsHint')}</p>
        {range(rows.exceptions).map((r) => <ExceptionFields l={l} {...field} r={r} />)}
      </fieldset>
      <fieldset class="form-group">
        <legend class="form-group__title">{l.t('staffEditors.hours.notes')}</legend>
        {range(rows.notes).map((r) => (
          <LocalizedFields l={l} name={`openingHours.notes.${r}`} label={l.t('staffEditors.hours.noteN', { n: r + 1 })} {...field} />
        ))}
      </fieldset>
    </section>
  );
}

function ScheduleFields({ l, values, errors, r }: Props & { readonly r: number }) {
  const at = `openingHours.schedules.${r}`;
  const field = { values, errors };
  return (
    <fieldset class="form-group schedule">
      <legend class="form-group__title">{l.t('staffEditors.hours.scheduleN', { n: r + 1 })}</legend>
      <p class="form-group__hint">{l.t(r === 0 ? 'staffEditors.hours.scheduleHintFirst' : 'staffEditors.hours.scheduleHint')}</p>
      <LocalizedFields l={l} name={`${at}.name`} label={l.t('staffEditors.profile.part.name')} hint={l.t('staffEditors.hours.nameHint')} {...field} />
      <p class="form-group__hint" id={`${fieldId(at)}-period-hint`}>{l.t('staffEditors.hours.periodHint')}</p>
      <div class="field-row field-row--compact">
        <TextField name={`${at}.from`} label={l.t('staffEditors.hours.periodFrom')} describedBy={`${fieldId(at)}-period-hint`} size={10} {...field} />
        <TextField name={`${at}.to`} label={l.t('staffEditors.hours.periodTo')} describedBy={`${fieldId(at)}-period-hint`} size={10} {...field} />
      </div>
      <div class="week-grid" role="group" aria-label={l.t('staffEditors.hours.days')}>
        {WEEKDAYS.map((day) => (
          <div class="week-grid__day">
            <p class="week-grid__name">{l.t(`staffEditors.weekday.${day}`)}</p>
            <div class="week-grid__intervals">
              {range(INTERVALS_PER_DAY).map((k) => (
                <IntervalRow l={l} {...field} at={`${at}.days.${day}.${k}`}
                  label={`${l.t(`staffEditors.weekday.${day}`)}, ${l.t('staffEditors.hours.intervalN', { n: k + 1 })}`} />
              ))}
            </div>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

function ExceptionFields({ l, values, errors, r }: Props & { readonly r: number }) {
  const at = `openingHours.exceptions.${r}`;
  const field = { values, errors };
  return (
    <fieldset class="exception">
      <legend class="exception__title">{l.t('staffEditors.hours.exceptionN', { n: r + 1 })}</legend>
      <div class="field-row field-row--compact">
        <TextField name={`${at}.date`} type="date" label={l.t('staffEditors.profile.part.date')} {...field} />
        <TextField name={`${at}.to`} type="date" label={l.t('staffEditors.hours.exceptionTo')} {...field} />
      </div>
      <Checkbox name={`${at}.closed`} label={l.t('staffEditors.profile.part.closed')} {...field} />
      <p class="exception__or">{l.t('staffEditors.hours.orOpen')}</p>
      <div class="week-grid__intervals">
        {range(EXCEPTION_INTERVALS).map((k) => (
          <IntervalRow l={l} {...field} at={`${at}.hours.${k}`} label={`${l.t('staffEditors.hours.exceptionN', { n: r + 1 })}, ${l.t('staffEditors.hours.intervalN', { n: k + 1 })}`} />
        ))}
      </div>
      <LocalizedFields l={l} name={`${at}.note`} label={l.t('staffEditors.profile.part.note')} {...field} />
    </fieldset>
  );
}

/** From – to and kind of one interval on one line; the labels (for screen readers) say the day and row. */
function IntervalRow({ l, values, errors, at, label }: Props & { readonly at: string; readonly label: string }) {
  const names = [`${at}.from`, `${at}.to`, `${at}.service`];
  const problems = names.filter((name) => errors[name]);
  const time = (part: 'from' | 'to') => {
    const name = `${at}.${part}`;
    return (
      <span class="interval__cell">
        <label class="visually-hidden" for={fieldId(name)}>{`${label}, ${l.t(`staffEditors.profile.part.${part}`)}`}</label>
        <input class="field__input interval__time" id={fieldId(name)} name={name} type="text" inputmode="numeric" size={5} maxLength={5}
          pattern="([01][0-9]|2[0-4]):[0-5][0-9]" value={text(values, name)}
          aria-invalid={errors[name] ? 'true' : undefined} aria-describedby={errors[name] ? `${fieldId(name)}-error` : undefined} />
      </span>
    );
  };
  return (
    <div class={`interval${problems.length ? ' field--error' : ''}`}>
      {problems.map((name) => <p class="field__error interval__error" id={`${fieldId(name)}-error`}>{errors[name]}</p>)}
      {time('from')}
      <span class="interval__dash" aria-hidden="true">–</span>
      {time('to')}
      <span class="interval__cell">
        <label class="visually-hidden" for={fieldId(`${at}.service`)}>{`${label}, ${l.t('staffEditors.profile.part.service')}`}</label>
        <select class="field__input field__input--select interval__service" id={fieldId(`${at}.service`)} name={`${at}.service`}>
          {(['staffed', 'self-service'] as const).map((kind) => (
            <option value={kind} selected={text(values, `${at}.service`) === kind}>{l.t(`staffEditors.hours.service.${kind}`)}</option>
          ))}
        </select>
      </span>
    </div>
  );
}

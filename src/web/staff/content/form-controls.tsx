// The staff forms' fields: every field has a label, its error next to it (aria-invalid, aria-describedby) and an
// id the error summary links to. Swedish and English inputs sit side by side, the English one marked lang="en".
import type { ComponentChildren } from 'preact';
import type { Localizer } from '../../i18n/i18n.ts';
import { FORM_LEVEL, text, list, type FieldErrors, type FormValues } from './form-values.ts';

/** The element id of a field: "f-title-sv" for "title.sv". */
export function fieldId(name: string): string {
  return `f-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

const errorId = (name: string) => `${fieldId(name)}-error`;
const hintId = (name: string) => `${fieldId(name)}-hint`;

/** What every field needs: its name, the form's values and errors. */
export interface FieldBase {
  readonly name: string;
  readonly label: ComponentChildren;
  readonly values: FormValues;
  readonly errors: FieldErrors;
  readonly hint?: ComponentChildren;
  /** The language of the text typed here when it differs from the page's ("en" on a Swedish page). */
  readonly lang?: string;
  readonly class?: string;
  /** Ids of more text that describes the field (a hint shared by a Swedish/English pair). */
  readonly describedBy?: string;
}

function describedBy(name: string, errors: FieldErrors, hint: unknown, more?: string): string | undefined {
  const ids = [more ?? '', hint ? hintId(name) : '', errors[name] ? errorId(name) : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function Hint({ name, hint }: { readonly name: string; readonly hint?: ComponentChildren }) {
  return hint ? <p class="field__hint" id={hintId(name)}>{hint}</p> : null;
}

function FieldError({ name, errors }: { readonly name: string; readonly errors: FieldErrors }) {
  return errors[name] ? <p class="field__error" id={errorId(name)}>{errors[name]}</p> : null;
}

type InputProps = FieldBase & {
  readonly type?: 'text' | 'url' | 'email' | 'tel' | 'date' | 'datetime-local' | 'number' | 'search';
  readonly required?: boolean;
  readonly autocomplete?: string;
  readonly inputmode?: 'numeric' | 'decimal' | 'text';
  readonly pattern?: string;
  readonly placeholder?: string;
  readonly size?: number;
  readonly min?: string;
  readonly max?: string;
  readonly spellcheck?: boolean;
};

export function TextField({ name, label, values, errors, hint, lang, type = 'text', class: className, describedBy: more, ...rest }: InputProps) {
  return (
    <div class={`field${errors[name] ? ' field--error' : ''}${className ? ` ${className}` : ''}`}>
      <label class="field__label" for={fieldId(name)}>{label}</label>
      <Hint name={name} hint={hint} />
      <FieldError name={name} errors={errors} />
      <input class="field__input" id={fieldId(name)} name={name} type={type} value={text(values, name)} lang={lang}
        aria-invalid={errors[name] ? 'true' : undefined} aria-describedby={describedBy(name, errors, hint, more)} {...rest} />
    </div>
  );
}

export function TextArea({ name, label, values, errors, hint, lang, rows = 6, class: className, describedBy: more }: FieldBase & { readonly rows?: number }) {
  const raw = values[name];
  return (
    <div class={`field${errors[name] ? ' field--error' : ''}${className ? ` ${className}` : ''}`}>
      <label class="field__label" for={fieldId(name)}>{label}</label>
      <Hint name={name} hint={hint} />
      <FieldError name={name} errors={errors} />
      <textarea class="field__input field__input--area" id={fieldId(name)} name={name} rows={rows} lang={lang}
        aria-invalid={errors[name] ? 'true' : undefined} aria-describedby={describedBy(name, errors, hint, more)}>
        {typeof raw === 'string' ? raw : text(values, name)}
      </textarea>
    </div>
  );
}

export interface Option {
  readonly value: string;
  readonly label: string;
  readonly lang?: string;
}

export interface OptionGroup {
  readonly label: string;
  readonly options: readonly Option[];
}

export function SelectField({ name, label, values, errors, hint, options, groups = [], class: className }: FieldBase & { readonly options: readonly Option[]; readonly groups?: readonly OptionGroup[] }) {
  const chosen = text(values, name);
  const option = (o: Option) => <option value={o.value} selected={o.value === chosen} lang={o.lang}>{o.label}</option>;
  return (
    <div class={`field${errors[name] ? ' field--error' : ''}${className ? ` ${className}` : ''}`}>
      <label class="field__label" for={fieldId(name)}>{label}</label>
      <Hint name={name} hint={hint} />
      <FieldError name={name} errors={errors} />
      <select class="field__input field__input--select" id={fieldId(name)} name={name}
        aria-invalid={errors[name] ? 'true' : undefined} aria-describedby={describedBy(name, errors, hint)}>
        {options.map(option)}
        {groups.map((g) => <optgroup label={g.label}>{g.options.map(option)}</optgroup>)}
      </select>
    </div>
  );
}

/** Checkboxes (`multiple`) or radio buttons in a fieldset; the first box carries the id the summary links to. */
export function Choices({ name, label, values, errors, hint, options, multiple = false, class: className }: FieldBase & { readonly options: readonly Option[]; readonly multiple?: boolean }) {
  const chosen = multiple ? list(values, name) : [text(values, name)];
  return (
    <fieldset class={`field choices${errors[name] ? ' field--error' : ''}${className ? ` ${className}` : ''}`}
      aria-describedby={describedBy(name, errors, hint)}>
      <legend class="field__label">{label}</legend>
      <Hint name={name} hint={hint} />
      <FieldError name={name} errors={errors} />
      <ul class="choices__list">
        {options.map((o, i) => (
          <li class="choice">
            <input class="choice__input" type={multiple ? 'checkbox' : 'radio'} id={i === 0 ? fieldId(name) : `${fieldId(name)}-${i}`}
              name={name} value={o.value} checked={chosen.includes(o.value)} aria-invalid={errors[name] ? 'true' : undefined} />
            <label class="choice__label" for={i === 0 ? fieldId(name) : `${fieldId(name)}-${i}`} lang={o.lang}>{o.label}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** One checkbox with its own label (value "1" when ticked). */
export function Checkbox({ name, label, values, errors, hint }: FieldBase) {
  return (
    <div class={`field field--check${errors[name] ? ' field--error' : ''}`}>
      <FieldError name={name} errors={errors} />
      <input class="choice__input" type="checkbox" id={fieldId(name)} name={name} value="1" checked={text(values, name) === '1'}
        aria-invalid={errors[name] ? 'true' : undefined} aria-describedby={describedBy(name, errors, hint)} />
      <label class="choice__label" for={fieldId(name)}>{label}</label>
      <Hint name={name} hint={hint} />
    </div>
  );
}

/**
 * A text in Swedish and English: one legend and hint for both, then the two inputs side by side on a wide screen
 * (`name.sv`, and `name.en` marked lang="en"), labelled by their language.
 */
export function LocalizedFields({ l, name, label, values, errors, hint, multiline, rows, required }: Omit<FieldBase, 'label'> & {
  readonly l: Localizer; readonly label: string; readonly multiline?: boolean; readonly rows?: number; readonly required?: boolean;
}) {
  const shared = hint ? hintId(name) : undefined;
  const fields = (['sv', 'en'] as const).map((language) => {
    const props = {
      name: `${name}.${language}`, label: l.t(`staffEditors.langName.${language}`), values, errors, lang: language, describedBy: shared,
      class: 'field--language',
    };
    return multiline ? <TextArea {...props} rows={rows} /> : <TextField {...props} required={required && language === 'sv'} />;
  });
  return (
    <fieldset class="field-group">
      <legend class="field__label field-group__legend">{label}</legend>
      {hint && <p class="field__hint field-group__hint" id={shared}>{hint}</p>}
      <div class="field-pair">{fields}</div>
    </fieldset>
  );
}

/** The list of problems at the top of a form, each linking to its field; focused first by the form script-free way (h2 + role=alert). */
export function ErrorSummary({ l, errors, labels }: { readonly l: Localizer; readonly errors: FieldErrors; readonly labels: (name: string) => string }) {
  const names = Object.keys(errors);
  if (names.length === 0) return null;
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex={-1}>
      <h2 class="error-summary__title" id="error-summary-title">{l.t('staffEditors.error.summary', { count: names.length })}</h2>
      <ul class="error-summary__list">
        {names.map((name) => (
          <li>{name === FORM_LEVEL ? errors[name] : <a href={`#${fieldId(name)}`}>{labels(name)}: {errors[name]}</a>}</li>
        ))}
      </ul>
    </div>
  );
}

// One labelled form field with its hint and, after a failed submit, its error next to it: the error and the hint are
// tied to the input with aria-describedby, and aria-invalid marks it. Used by the report form and the style guide.
import type { Localizer } from '../../i18n/i18n.ts';

export interface FormFieldProps {
  readonly l: Localizer;
  readonly id: string;
  readonly name: string;
  readonly label: string;
  readonly hint?: string;
  readonly error?: string;
  readonly value: string;
  readonly multiline?: boolean;
  readonly maxLength?: number;
  readonly required?: boolean;
  readonly autocomplete?: string;
  readonly inputMode?: 'text' | 'url' | 'email';
}

export function FormField({ l, id, name, label, hint, error, value, multiline, maxLength, required, autocomplete, inputMode }: FormFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const common = {
    id, name, class: 'form-field__input', maxLength, required, 'aria-describedby': describedBy, 'aria-invalid': error ? 'true' as const : undefined,
  };
  return (
    <div class={error ? 'form-field form-field--invalid' : 'form-field'}>
      <label class="form-field__label" for={id}>{label}</label>
      {hint && <p class="form-field__hint" id={hintId}>{hint}</p>}
      {error && <p class="form-field__error" id={errorId}><span class="visually-hidden">{l.t('info.report.errorPrefix')} </span>{error}</p>}
      {multiline
        ? <textarea {...common} rows={6}>{value}</textarea>
        : <input {...common} type="text" value={value} autocomplete={autocomplete} inputMode={inputMode} />}
    </div>
  );
}

// What each field of the library and branch forms is called in the error summary: "Veckoschema 1, måndag, tid 2:
// till" for "openingHours.schedules.0.days.mon.1.to".
import type { Localizer } from '../../i18n/i18n.ts';

/** Swedish writes weekdays and words after a colon in lower case; English keeps its capitals. */
const inText = (l: Localizer, text: string) => (l.locale === 'sv' ? text.toLocaleLowerCase('sv') : text);

const part = (l: Localizer, name: string) => {
  const language = /^(.*)\.(sv|en)$/.exec(name);
  if (language) return `${l.t(`staffEditors.profile.part.${language[1]}`)} ${l.t(`staffEditors.lang.${language[2]}`)}`;
  return l.t(`staffEditors.profile.part.${name}`);
};

const day = (l: Localizer, weekday: string) => inText(l, l.t(`staffEditors.weekday.${weekday}`));

const RULES: readonly [RegExp, (l: Localizer, m: RegExpExecArray) => string][] = [
  [/^openingHours\.schedules\.(\d+)\.days\.(\w+)\.(\d+)\.(\w+)$/, (l, m) =>
    `${l.t('staffEditors.hours.scheduleN', { n: Number(m[1]) + 1 })}, ${day(l, m[2]!)}, ${l.t('staffEditors.hours.intervalN', { n: Number(m[3]) + 1 })}: ${inText(l, part(l, m[4]!))}`],
  [/^openingHours\.schedules\.(\d+)\.(.+)$/, (l, m) => `${l.t('staffEditors.hours.scheduleN', { n: Number(m[1]) + 1 })}: ${part(l, m[2]!)}`],
  [/^openingHours\.exceptions\.(\d+)\.hours\.(\d+)\.(\w+)$/, (l, m) =>
    `${l.t('staffEditors.hours.exceptionN', { n: Number(m[1]) + 1 })}, ${l.t('staffEditors.hours.intervalN', { n: Number(m[2]) + 1 })}: ${inText(l, part(l, m[3]!))}`],
  [/^openingHours\.exceptions\.(\d+)\.(.+)$/, (l, m) => `${l.t('staffEditors.hours.exceptionN', { n: Number(m[1]) + 1 })}: ${part(l, m[2]!)}`],
  [/^openingHours\.notes\.(\d+)\.(sv|en)$/, (l, m) => `${l.t('staffEditors.hours.noteN', { n: Number(m[1]) + 1 })} ${l.t(`staffEditors.lang.${m[2]}`)}`],
  [/^busStops\.(\d+)\.(\w+)$/, (l, m) => `${l.t('staffEditors.bus.stopN', { n: Number(m[1]) + 1 })}: ${part(l, m[2]!)}`],
];

export function profileFieldLabel(l: Localizer, name: string): string {
  for (const [pattern, label] of RULES) {
    const match = pattern.exec(name);
    if (match) return label(l, match);
  }
  return part(l, name.replace(/^openingHours\./, ''));
}

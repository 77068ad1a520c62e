// Staff-written text in the page's language: English when written, else the Swedish original, marked lang="sv" so
// screen readers pronounce it right (the page itself is lang="en").
import type { LocalizedText } from '../../../core/content.ts';
import type { Locale } from '../../i18n/i18n.ts';

export interface ShownText {
  readonly text: string;
  /** Set when the text is not in the page's language. */
  readonly lang: string | undefined;
}

export function shownText(value: LocalizedText, locale: Locale): ShownText {
  if (locale === 'en' && value.en) return { text: value.en, lang: undefined };
  return { text: value.sv, lang: locale === 'sv' ? undefined : 'sv' };
}

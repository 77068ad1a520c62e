// Text a library wrote, in the page's language when it exists: English pages fall back to the Swedish text, marked
// lang="sv" so that screen readers pronounce it as Swedish.
import type { LocalizedText } from '../../../core/content.ts';
import type { Locale } from '../../i18n/i18n.ts';

export interface ShownText {
  readonly text: string;
  /** Set when the text is not in the page's language. */
  readonly lang: string | undefined;
}

export function localized(text: LocalizedText, locale: Locale): ShownText {
  if (locale === 'en' && text.en?.trim()) return { text: text.en, lang: undefined };
  return { text: text.sv, lang: locale === 'sv' ? undefined : 'sv' };
}

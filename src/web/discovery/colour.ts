// Colours of the graphic profile: what a valid one looks like, WCAG 2.1 contrast, and a darker shade for hover states.
// Profile colours are typed by staff and written into CSS, so only a checked #rrggbb value ever gets there.

export const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

/** WCAG 2.1 AA for normal text; large text and interface parts need 3:1. */
export const AA_TEXT = 4.5;
export const AA_LARGE = 3;

export const WHITE = '#ffffff';

export function isHexColour(value: unknown): value is string {
  return typeof value === 'string' && HEX_COLOUR.test(value);
}

function channels(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Relative luminance, WCAG 2.1 §1.4.3 (sRGB). */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two #rrggbb colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** A profile colour that may carry white text (header, buttons): valid and at least 4.5:1 against white. */
export function usableOnWhite(value: unknown): value is string {
  return isHexColour(value) && contrastRatio(value, WHITE) >= AA_TEXT;
}

/** The colour scaled towards black (factor 0.8 = 20 % darker): a darker colour keeps its contrast with white. */
export function darken(hex: string, factor: number): string {
  return `#${channels(hex).map((c) => Math.round(c * factor).toString(16).padStart(2, '0')).join('')}`;
}

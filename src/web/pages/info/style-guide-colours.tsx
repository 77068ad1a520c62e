// The style guide's colour tables: every colour token of the stylesheet with its value and contrast, then the
// cooperation's profile colours and each library's accent, saying which are used. Swatches are SVG with a fill
// attribute, so no inline style is needed (strict CSP).
import type { ComponentChildren } from 'preact';
import type { LibraryProfile, SiteProfile } from '../../../core/content.ts';
import { AA_LARGE, AA_TEXT, contrastRatio, isHexColour, usableOnWhite, WHITE } from '../../discovery/colour.ts';
import type { Localizer } from '../../i18n/i18n.ts';
import type { PageContext } from '../page-context.ts';

export interface ColourToken {
  readonly name: string;
  readonly value: string;
}

/** The `--c-*: #rrggbb` tokens of the stylesheet's :root blocks (every area's file), in order; a later one wins. */
export function colourTokens(css: string): ColourToken[] {
  const tokens = new Map<string, string>();
  for (const root of css.matchAll(/:root\s*\{([^}]*)\}/g)) {
    for (const m of root[1]!.matchAll(/--(c-[a-z0-9-]+)\s*:\s*(#[0-9a-fA-F]{6})\s*;/g)) tokens.set(`--${m[1]}`, m[2]!.toLowerCase());
  }
  return [...tokens].map(([name, value]) => ({ name, value }));
}

function Swatch({ value }: { readonly value: string }) {
  return (
    <svg class="swatch" width="40" height="40" viewBox="0 0 40 40" aria-hidden="true" focusable="false">
      <rect x="0.5" y="0.5" width="39" height="39" rx="6" fill={value} stroke="#1b2428" stroke-opacity="0.35" />
    </svg>
  );
}

/** "4,61:1 AA text": rounded down, so a colour just below a limit never shows as meeting it. */
function Contrast({ l, a, b }: { readonly l: Localizer; readonly a: string; readonly b: string }) {
  const ratio = contrastRatio(a, b);
  const verdict = ratio >= AA_TEXT ? 'passText' : ratio >= AA_LARGE ? 'passLarge' : 'fail';
  return (
    <>
      {l.t('styleguide.colours.ratio', { ratio: l.number(Math.floor(ratio * 100) / 100) })}{' '}
      <span class={`contrast contrast--${verdict}`}>{l.t(`styleguide.colours.${verdict}`)}</span>
    </>
  );
}

/** A wide table that scrolls sideways on a phone: a labelled region that takes focus, so keyboards can scroll it too. */
export function TableRegion({ label, children }: { readonly label: string; readonly children: ComponentChildren }) {
  return <div class="style-guide__table" role="region" aria-label={label} tabIndex={0}>{children}</div>;
}

export function ColourTable({ l, tokens, ink }: { readonly l: Localizer; readonly tokens: readonly ColourToken[]; readonly ink: string }) {
  return (
    <TableRegion label={l.t('styleguide.colours.heading')}>
      <table class="data-table">
        <thead>
          <tr>
            <th scope="col">{l.t('styleguide.colours.swatch')}</th><th scope="col">{l.t('styleguide.colours.token')}</th>
            <th scope="col">{l.t('styleguide.colours.hex')}</th><th scope="col">{l.t('styleguide.colours.onWhite')}</th>
            <th scope="col">{l.t('styleguide.colours.onInk')}</th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((t) => (
            <tr>
              <td><Swatch value={t.value} /></td><th scope="row"><code>{t.name}</code></th><td><code>{t.value}</code></td>
              <td><Contrast l={l} a={t.value} b={WHITE} /></td><td><Contrast l={l} a={t.value} b={ink} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

export function ProfileColours({ ctx, site, profiles }: { readonly ctx: PageContext; readonly site: SiteProfile; readonly profiles: readonly LibraryProfile[] }) {
  const { l } = ctx;
  const row = (label: string, value: string | null) => (
    <tr>
      <td>{isHexColour(value) && <Swatch value={value} />}</td>
      <th scope="row">{label}</th>
      <td>{value ? <code>{value}</code> : l.t('styleguide.profile.noAccent')}</td>
      <td>{isHexColour(value) && <Contrast l={l} a={value} b={WHITE} />}</td>
      <td>{value && l.t(usableOnWhite(value) ? 'styleguide.profile.used' : 'styleguide.profile.rejected')}</td>
    </tr>
  );
  const head = (first: string) => (
    <thead>
      <tr>
        <th scope="col">{l.t('styleguide.colours.swatch')}</th><th scope="col">{first}</th><th scope="col">{l.t('styleguide.colours.hex')}</th>
        <th scope="col">{l.t('styleguide.colours.onWhite')}</th><th scope="col">{l.t('styleguide.profile.status')}</th>
      </tr>
    </thead>
  );
  return (
    <>
      <TableRegion label={l.t('styleguide.profile.heading')}>
        <table class="data-table">
          {head(l.t('styleguide.colours.token'))}
          <tbody>{row(l.t('styleguide.profile.primary'), site.primary)}{row(l.t('styleguide.profile.accent'), site.accent)}</tbody>
        </table>
      </TableRegion>
      <h3>{l.t('styleguide.profile.libraries')}</h3>
      <TableRegion label={l.t('styleguide.profile.libraries')}>
        <table class="data-table">
          {head(l.t('styleguide.profile.library'))}
          <tbody>{ctx.libraries.map((m) => row(m.name, profiles.find((p) => p.library === m.id)?.accent ?? null))}</tbody>
        </table>
      </TableRegion>
    </>
  );
}

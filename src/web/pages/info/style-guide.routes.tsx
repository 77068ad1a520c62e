// /stilguide and /en/style-guide: the colour tokens are read from the site's own stylesheet (once), the profile
// colours from the content store at each request, so the guide shows what the pages use right now.
import type { FastifyInstance } from 'fastify';
import { siteCss } from '../../assets.ts';
import type { Locale } from '../../i18n/i18n.ts';
import { pageContext, sendPage, type Site } from '../site.ts';
import { PATHS } from '../urls.ts';
import { colourTokens, type ColourToken } from './style-guide-colours.tsx';
import { StyleGuidePage } from './style-guide.page.tsx';

let tokens: Promise<ColourToken[]> | null = null;

export function registerStyleGuide(app: FastifyInstance, site: Site, locale: Locale): void {
  app.get(PATHS[locale].styleGuide, async (request, reply) => {
    tokens ??= siteCss().then(colourTokens).catch((error: unknown) => {
      tokens = null;
      throw error;
    });
    const [colours, profile, libraries] = await Promise.all([tokens, site.content.site(), site.content.libraries()]);
    const profiles = libraries.flatMap((v) => (v.profile ? [v.profile] : []));
    return sendPage(reply, <StyleGuidePage ctx={pageContext(site, locale, request.url)} tokens={colours} site={profile} profiles={profiles} />);
  });
}

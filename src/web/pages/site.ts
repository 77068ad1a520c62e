// What every page route needs: the site's settings, messages, assets and the ports it reads through.
import type { FastifyReply } from 'fastify';
import type { VNode } from 'preact';
import type { AvailabilityReader } from '../../services/availability-reader.ts';
import type { CatalogueReader } from '../../services/catalogue-reader.ts';
import type { AccessibilityReporting, ContentEditor } from '../../services/content/content-editor.ts';
import type { ContentReader } from '../../services/content/content-reader.ts';
import type { SourceHealthReader } from '../../services/source-health-reader.ts';
import type { StaffAuth } from '../../services/staff/staff-auth.ts';
import type { AssetUrls } from '../assets.ts';
import type { Locale, Localizer } from '../i18n/i18n.ts';
import type { PageContext } from './page-context.ts';
import { renderDocument } from './render.ts';
import { errors } from '../../core/errors.ts';
import { alternateHref } from './urls.ts';

export interface Site {
  readonly consortiumName: string;
  readonly demo: boolean;
  readonly assets: AssetUrls;
  readonly localizers: Record<Locale, Localizer>;
  readonly catalogue: CatalogueReader;
  readonly availability: AvailabilityReader;
  /** The time of day for opening statuses, "this week", scheduled publishing. */
  readonly clock: () => Date;
  readonly sources: SourceHealthReader;
  /** Published news, events, pages, e-services and the libraries' profiles. */
  readonly content: ContentReader;
  /** The staff area's ports; absent = no staff area (a read-only deployment). */
  readonly staff?: {
    readonly editor: ContentEditor;
    readonly auth: StaffAuth;
  };
  /** The accessibility statement's report form; absent = the statement shows the e-mail address only. */
  readonly reporting?: AccessibilityReporting;
  /** The public address of the site (for feeds, sitemap, e-mailed links), no trailing slash; default from the request. */
  readonly baseUrl?: string;
}

export function pageContext(site: Site, locale: Locale, url: string): PageContext {
  return {
    locale, l: site.localizers[locale], consortiumName: site.consortiumName, demo: site.demo,
    libraries: site.catalogue.libraries(), assets: site.assets, alternateUrl: alternateHref(locale, url),
  };
}

export function sendPage(reply: FastifyReply, page: VNode): FastifyReply {
  return reply.type('text/html; charset=utf-8').send(renderDocument(page));
}

/**
 * The origin for links that leave the page (e-mailed password links): the configured base URL, or the request's own
 * only when it names this machine. A Host header is the sender's to choose, so without `web.baseUrl` a forged Host
 * could otherwise have a reset link to someone else's site mailed to a member of staff.
 */
export function trustedOrigin(site: Site, request: { readonly protocol: string; readonly host: string; readonly hostname: string }): string {
  if (site.baseUrl) return site.baseUrl;
  if (['localhost', '127.0.0.1', '[::1]', '::1'].includes(request.hostname)) return `${request.protocol}://${request.host}`;
  throw errors.configInvalid(['web.baseUrl: set the public address of the site; e-mailed links are not built from the Host header']);
}

/** The site's public origin: the configured one, else the request's own (protocol and host). */
export function siteOrigin(site: Site, request: { readonly protocol: string; readonly host: string }): string {
  return site.baseUrl ?? `${request.protocol}://${request.host}`;
}

// What every staff route shares: the logged-in actor on the request, the staff page context and the staff page frame.
// staff.routes.tsx registers the session hook in one encapsulated scope and refuses (redirects to the login form)
// every request without a live session before any route below runs, except the login and password-reset forms.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ComponentChildren } from 'preact';
import { errors } from '../../core/errors.ts';
import type { Actor } from '../../core/content.ts';
import type { Library } from '../../core/types.ts';
import type { AccessibilityReporting, ContentEditor } from '../../services/content/content-editor.ts';
import type { StaffAuth } from '../../services/staff/staff-auth.ts';
import type { Locale } from '../i18n/i18n.ts';
import { Layout } from '../pages/layout.tsx';
import { libraryName, type PageContext } from '../pages/page-context.ts';
import { pageContext, type Site } from '../pages/site.ts';
import { CsrfField } from '../security/forms.tsx';
import { StaffMenu } from './staff-menu.tsx';
import { STAFF_PATHS, staffAlternateHref } from './staff-paths.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The staff member of a live session; null outside the staff area or when not logged in. */
    staffActor: Actor | null;
    /** The libraries with their branches as residents see them (staff-edited names, added branches), for staff pages. */
    staffLibraries: readonly Library[] | null;
  }
}

/** The cookie holding the session token (HttpOnly, SameSite=Strict, Secure over HTTPS, path /). */
export const SESSION_COOKIE = 'samverka_staff';

/** A site with its staff area. */
export interface StaffSite extends Site {
  readonly staff: { readonly editor: ContentEditor; readonly auth: StaffAuth };
  readonly reporting?: AccessibilityReporting;
}

/** The logged-in actor; `unauthenticated` if none (cannot happen behind the staff scope's login check). */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.staffActor) throw errors.unauthenticated();
  return request.staffActor;
}

export const STAFF_SECTIONS = ['home', 'news', 'events', 'pages', 'eservices', 'libraries', 'images', 'accounts', 'audit', 'profile', 'reports'] as const;
export type StaffSection = (typeof STAFF_SECTIONS)[number];

export interface StaffLayoutProps {
  readonly ctx: PageContext;
  /** Null on the login and password forms. */
  readonly actor: Actor | null;
  readonly title: string;
  readonly section?: StaffSection;
  readonly children: ComponentChildren;
  /** The CSRF token for the logout button; without it (a page that made none) the bar links to the home page. */
  readonly csrf?: string;
}

/** A staff page's context: like a public page's, but "In English"/"På svenska" leads to the same staff page. */
export function staffContext(site: Site, locale: Locale, request: FastifyRequest): PageContext {
  const ctx = pageContext(site, locale, request.url);
  return { ...ctx, libraries: request.staffLibraries ?? ctx.libraries, alternateUrl: staffAlternateHref(locale, request.url) };
}

/** What a route hands every staff page: its context, who is logged in (if anyone) and a CSRF token for its forms. */
export interface StaffFrame {
  readonly ctx: PageContext;
  readonly actor: Actor | null;
  readonly csrf: string;
}

/** The staff frame of a request: spread it into StaffLayout (`<StaffLayout {...frame} title=…>`). */
export function staffFrame(site: Site, locale: Locale, request: FastifyRequest, reply: FastifyReply): StaffFrame {
  return { ctx: staffContext(site, locale, request), actor: request.staffActor, csrf: reply.generateCsrf() };
}

/** The staff frame: the public layout (noindex) with a bar saying who is logged in, the staff menu and logout. */
export function StaffLayout({ ctx, actor, title, section, children, csrf }: StaffLayoutProps) {
  return (
    <Layout ctx={ctx} title={title} noindex>
      {actor && <StaffBar ctx={ctx} actor={actor} section={section} csrf={csrf} />}
      <div class="wrap staff">{children}</div>
    </Layout>
  );
}

function StaffBar({ ctx, actor, section, csrf }: { readonly ctx: PageContext; readonly actor: Actor; readonly section?: StaffSection; readonly csrf?: string }) {
  const { l } = ctx;
  const paths = STAFF_PATHS[ctx.locale];
  return (
    <div class="staff-bar">
      <div class="wrap staff-bar__inner">
        <p class="staff-bar__who">
          <span class="staff-bar__label">{l.t('staff.bar.loggedInAs')}</span>{' '}
          <strong class="staff-bar__email">{actor.email}</strong>{' '}
          <span class="staff-bar__role">
            {l.t(`staff.role.${actor.role}`)}{actor.library && <>, {libraryName(ctx, actor.library)}</>}
          </span>
        </p>
        <div class="staff-bar__actions">
          <a class="staff-bar__link" href={paths.changePassword}>{l.t('staff.bar.changePassword')}</a>
          {csrf && (
            <form class="staff-bar__logout" method="post" action={paths.logout}>
              <CsrfField token={csrf} />
              <button class="button button--secondary staff-bar__button" type="submit">{l.t('staff.bar.logout')}</button>
            </form>
          )}
        </div>
      </div>
      <StaffMenu ctx={ctx} actor={actor} section={section} />
    </div>
  );
}

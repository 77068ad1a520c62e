// What every staff route shares: the logged-in actor on the request, and the staff page frame.
// staff.routes.tsx registers the session hook in one encapsulated scope and refuses (redirects to the login form)
// every request without a live session before any route below runs, except the login and password-reset forms.
import type { FastifyRequest } from 'fastify';
import type { ComponentChildren } from 'preact';
import { errors } from '../../core/errors.ts';
import type { Actor } from '../../core/content.ts';
import type { AccessibilityReporting, ContentEditor } from '../../services/content/content-editor.ts';
import type { StaffAuth } from '../../services/staff/staff-auth.ts';
import { Layout } from '../pages/layout.tsx';
import type { PageContext } from '../pages/page-context.ts';
import type { Site } from '../pages/site.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The staff member of a live session; null outside the staff area or when not logged in. */
    staffActor: Actor | null;
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
}

/** The staff frame: the public layout (noindex) with the staff menu. (The menu is being built in staff-menu.tsx.) */
export function StaffLayout({ ctx, title, children }: StaffLayoutProps) {
  return (
    <Layout ctx={ctx} title={title} noindex>
      <div class="wrap staff">{children}</div>
    </Layout>
  );
}

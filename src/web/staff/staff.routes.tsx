// The staff area (/personal, /en/staff): one encapsulated scope whose hook reads the session and keeps out everyone
// without one (except on the login and password-reset forms), whose responses are private and unindexed, and whose
// errors are shown as staff pages. The content and library editors register their routes inside the same scope.
import type { FastifyInstance } from 'fastify';
import { LOCALES } from '../i18n/i18n.ts';
import { sendPage, type Site } from '../pages/site.ts';
import { registerContentEditorRoutes } from './content/content-editor.routes.tsx';
import { registerLibraryEditorRoutes } from './libraries/library-editor.routes.tsx';
import { registerAccountRoutes } from './accounts.routes.tsx';
import { registerAdminRoutes } from './admin.routes.tsx';
import { registerDashboardRoutes } from './dashboard.routes.tsx';
import { registerLoginRoutes } from './login.routes.tsx';
import { registerPasswordRoutes } from './password.routes.tsx';
import { registerStaffErrors, sendStaffError } from './staff-errors.tsx';
import { StaffLayout, staffContext, type StaffSite } from './staff-frame.tsx';
import { STAFF_PATHS } from './staff-paths.ts';
import { registerSessionHook } from './staff-session.ts';

/** One route of the staff area, as registered (the editors' included). */
export interface StaffRoute {
  readonly method: string;
  readonly url: string;
  /** Open without a session (the login and password-reset forms). */
  readonly public: boolean;
}

const ROUTES = new WeakMap<FastifyInstance, StaffRoute[]>();

/** Every GET and POST route of an app's staff area: the access tests go through them all, new ones included. */
export function staffRoutesOf(app: FastifyInstance): readonly StaffRoute[] {
  return ROUTES.get(app) ?? [];
}

export async function registerStaffRoutes(app: FastifyInstance, site: Site): Promise<void> {
  // Every request has the property, so routes outside the staff scope see null rather than undefined.
  app.decorateRequest('staffActor', null);
  app.decorateRequest('staffLibraries', null);
  const { staff } = site;
  if (!staff) {
    registerNotConfigured(app, site);
    return;
  }
  const staffSite: StaffSite = { ...site, staff };
  const routes: StaffRoute[] = [];
  ROUTES.set(app, routes);
  await app.register(async (scope) => {
    scope.addHook('onRoute', (route) => {
      for (const method of [route.method].flat()) {
        if (method === 'GET' || method === 'POST') routes.push({ method, url: route.url, public: route.config?.staffPublic === true });
      }
    });
    // Staff pages name libraries and branches as residents now see them: renamed, added and hidden ones included.
    scope.addHook('preHandler', async (request) => {
      if (request.staffActor) request.staffLibraries = (await staffSite.content.libraries()).map((view) => view.library);
    });
    registerStaffErrors(scope, staffSite);
    registerSessionHook(scope, staffSite, (request, reply) => sendStaffError(staffSite, request, reply, 'unauthenticated'));
    registerLoginRoutes(scope, staffSite);
    registerPasswordRoutes(scope, staffSite);
    registerDashboardRoutes(scope, staffSite);
    registerAccountRoutes(scope, staffSite);
    registerAdminRoutes(scope, staffSite);
    registerContentEditorRoutes(scope, staffSite);
    await registerLibraryEditorRoutes(scope, staffSite);
  });
}

/** A read-only deployment: the staff address says there is no staff area here, rather than "not found". */
function registerNotConfigured(app: FastifyInstance, site: Site): void {
  for (const locale of LOCALES) {
    app.get(STAFF_PATHS[locale].home, async (request, reply) => {
      const ctx = staffContext(site, locale, request);
      const title = ctx.l.t('staff.notConfigured.title');
      return sendPage(reply.code(404).header('x-robots-tag', 'noindex'), (
        <StaffLayout ctx={ctx} actor={null} title={title}>
          <div class="staff-page"><h1>{title}</h1><p>{ctx.l.t('staff.notConfigured.text')}</p></div>
        </StaffLayout>
      ));
    });
  }
}

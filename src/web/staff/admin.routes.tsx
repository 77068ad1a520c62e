// The coordination pages: the audit log (editors see their library's lines), the graphic profile and the
// accessibility reports (coordinators only). Thin routes: validate → authorize → call the editor port → present.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { errors, isSamverkaError } from '../../core/errors.ts';
import { authorize } from '../../services/policy.ts';
import { LOCALES } from '../i18n/i18n.ts';
import { sendPage } from '../pages/site.ts';
import { validate } from '../validate.ts';
import { AuditPage } from './audit.page.tsx';
import { formValuesOf } from './content/form-values.ts';
import { ProfilePage, profileValues } from './profile.page.tsx';
import { ReportsPage } from './reports.page.tsx';
import { actorOf, staffFrame, type StaffSite } from './staff-frame.tsx';
import { STAFF_PATHS } from './staff-paths.ts';
import { staffFieldErrors } from './staff-forms.tsx';

export const AUDIT_PAGE_SIZE = 50;
const MAX_AUDIT_PAGE = 1000;

const auditQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(MAX_AUDIT_PAGE).default(1),
  library: z.string().max(64).optional(),
});
const versionSchema = z.object({ version: z.coerce.number().int().min(0) });
const reportParamsSchema = z.object({ id: z.coerce.number().int().min(1) });
const doneQuerySchema = z.object({ done: z.literal('1').optional() });

export const PROFILE_FIELDS = ['primary', 'accent', 'tagline.sv', 'tagline.en'] as const;

export function registerAdminRoutes(scope: FastifyInstance, site: StaffSite): void {
  const { editor } = site.staff;
  for (const locale of LOCALES) {
    const paths = STAFF_PATHS[locale];

    scope.get(paths.audit, async (request, reply) => {
      const actor = actorOf(request);
      const query = validate(auditQuerySchema, request.query);
      const members = site.catalogue.libraries().map((l) => l.id);
      if (query.library && !members.includes(query.library)) throw errors.badRequest(`Unknown library "${query.library}"`);
      const library = actor.role === 'coordinator' ? (query.library || undefined) : actor.library;
      authorize(actor, { action: 'audit.read', library: library ?? null });
      const lines = await editor.auditLog(actor, { library, limit: AUDIT_PAGE_SIZE + 1, offset: (query.page - 1) * AUDIT_PAGE_SIZE });
      const view = { entries: lines.slice(0, AUDIT_PAGE_SIZE), page: query.page, hasMore: lines.length > AUDIT_PAGE_SIZE, library: actor.role === 'coordinator' ? (query.library ?? null) : null };
      return sendPage(reply, <AuditPage frame={staffFrame(site, locale, request, reply)} view={view} />);
    });

    scope.get(paths.profile, async (request, reply) => {
      authorize(actorOf(request), { action: 'site.edit' });
      const { done } = validate(doneQuerySchema, request.query);
      const profile = await site.content.site();
      return sendPage(reply, <ProfilePage frame={staffFrame(site, locale, request, reply)} values={profileValues(profile)} version={profile.version} saved={done === '1'} />);
    });

    scope.post(paths.profile, { preHandler: scope.csrfProtection }, async (request, reply) => {
      const actor = actorOf(request);
      authorize(actor, { action: 'site.edit' });
      const values = formValuesOf(request.body);
      const { version } = validate(versionSchema, request.body);
      const input = { primary: values.primary, accent: values.accent, tagline: { sv: values['tagline.sv'] ?? '', en: values['tagline.en'] ?? '' } };
      const frame = staffFrame(site, locale, request, reply);
      try {
        await editor.saveSiteProfile(actor, input, version);
      } catch (error) {
        if (isSamverkaError(error, 'conflict')) {
          // Someone saved in between: show what is stored now, with their version, and say so.
          const current = await site.content.site();
          return sendPage(reply.code(409), <ProfilePage frame={frame} values={profileValues(current)} version={current.version} conflict />);
        }
        const fieldErrors = staffFieldErrors(error, frame.ctx.l, PROFILE_FIELDS);
        if (!fieldErrors) throw error;
        return sendPage(reply.code(400), <ProfilePage frame={frame} values={values} version={version} errors={fieldErrors} />);
      }
      return reply.redirect(`${paths.profile}?done=1`, 303);
    });

    scope.get(paths.reports, async (request, reply) => {
      const actor = actorOf(request);
      authorize(actor, { action: 'reports.read' });
      const { done } = validate(doneQuerySchema, request.query);
      const reports = await editor.accessibilityReports(actor);
      return sendPage(reply, <ReportsPage frame={staffFrame(site, locale, request, reply)} reports={reports} handled={done === '1'} />);
    });

    scope.post(`${paths.reports}/:id`, { preHandler: scope.csrfProtection }, async (request, reply) => {
      const actor = actorOf(request);
      authorize(actor, { action: 'reports.read' });
      const { id } = validate(reportParamsSchema, request.params);
      await editor.markReportHandled(actor, id);
      return reply.redirect(`${paths.reports}?done=1`, 303);
    });
  }
}

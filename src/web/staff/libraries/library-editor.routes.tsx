// Staff editing of library and branch profiles with opening hours and exceptions, and image uploads, in both
// languages; a coordinator also adds branches (the library form's page) and hides or shows them (a button posting to
// the branch). The content service asks the policy and validates; a save goes back to the form with "Sparat".
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { errors, isSamverkaError } from '../../../core/errors.ts';
import type { Library } from '../../../core/types.ts';
import { can } from '../../../services/policy.ts';
import { LOCALES } from '../../i18n/i18n.ts';
import { sendPage } from '../../pages/site.ts';
import { dropEmptyValues, validate } from '../../validate.ts';
import { fieldErrorsOf, formValuesOf, issuesOf, text, type FieldErrors, type FormValues } from '../content/form-values.ts';
import { actorOf, staffFrame, type StaffSite } from '../staff-frame.tsx';
import { BRANCH_ACTIONS, newBranchErrors, newBranchInput, newBranchValues } from './branch-admin.tsx';
import { BranchProfilePage } from './branch-profile.page.tsx';
import { registerImageUploadRoutes } from './image-upload.routes.tsx';
import { libraryEditorHrefs } from './library-editor-paths.ts';
import { LibraryIndexPage, LibraryProfilePage, type BranchNotice } from './library-profile.page.tsx';
import { previewHours } from './opening-hours-values.ts';
import { PathMap } from './path-map.ts';
import {
  branchFieldNames, inputOfBranch, inputOfLibrary, LIBRARY_FIELDS, rowsOfProfile, rowsOfValues, valuesOfBranch, valuesOfLibrary,
} from './profile-values.ts';

const id = z.string().min(1).max(100).regex(/^[a-z0-9-]+$/);
const libraryParams = z.object({ library: id });
const branchParams = z.object({ library: id, branch: id });
const libraryQuery = z.object({ saved: z.literal('1').optional(), branch: z.enum(['hidden', 'shown']).optional() });
const branchQuery = z.object({ saved: z.literal('1').optional(), added: z.literal('1').optional() });

interface LibraryExtra { errors?: FieldErrors; saved?: boolean; conflict?: boolean; notice?: BranchNotice }

export async function registerLibraryEditorRoutes(scope: FastifyInstance, site: StaffSite): Promise<void> {
  const { editor } = site.staff;
  const configured = (library: string): Library => {
    const found = site.catalogue.libraries().find((lib) => lib.id === library);
    if (!found) throw errors.notFound('library', library);
    return found;
  };

  for (const locale of LOCALES) {
    const frameOf = (request: FastifyRequest, reply: FastifyReply) => {
      const { ctx, csrf } = staffFrame(site, locale, request, reply);
      return { ctx, csrf, actor: actorOf(request) };
    };

    const index = async (request: FastifyRequest, reply: FastifyReply) => {
      const frame = frameOf(request, reply);
      const mine = site.catalogue.libraries().filter((lib) => can(frame.actor, { action: 'library.edit', library: lib.id }));
      // Staff-added and hidden branches are staff's to edit too.
      const shown = await Promise.all(mine.map(async (lib) => ({ ...lib, branches: (await editor.libraryBranches(frame.actor, lib.id)).map((b) => b.branch) })));
      return sendPage(reply, <LibraryIndexPage {...frame} libraries={shown} />);
    };
    scope.get(libraryEditorHrefs.index(locale), index);
    scope.get(`${libraryEditorHrefs.index(locale)}/`, index);

    const libraryPath = `${libraryEditorHrefs.index(locale)}/:library`;
    const renderLibrary = async (request: FastifyRequest, reply: FastifyReply, library: Library, values: FormValues, extra: LibraryExtra = {}) => {
      const frame = frameOf(request, reply);
      const branches = await editor.libraryBranches(frame.actor, library.id);
      const canManage = can(frame.actor, { action: 'branches.manage', library: library.id });
      return sendPage(reply, (
        <LibraryProfilePage {...frame} library={library} branches={branches} canManage={canManage} values={values} errors={extra.errors ?? {}}
          saved={extra.saved} conflict={extra.conflict} notice={extra.notice} />
      ));
    };

    scope.get(libraryPath, async (request, reply) => {
      const params = validate(libraryParams, request.params);
      const query = validate(libraryQuery, dropEmptyValues(request.query));
      const library = configured(params.library);
      const profile = await editor.libraryProfile(actorOf(request), library.id);
      return renderLibrary(request, reply, library, valuesOfLibrary(profile), { saved: query.saved === '1', notice: query.branch });
    });

    scope.post(libraryPath, { preHandler: scope.csrfProtection }, async (request, reply) => {
      const params = validate(libraryParams, request.params);
      const actor = actorOf(request);
      const library = configured(params.library);
      const values = formValuesOf(request.body);
      if (text(values, 'action') === BRANCH_ACTIONS.add) {
        try {
          const added = await editor.addBranch(actor, library.id, newBranchInput(values));
          return reply.redirect(`${libraryEditorHrefs.branch(locale, library.id, added.branch)}?added=1`, 303);
        } catch (error) {
          const failed = newBranchErrors(site.localizers[locale], error, values);
          if (failed === null) throw error;
          const profile = await editor.libraryProfile(actor, library.id);
          return renderLibrary(request, reply.code(failed.status), library, { ...valuesOfLibrary(profile), ...newBranchValues(values) }, { errors: failed.errors });
        }
      }
      try {
        await editor.saveLibraryProfile(actor, library.id, inputOfLibrary(values), versionOf(values));
        return reply.redirect(`${libraryEditorHrefs.library(locale, library.id)}?saved=1`, 303);
      } catch (error) {
        const issues = issuesOf(error);
        if (issues) return renderLibrary(request, reply.code(400), library, values, { errors: fieldErrorsOf(site.localizers[locale], issues, LIBRARY_FIELDS, undefined, values) });
        if (!isSamverkaError(error, 'conflict')) throw error;
        const current = await editor.libraryProfile(actor, library.id);
        return renderLibrary(request, reply.code(409), library, { ...values, version: String(current?.version ?? 0) }, { conflict: true });
      }
    });

    const branchPath = `${libraryPath}/:branch`;
    /** The branch as staff see it (added and hidden ones too), and the configured hours a form without hours falls back to. */
    const branchOf = async (request: FastifyRequest) => {
      const params = validate(branchParams, request.params);
      const library = configured(params.library);
      const view = (await editor.libraryBranches(actorOf(request), library.id)).find((b) => b.branch.id === params.branch);
      if (!view) throw errors.notFound('branch', `${library.id}/${params.branch}`);
      const configuredBranch = library.branches.find((b) => b.id === view.branch.id) ?? null;
      return { library, view, branch: view.branch, configuredBranch, configuredHours: configuredBranch?.openingHours ?? null };
    };
    const branchPage = (request: FastifyRequest, reply: FastifyReply, found: Awaited<ReturnType<typeof branchOf>>) => {
      const actor = actorOf(request);
      return {
        ...frameOf(request, reply), library: found.library, branch: found.branch, now: site.clock(), hidden: found.view.profile?.hidden === true,
        // The name field is a coordinator's; an added branch has no configured name to fall back to.
        rename: can(actor, { action: 'branches.manage', library: found.library.id }) ? { configuredName: found.configuredBranch?.name ?? null } : null,
      };
    };

    scope.get(branchPath, async (request, reply) => {
      const found = await branchOf(request);
      const query = validate(branchQuery, dropEmptyValues(request.query));
      const profile = await editor.branchProfile(actorOf(request), found.library.id, found.branch.id);
      // Without hours of its own, the form starts from the configured ones: what residents see now.
      const hours = profile?.openingHours ?? found.configuredHours;
      const rows = rowsOfProfile(profile, hours, found.branch.kind === 'bus');
      return sendPage(reply, (
        <BranchProfilePage {...branchPage(request, reply, found)} values={valuesOfBranch(profile, hours)} errors={{}} rows={rows} hours={hours}
          saved={query.saved === '1'} added={query.added === '1'} />
      ));
    });

    scope.post(branchPath, { preHandler: scope.csrfProtection }, async (request, reply) => {
      const found = await branchOf(request);
      const { library, branch } = found;
      const actor = actorOf(request);
      const l = site.localizers[locale];
      const values = formValuesOf(request.body);
      const action = text(values, 'action');
      if (action === BRANCH_ACTIONS.hide || action === BRANCH_ACTIONS.show) {
        try {
          await editor.setBranchHidden(actor, library.id, branch.id, action === BRANCH_ACTIONS.hide, versionOf(values));
          return reply.redirect(`${libraryEditorHrefs.library(locale, library.id)}?branch=${action === BRANCH_ACTIONS.hide ? 'hidden' : 'shown'}`, 303);
        } catch (error) {
          if (!isSamverkaError(error, 'conflict')) throw error;
          return renderLibrary(request, reply.code(409), library, valuesOfLibrary(await editor.libraryProfile(actor, library.id)), { notice: 'stale' });
        }
      }
      const rows = rowsOfValues(values, action === 'rows', branch.kind === 'bus');
      const map = new PathMap();
      const read = inputOfBranch(l, values, rows, map);
      const page = branchPage(request, reply, found);
      // Only a coordinator's form has the name field; the service refuses it from anyone else.
      const input = 'name' in values ? { ...read.input, name: text(values, 'name') } : read.input;
      const render = (status: number, shown: FormValues, extra: { errors?: FieldErrors; conflict?: boolean }) => sendPage(reply.code(status), (
        <BranchProfilePage {...page} values={shown} errors={extra.errors ?? {}} rows={rows} conflict={extra.conflict}
          hours={previewHours(read.input.openingHours as Record<string, unknown> | null, found.configuredHours)} />
      ));
      if (action === 'rows' || action === 'preview') {
        // The editor may not see this branch at all: ask before showing anything of it.
        await editor.branchProfile(actor, library.id, branch.id);
        return render(200, values, {});
      }
      if (Object.keys(read.errors).length > 0) return render(400, values, { errors: read.errors });
      try {
        await editor.saveBranchProfile(actor, library.id, branch.id, input, versionOf(values));
        return reply.redirect(`${libraryEditorHrefs.branch(locale, library.id, branch.id)}?saved=1`, 303);
      } catch (error) {
        const issues = issuesOf(error);
        const names = page.rename ? ['name', ...branchFieldNames(rows)] : branchFieldNames(rows);
        if (issues) return render(400, values, { errors: fieldErrorsOf(l, issues, names, (path) => map.toForm(path), values) });
        if (!isSamverkaError(error, 'conflict')) throw error;
        const current = await editor.branchProfile(actor, library.id, branch.id);
        return render(409, { ...values, version: String(current?.version ?? 0) }, { conflict: true });
      }
    });
  }

  await registerImageUploadRoutes(scope, site);
}

function versionOf(values: FormValues): number {
  const version = Number(text(values, 'version'));
  return Number.isInteger(version) && version >= 0 ? version : 0;
}

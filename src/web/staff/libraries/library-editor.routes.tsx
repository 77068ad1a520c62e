// Staff editing of library and branch profiles with opening hours and exceptions, and image uploads, in both
// languages. The content service asks the policy and validates; a save goes back to the form with "Sparat".
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
import { BranchProfilePage } from './branch-profile.page.tsx';
import { registerImageUploadRoutes } from './image-upload.routes.tsx';
import { libraryEditorHrefs } from './library-editor-paths.ts';
import { LibraryIndexPage, LibraryProfilePage } from './library-profile.page.tsx';
import { previewHours } from './opening-hours-values.ts';
import { PathMap } from './path-map.ts';
import {
  branchFieldNames, inputOfBranch, inputOfLibrary, LIBRARY_FIELDS, rowsOfProfile, rowsOfValues, valuesOfBranch, valuesOfLibrary,
} from './profile-values.ts';

const id = z.string().min(1).max(100).regex(/^[a-z0-9-]+$/);
const libraryParams = z.object({ library: id });
const branchParams = z.object({ library: id, branch: id });
const savedQuery = z.object({ saved: z.literal('1').optional() });

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
      return sendPage(reply, <LibraryIndexPage {...frame} libraries={mine} />);
    };
    scope.get(libraryEditorHrefs.index(locale), index);
    scope.get(`${libraryEditorHrefs.index(locale)}/`, index);

    const libraryPath = `${libraryEditorHrefs.index(locale)}/:library`;
    const renderLibrary = (request: FastifyRequest, reply: FastifyReply, library: Library, values: FormValues, extra: { errors?: FieldErrors; saved?: boolean; conflict?: boolean } = {}) =>
      sendPage(reply, <LibraryProfilePage {...frameOf(request, reply)} library={library} values={values} errors={extra.errors ?? {}} saved={extra.saved} conflict={extra.conflict} />);

    scope.get(libraryPath, async (request, reply) => {
      const params = validate(libraryParams, request.params);
      const { saved } = validate(savedQuery, dropEmptyValues(request.query));
      const library = configured(params.library);
      const profile = await editor.libraryProfile(actorOf(request), library.id);
      return renderLibrary(request, reply, library, valuesOfLibrary(profile), { saved: saved === '1' });
    });

    scope.post(libraryPath, { preHandler: scope.csrfProtection }, async (request, reply) => {
      const params = validate(libraryParams, request.params);
      const actor = actorOf(request);
      const library = configured(params.library);
      const values = formValuesOf(request.body);
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
    const branchOf = (params: { library: string; branch: string }) => {
      const library = configured(params.library);
      const branch = library.branches.find((b) => b.id === params.branch);
      if (!branch) throw errors.notFound('branch', `${library.id}/${params.branch}`);
      return { library, branch };
    };

    scope.get(branchPath, async (request, reply) => {
      const { library, branch } = branchOf(validate(branchParams, request.params));
      const { saved } = validate(savedQuery, dropEmptyValues(request.query));
      const profile = await editor.branchProfile(actorOf(request), library.id, branch.id);
      // Without hours of its own, the form starts from the configured ones: what residents see now.
      const hours = profile?.openingHours ?? branch.openingHours ?? null;
      const rows = rowsOfProfile(profile, hours, branch.kind === 'bus');
      return sendPage(reply, (
        <BranchProfilePage {...frameOf(request, reply)} library={library} branch={branch} values={valuesOfBranch(profile, hours)}
          errors={{}} rows={rows} hours={hours} saved={saved === '1'} now={site.clock()} />
      ));
    });

    scope.post(branchPath, { preHandler: scope.csrfProtection }, async (request, reply) => {
      const { library, branch } = branchOf(validate(branchParams, request.params));
      const actor = actorOf(request);
      const l = site.localizers[locale];
      const values = formValuesOf(request.body);
      const action = text(values, 'action');
      const isBus = branch.kind === 'bus';
      const rows = rowsOfValues(values, action === 'rows', isBus);
      const map = new PathMap();
      const read = inputOfBranch(l, values, rows, map);
      const render = (status: number, shown: FormValues, extra: { errors?: FieldErrors; conflict?: boolean }) => sendPage(reply.code(status), (
        <BranchProfilePage {...frameOf(request, reply)} library={library} branch={branch} values={shown} errors={extra.errors ?? {}}
          rows={rows} hours={previewHours(read.input.openingHours as Record<string, unknown> | null, branch.openingHours ?? null)}
          conflict={extra.conflict} now={site.clock()} />
      ));
      if (action === 'rows' || action === 'preview') {
        // The editor may not see this branch at all: ask before showing anything of it.
        await editor.branchProfile(actor, library.id, branch.id);
        return render(200, values, {});
      }
      if (Object.keys(read.errors).length > 0) return render(400, values, { errors: read.errors });
      try {
        await editor.saveBranchProfile(actor, library.id, branch.id, read.input, versionOf(values));
        return reply.redirect(`${libraryEditorHrefs.branch(locale, library.id, branch.id)}?saved=1`, 303);
      } catch (error) {
        const issues = issuesOf(error);
        if (issues) return render(400, values, { errors: fieldErrorsOf(l, issues, branchFieldNames(rows), (path) => map.toForm(path), values) });
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

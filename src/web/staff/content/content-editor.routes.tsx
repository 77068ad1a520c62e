// Staff editing of news, events, pages and e-services in both languages: list → form → preview or save → redirect
// back to the form with "Sparat". The content service decides who may do what and validates; routes present.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { errors, isSamverkaError } from '../../../core/errors.ts';
import type { Actor, ContentItem } from '../../../core/content.ts';
import { editableLibraries } from '../../../services/policy.ts';
import { LOCALES, type Locale } from '../../i18n/i18n.ts';
import { sendPage } from '../../pages/site.ts';
import { dropEmptyValues, validate } from '../../validate.ts';
import { actorOf, staffFrame, type StaffSite } from '../staff-frame.tsx';
import { NEW_ITEM, STAFF_PATHS } from '../staff-paths.ts';
import { ContentDeletePage } from './content-delete.page.tsx';
import { ContentFormPage, SAVED_NOTICES, type SavedNotice } from './content-form.page.tsx';
import { contentHrefs, DELETE_SUFFIX, KINDS, SHOWN_STATUSES, shownStatus } from './content-kinds.ts';
import { FIELD_NAMES } from './content-labels.ts';
import { ContentListPage, PAGE_SIZE, type ListFilters } from './content-list.page.tsx';
import { emptyValues, formActionOf, inputOfValues, valuesOfItem } from './content-values.ts';
import { editorNames } from './editor-names.ts';
import { fieldErrorsOf, formValuesOf, issuesOf, text, type FieldErrors, type FormValues } from './form-values.ts';

const idParams = z.object({ id: z.string().min(1).max(100).regex(/^[A-Za-z0-9_-]+$/) });

const listQuery = z.object({
  status: z.enum(SHOWN_STATUSES).optional(),
  library: z.string().regex(/^[a-z0-9-]{1,50}$/).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  deleted: z.literal('1').optional(),
});

const savedQuery = z.object({ saved: z.enum(SAVED_NOTICES).optional() });

/** Scheduled and published are one stored status; telling them apart needs the items, so at most this many are read. */
const MAX_FILTERED = 1_000;

const NOTICE_OF = { draft: 'saved', publish: 'published', schedule: 'scheduled' } as const satisfies Record<string, SavedNotice>;

export function registerContentEditorRoutes(scope: FastifyInstance, site: StaffSite): void {
  const { editor } = site.staff;
  const owners = (actor: Actor) => editableLibraries(actor, site.catalogue.libraries().map((lib) => lib.id));

  for (const locale of LOCALES) {
    for (const { kind, section } of KINDS) {
      const base = STAFF_PATHS[locale][section];
      const frameOf = (request: FastifyRequest, reply: FastifyReply) => {
        const { ctx, csrf } = staffFrame(site, locale, request, reply);
        return { ctx, csrf, actor: actorOf(request) };
      };

      /** The stored item of this kind; another kind's id is not found here. */
      const load = async (actor: Actor, id: string): Promise<ContentItem> => {
        const item = await editor.get(actor, id);
        if (item.kind !== kind) throw errors.notFound(kind, id);
        return item;
      };

      const renderForm = async (request: FastifyRequest, reply: FastifyReply, item: ContentItem | null, values: FormValues,
        extra: { errors?: FieldErrors; preview?: boolean; notice?: SavedNotice | null; conflict?: ContentItem | null } = {}) => {
        const frame = frameOf(request, reply);
        const names = await editorNames(editor, frame.actor);
        return sendPage(reply, (
          <ContentFormPage {...frame} kind={kind} item={item} values={values} errors={extra.errors ?? {}} owners={owners(frame.actor)}
            preview={extra.preview} notice={extra.notice} conflict={extra.conflict} editorNames={names} now={site.clock()} />
        ));
      };

      scope.get(base, async (request, reply) => {
        const query = validate(listQuery, dropEmptyValues(request.query));
        const frame = frameOf(request, reply);
        const mine = owners(frame.actor);
        const filters: ListFilters = { status: query.status, library: mine.length > 1 ? query.library : undefined, page: query.page };
        const library = filters.library === undefined ? undefined : filters.library === 'county' ? null : filters.library;
        const now = site.clock();
        let page: { total: number; items: readonly ContentItem[] };
        if (filters.status === 'scheduled' || filters.status === 'published') {
          const all = await editor.list(frame.actor, { kind, library, status: 'published', limit: MAX_FILTERED });
          const matching = all.items.filter((item) => shownStatus(item, now) === filters.status);
          page = { total: matching.length, items: matching.slice((filters.page - 1) * PAGE_SIZE, filters.page * PAGE_SIZE) };
        } else {
          page = await editor.list(frame.actor, { kind, library, status: filters.status, limit: PAGE_SIZE, offset: (filters.page - 1) * PAGE_SIZE });
        }
        return sendPage(reply, (
          <ContentListPage {...frame} kind={kind} items={page.items} total={page.total} filters={filters} owners={mine}
            editorNames={await editorNames(editor, frame.actor)} now={now} deleted={query.deleted === '1'} />
        ));
      });

      const newPath = `${base}/${NEW_ITEM[locale]}`;
      scope.get(newPath, async (request, reply) => {
        const actor = actorOf(request);
        const first = owners(actor).find((owner) => owner === actor.library) ?? owners(actor)[0] ?? null;
        return renderForm(request, reply, null, emptyValues(kind, first));
      });

      /** Preview, or save and go back to the form; problems re-render the form with what was typed. */
      const save = async (request: FastifyRequest, reply: FastifyReply, item: ContentItem | null) => {
        const actor = actorOf(request);
        const values = formValuesOf(request.body);
        const action = formActionOf(values);
        if (action === 'preview') return renderForm(request, reply, item, values, { preview: true });
        const l = site.localizers[locale];
        const read = inputOfValues(l, kind, values, action, site.clock());
        if (Object.keys(read.errors).length > 0) return renderForm(request, reply.code(400), item, values, { errors: read.errors });
        try {
          const saved = item
            ? await editor.update(actor, item.id, read.input, Number(text(values, 'version')) || 0)
            : await editor.create(actor, kind, read.input);
          return reply.redirect(`${contentHrefs.edit(locale, kind, saved.id)}?saved=${NOTICE_OF[action]}`, 303);
        } catch (error) {
          const issues = issuesOf(error);
          if (issues) return renderForm(request, reply.code(400), item, values, { errors: fieldErrorsOf(l, issues, FIELD_NAMES[kind], undefined, values) });
          if (item && isSamverkaError(error, 'conflict')) {
            const current = await load(actor, item.id);
            return renderForm(request, reply.code(409), current, { ...values, version: String(current.version) }, { conflict: current });
          }
          throw error;
        }
      };

      scope.post(newPath, { preHandler: scope.csrfProtection }, async (request, reply) => save(request, reply, null));

      scope.get(`${base}/:id`, async (request, reply) => {
        const { id } = validate(idParams, request.params);
        const { saved } = validate(savedQuery, dropEmptyValues(request.query));
        const item = await load(actorOf(request), id);
        return renderForm(request, reply, item, valuesOfItem(item), { notice: saved ?? null });
      });

      scope.post(`${base}/:id`, { preHandler: scope.csrfProtection }, async (request, reply) => {
        const { id } = validate(idParams, request.params);
        return save(request, reply, await load(actorOf(request), id));
      });

      const removePath = `${base}/:id/${DELETE_SUFFIX[locale]}`;
      scope.get(removePath, async (request, reply) => {
        const { id } = validate(idParams, request.params);
        const frame = frameOf(request, reply);
        const item = await load(frame.actor, id);
        const other: Locale = locale === 'sv' ? 'en' : 'sv';
        const ctx = { ...frame.ctx, alternateUrl: contentHrefs.remove(other, kind, id) };
        return sendPage(reply, <ContentDeletePage {...frame} ctx={ctx} item={item} now={site.clock()} />);
      });

      scope.post(removePath, { preHandler: scope.csrfProtection }, async (request, reply) => {
        const { id } = validate(idParams, request.params);
        const actor = actorOf(request);
        await load(actor, id);
        await editor.delete(actor, id);
        return reply.redirect(`${contentHrefs.list(locale, kind)}?deleted=1`, 303);
      });
    }
  }
}

// The image upload in its own scope, the only one that reads multipart bodies: at most one file of 10 MB, read into
// memory before the CSRF check (which finds the `_csrf` field among the parts). The service checks the bytes are a
// picture, strips metadata and stores it; the page then shows the id and the Markdown to paste.
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { isSamverkaError } from '../../../core/errors.ts';
import type { Actor } from '../../../core/content.ts';
import { MAX_UPLOAD_BYTES } from '../../../services/content/image-processor.ts';
import { editableLibraries } from '../../../services/policy.ts';
import { LOCALES } from '../../i18n/i18n.ts';
import { sendPage } from '../../pages/site.ts';
import { dropEmptyValues, validate } from '../../validate.ts';
import { fieldErrorsOf, issuesOf, type FieldErrors, type FormValues } from '../content/form-values.ts';
import { actorOf, staffFrame, type StaffSite } from '../staff-frame.tsx';
import { ImageUploadPage, type UploadedImage } from './image-upload.page.tsx';
import { libraryEditorHrefs } from './library-editor-paths.ts';

const uploadedQuery = z.object({ uploaded: z.string().regex(/^i-[a-z2-7]{6,40}$/).optional(), alt: z.string().max(300).optional() });

/** Reasons the image processor gives (details.reason) that have their own message. */
const REASONS = new Set(['too-large', 'not-an-image', 'too-many-pixels', 'unreadable']);

/** A file part as @fastify/multipart attaches it to the body (attachFieldsToBody), already read into memory. */
interface FilePart {
  readonly type: 'file';
  readonly filename: string;
  readonly file: { readonly truncated: boolean };
  toBuffer(): Promise<Buffer>;
}

const isFilePart = (part: unknown): part is FilePart => (part as { type?: unknown } | null)?.type === 'file';

/** A text part's value (multipart) or a plain field (any other body). */
function fieldOf(body: Record<string, unknown>, name: string): string {
  const part = body[name];
  if (typeof part === 'string') return part.trim();
  const value = (part as { value?: unknown } | null | undefined)?.value;
  return typeof value === 'string' ? value.trim() : '';
}

export async function registerImageUploadRoutes(scope: FastifyInstance, site: StaffSite): Promise<void> {
  await scope.register(async (images) => {
    // A file over the limit arrives cut short and marked, so the form can say so instead of failing the request.
    await images.register(multipart, {
      attachFieldsToBody: true, throwFileSizeLimit: false,
      limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10, fieldSize: 4_000, parts: 12 },
    });
    const owners = (actor: Actor) => editableLibraries(actor, site.catalogue.libraries().map((lib) => lib.id));

    for (const locale of LOCALES) {
      const path = libraryEditorHrefs.images(locale);
      const l = site.localizers[locale];
      const render = (request: FastifyRequest, reply: FastifyReply, values: FormValues, errors: FieldErrors, uploaded: UploadedImage | null) => {
        const { ctx, csrf } = staffFrame(site, locale, request, reply);
        const actor = actorOf(request);
        return sendPage(reply, <ImageUploadPage ctx={ctx} actor={actor} csrf={csrf} owners={owners(actor)} values={values} errors={errors} uploaded={uploaded} />);
      };

      images.get(path, async (request, reply) => {
        const actor = actorOf(request);
        const query = validate(uploadedQuery, dropEmptyValues(request.query));
        const uploaded = query.uploaded ? { id: query.uploaded, alt: query.alt ?? '' } : null;
        return render(request, reply, { library: actor.library ?? '' }, {}, uploaded);
      });

      images.post(path, { preHandler: images.csrfProtection }, async (request, reply) => {
        const actor = actorOf(request);
        const body = (request.body ?? {}) as Record<string, unknown>;
        const values = { 'alt.sv': fieldOf(body, 'alt.sv'), 'alt.en': fieldOf(body, 'alt.en'), library: fieldOf(body, 'library') };
        const file = isFilePart(body.image) ? body.image : null;
        const bytes = file ? await file.toBuffer() : null;
        const errors: FieldErrors = {};
        if (!file || !bytes || bytes.byteLength === 0) errors.image = l.t('staffEditors.image.error.missing');
        else if (file.file.truncated) errors.image = l.t('staffEditors.image.error.too-large');
        if (!values['alt.sv']) errors['alt.sv'] = l.t('staffEditors.image.error.altRequired');
        if (Object.keys(errors).length > 0) return render(request, reply.code(400), values, errors, null);
        try {
          const alt = values['alt.en'] ? { sv: values['alt.sv'], en: values['alt.en'] } : { sv: values['alt.sv'] };
          const image = await site.staff.editor.uploadImage(actor, values.library || null, new Uint8Array(bytes!), alt);
          const query = new URLSearchParams({ uploaded: image.id, alt: image.alt.sv });
          return reply.redirect(`${path}?${query.toString()}`, 303);
        } catch (error) {
          const issues = issuesOf(error);
          if (!issues) throw error;
          const reason = isSamverkaError(error) ? error.details.reason : undefined;
          const problems = typeof reason === 'string'
            ? { image: l.t(`staffEditors.image.error.${REASONS.has(reason) ? reason : 'not-an-image'}`) }
            : fieldErrorsOf(l, issues, ['image', 'alt.sv', 'alt.en', 'library']);
          return render(request, reply.code(400), values, problems, null);
        }
      });
    }
  });
}

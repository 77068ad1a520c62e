// Uploading an image through the multipart form (its CSRF token is one of the parts), and the public /bilder/{id}
// address that serves it: a real PNG goes in, a WebP comes out with long caching; a text file is refused.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import sharp from 'sharp';
import { SharpImages } from '../../../services/content/sharp-images.ts';
import { buildStaffWeb, loginAs, type StaffSession, type StaffWeb } from '../../../../test/helpers/staff-web.ts';

let web: StaffWeb;
let krokom: StaffSession;
let are: StaffSession;
let png: Buffer;
before(async () => {
  web = await buildStaffWeb({ images: new SharpImages() });
  [krokom, are] = await Promise.all([loginAs(web.app, 'krokom'), loginAs(web.app, 'are')]);
  png = await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 30, b: 30 } } }).png().toBuffer();
});
after(() => web.app.close());

interface FilePart { readonly filename: string; readonly type: string; readonly bytes: Buffer }

/** A multipart/form-data body as a browser sends the upload form. */
function multipart(fields: Readonly<Record<string, string>>, file?: FilePart): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----samverka${randomBytes(8).toString('hex')}`;
  const parts: Buffer[] = Object.entries(fields).map(([name, value]) =>
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  if (file) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="image"; filename="${file.filename}"\r\nContent-Type: ${file.type}\r\n\r\n`), file.bytes, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

function upload(session: StaffSession, fields: Readonly<Record<string, string>>, file?: FilePart, csrf = true) {
  const body = multipart({ ...(csrf ? { _csrf: session.csrf } : {}), ...fields }, file);
  return web.app.inject({ method: 'POST', url: '/personal/bilder', payload: body.payload, headers: { ...body.headers, cookie: session.cookie } });
}

const ALT = { 'alt.sv': 'Röd ruta [test]', 'alt.en': 'A red square', library: 'krokom' };

test('a PNG is accepted: the page shows its id and the Markdown to paste, and /bilder/{id} serves it', async () => {
  const response = await upload(krokom, ALT, { filename: 'ruta.png', type: 'image/png', bytes: png });
  assert.equal(response.statusCode, 303, response.body.slice(0, 300));
  const location = String(response.headers.location);
  const id = /uploaded=(i-[a-z2-7]+)/.exec(location)?.[1];
  assert.ok(id, location);

  const page = await web.app.inject({ url: location, headers: { cookie: krokom.cookie } });
  assert.match(page.body, /<h2 id="upload-result-title" role="status">Bilden är uppladdad<\/h2>/);
  assert.match(page.body, new RegExp(`<img class="upload-result__image" src="/bilder/${id}" alt="Röd ruta \\[test\\]"/>`));
  assert.match(page.body, new RegExp(`value="!\\[Röd ruta \\\\\\[test\\\\\\]\\]\\(/bilder/${id}\\)"`));

  const image = await web.app.inject(`/bilder/${id}`);
  assert.equal(image.statusCode, 200);
  assert.equal(image.headers['content-type'], 'image/webp');
  assert.equal(image.headers['cache-control'], 'public, max-age=31536000, immutable');
  assert.equal(image.headers['x-content-type-options'], 'nosniff');
  const meta = await sharp(image.rawPayload).metadata();
  assert.deepEqual([meta.format, meta.width, meta.height], ['webp', 64, 48]);
});

test('a text file is refused with a message beside the file field; nothing is stored', async () => {
  const uploads = async () => (await web.store.auditLog({ targetKind: 'image' })).length;
  const before = await uploads();
  const response = await upload(krokom, ALT, { filename: 'bild.png', type: 'image/png', bytes: Buffer.from('inte en bild\n') });
  assert.equal(response.statusCode, 400);
  assert.equal(await uploads(), before);
  assert.match(response.body, /<p class="field__error" id="f-image-error">Filen är inte en bild av en sort som går att använda/);
  assert.match(response.body, /value="Röd ruta \[test\]"/, 'the alt text typed stays');
});

test('a file over 10 MB, a missing file and a missing alt text are said at the fields', async () => {
  const big = await upload(krokom, ALT, { filename: 'stor.png', type: 'image/png', bytes: Buffer.alloc(10 * 1024 * 1024 + 1, 1) });
  assert.equal(big.statusCode, 400);
  assert.match(big.body, /Filen är större än 10 MB./);
  const empty = await upload(krokom, { ...ALT, 'alt.sv': '' });
  assert.equal(empty.statusCode, 400);
  assert.match(empty.body, /<a href="#f-image">Bildfil: Välj en bildfil.<\/a>/);
  assert.match(empty.body, /<a href="#f-alt-sv">Alternativtext \(svenska\): Skriv en alternativtext.<\/a>/);
});

test('the CSRF token travels as a multipart field: without it the upload is refused', async () => {
  const response = await upload(krokom, ALT, { filename: 'ruta.png', type: 'image/png', bytes: png }, false);
  assert.equal(response.statusCode, 403);
});

test("an Åre editor may not upload Krokom's images", async () => {
  const form = await web.app.inject({ url: '/personal/bilder', headers: { cookie: are.cookie } });
  assert.doesNotMatch(form.body, /<option value="krokom"/);
  const response = await upload(are, ALT, { filename: 'ruta.png', type: 'image/png', bytes: png });
  assert.equal(response.statusCode, 403);
});

test('an unknown or malformed image id is not found', async () => {
  assert.equal((await web.app.inject('/bilder/i-aaaaaaaaaaaa')).statusCode, 404);
  assert.equal((await web.app.inject('/bilder/%3Cscript%3E')).statusCode, 404);
});

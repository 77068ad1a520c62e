// Image uploads as staff make them: what a file is comes from its bytes, not its name; too large is refused with a
// reason; a phone photo comes out upright, without its EXIF (GPS position!), as WebP at most 1600 px wide.
// The test images are made with sharp here.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import sharp from 'sharp';
import { isSamverkaError } from '../../core/errors.ts';
import { SharpImages } from './sharp-images.ts';

const images = new SharpImages();

const solid = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: '#336699' } });

async function refusal(bytes: Uint8Array): Promise<{ reason: unknown; message: string }> {
  try {
    await images.process(bytes);
  } catch (error) {
    assert.ok(isSamverkaError(error, 'bad-request'), String(error));
    return { reason: error.details.reason, message: error.message };
  }
  assert.fail('expected the upload to be refused');
}

/** The EXIF tag that points at the GPS directory (0x8825), in either byte order. */
function hasGpsDirectory(exif: Buffer): boolean {
  return exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88]));
}

describe('image uploads', () => {
  test('a text file named .jpg is refused: the bytes decide, not the name', async () => {
    const renamedText = new TextEncoder().encode('Mötesanteckningar 2026-12-02\nInte en bild.\n');
    const { reason, message } = await refusal(renamedText);
    assert.equal(reason, 'not-an-image');
    assert.match(message, /JPEG, PNG, WebP, GIF or AVIF/);
  });

  test('an SVG (which can carry scripts) and a truncated JPEG are refused', async () => {
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');
    assert.equal((await refusal(svg)).reason, 'not-an-image');
    const jpeg = await solid(400, 300).jpeg().toBuffer();
    const truncated = await refusal(jpeg.subarray(0, Math.floor(jpeg.length / 3)));
    assert.ok(['not-an-image', 'unreadable'].includes(String(truncated.reason)), String(truncated.reason));
  });

  test('an image of more than 40 megapixels is refused before it is decoded, however small the file', async () => {
    const huge = await solid(8000, 5100).png({ compressionLevel: 9 }).toBuffer();
    assert.ok(huge.length < 1024 * 1024, 'a one-colour picture packs small');
    const { reason, message } = await refusal(huge);
    assert.equal(reason, 'too-many-pixels');
    assert.match(message, /8000×5100 pixels; at most 40 megapixels/);
  });

  test('a file over 10 MB is refused', async () => {
    const noise = Buffer.alloc(2000 * 1900 * 3);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24;
    const big = await sharp(noise, { raw: { width: 2000, height: 1900, channels: 3 } }).png({ compressionLevel: 0 }).toBuffer();
    assert.ok(big.length > 10 * 1024 * 1024);
    const { reason, message } = await refusal(big);
    assert.equal(reason, 'too-large');
    assert.match(message, /at most 10 MB/);
  });

  test('a phone photo is turned upright and loses its EXIF, GPS position included', async () => {
    const photo = await solid(40, 20)
      .withExif({ IFD0: { Make: 'Exempeltelefon' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '63/1 10/1 30/1', GPSLongitudeRef: 'E', GPSLongitude: '14/1 38/1 0/1' } })
      .withMetadata({ orientation: 6 })
      .jpeg().toBuffer();
    const before = await sharp(photo).metadata();
    assert.ok(before.exif && hasGpsDirectory(before.exif) && before.exif.includes('Exempeltelefon'), 'the test photo carries a position');
    assert.equal(before.orientation, 6);

    const stored = await images.process(photo);
    const after = await sharp(stored.bytes).metadata();
    assert.equal(stored.mime, 'image/webp');
    assert.equal(after.format, 'webp');
    assert.deepEqual([stored.width, stored.height, after.width, after.height], [20, 40, 20, 40], 'rotated upright');
    assert.equal(after.exif, undefined);
    assert.equal(after.xmp, undefined);
    assert.equal(after.orientation, undefined);
  });

  test('a wide image is stored at most 1600 px wide; a small one keeps its size', async () => {
    const wide = await images.process(await solid(3200, 1000).png().toBuffer());
    assert.deepEqual([wide.width, wide.height], [1600, 500]);
    const small = await images.process(await solid(300, 200).webp().toBuffer());
    assert.deepEqual([small.width, small.height], [300, 200]);
  });

  test('JPEG, PNG, WebP, GIF and AVIF are all accepted', async () => {
    for (const format of ['jpeg', 'png', 'webp', 'gif', 'avif'] as const) {
      const stored = await images.process(await solid(64, 48).toFormat(format).toBuffer());
      assert.deepEqual([stored.mime, stored.width, stored.height], ['image/webp', 64, 48], format);
    }
  });
});

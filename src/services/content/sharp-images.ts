// The image processor over sharp (libvips): the file's own bytes decide what it is (never its name), and only the
// pixels are kept — sharp writes no metadata unless asked, so EXIF (GPS position, camera, owner) is dropped.
import type { Metadata } from 'sharp';
import { errors } from '../../core/errors.ts';
import { MAX_STORED_WIDTH, MAX_UPLOAD_BYTES, MAX_UPLOAD_PIXELS, type ImageProcessor, type ProcessedImage } from './image-processor.ts';

const ACCEPTED = 'JPEG, PNG, WebP, GIF or AVIF';

export class SharpImages implements ImageProcessor {
  async process(bytes: Uint8Array): Promise<ProcessedImage> {
    if (bytes.byteLength > MAX_UPLOAD_BYTES) {
      throw errors.badRequest(`The file is ${megabytes(bytes.byteLength)} MB; at most ${megabytes(MAX_UPLOAD_BYTES)} MB is accepted`, { reason: 'too-large' });
    }
    // libvips is loaded with the first upload, not by every command that builds the content service (~30 ms).
    const { default: sharp } = await import('sharp');
    const input = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const metadata = await sharp(input).metadata().catch(() => null);
    if (metadata === null || !isAccepted(metadata)) {
      throw errors.badRequest(`The file is not an image of a kind the site accepts (${ACCEPTED})`, { reason: 'not-an-image' });
    }
    const { width = 0, height = 0 } = metadata;
    if (width * height > MAX_UPLOAD_PIXELS) {
      throw errors.badRequest(`The image is ${width}×${height} pixels; at most ${MAX_UPLOAD_PIXELS / 1_000_000} megapixels are accepted`, { reason: 'too-many-pixels' });
    }
    try {
      const { data, info } = await sharp(input, { limitInputPixels: MAX_UPLOAD_PIXELS, autoOrient: true })
        .resize({ width: MAX_STORED_WIDTH, withoutEnlargement: true })
        .webp({ quality: 82 })
        .toBuffer({ resolveWithObject: true });
      return { mime: 'image/webp', width: info.width, height: info.height, bytes: new Uint8Array(data) };
    } catch (cause) {
      // A header that reads but pixels that do not: a truncated or corrupt file.
      throw errors.badRequest('The image could not be read; it may be damaged', { reason: 'unreadable', cause: String(cause) });
    }
  }
}

function isAccepted(metadata: Metadata): boolean {
  switch (metadata.format) {
    case 'jpeg': case 'png': case 'webp': case 'gif': return true;
    // libvips reads AVIF and HEIC alike as HEIF; only AV1-compressed HEIF is AVIF.
    case 'heif': return metadata.compression === 'av1';
    default: return false;
  }
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toLocaleString('en', { maximumFractionDigits: 1 });
}

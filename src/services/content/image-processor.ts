// The port that turns an uploaded file into an image the site may show: checked to be a real picture within the
// limits, turned upright, stripped of metadata (a phone's EXIF holds where it was taken) and resized.
// Implemented with sharp in sharp-images.ts; tests may pass their own.

/** An upload larger than this is refused before it is decoded. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/** Refused before decoding too: a small file can unpack into a huge picture. */
export const MAX_UPLOAD_PIXELS = 40_000_000;
/** Stored images are at most this wide (the widest column a page shows, twice over for sharp screens). */
export const MAX_STORED_WIDTH = 1600;

export interface ProcessedImage {
  readonly mime: 'image/webp';
  readonly width: number;
  readonly height: number;
  readonly bytes: Uint8Array;
}

export interface ImageProcessor {
  /** `bad-request` with a reason a person understands when the bytes are not a JPEG, PNG, WebP, GIF or AVIF image
   *  within the limits. */
  process(bytes: Uint8Array): Promise<ProcessedImage>;
}

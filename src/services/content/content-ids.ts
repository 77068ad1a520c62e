// Ids of content and images: a kind's letter and random base32 (RFC 4648, lower case), URL-safe and unguessable.
import { randomBytes } from 'node:crypto';
import type { ContentKind } from '../../core/content.ts';

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

export const ID_PREFIX: Readonly<Record<ContentKind | 'image', string>> = { news: 'n-', event: 'e-', page: 'p-', eservice: 's-', image: 'i-' };

/** `length` random base32 characters: 12 carry 60 bits, enough that nobody guesses an unpublished item's id. */
export function randomBase32(length = 12): string {
  const bytes = randomBytes(length);
  let text = '';
  for (const byte of bytes) text += BASE32[byte & 31];
  return text;
}

// ASN.1 BER (X.690) encoding: definite lengths, minimal forms, as yaz writes them.
import { errors } from '../../core/errors.ts';
import { UNIVERSAL, type TagClass } from './ber.ts';

/** A tag: class and number. */
export interface Tag {
  readonly tagClass: TagClass;
  readonly tag: number;
}

const CLASS_BITS: Record<TagClass, number> = { universal: 0x00, application: 0x40, context: 0x80, private: 0xc0 };

export const universal = (tag: number): Tag => ({ tagClass: 'universal', tag });
export const context = (tag: number): Tag => ({ tagClass: 'context', tag });

function identifier(id: Tag, constructed: boolean): number[] {
  const first = CLASS_BITS[id.tagClass] | (constructed ? 0x20 : 0);
  if (id.tag < 31) return [first | id.tag];
  const groups: number[] = [];
  for (let n = id.tag; n > 0; n = Math.floor(n / 128)) groups.unshift(n % 128);
  return [first | 0x1f, ...groups.map((g, i) => (i < groups.length - 1 ? g | 0x80 : g))];
}

function lengthOctets(length: number): number[] {
  if (length < 0x80) return [length];
  const octets: number[] = [];
  for (let n = length; n > 0; n = Math.floor(n / 256)) octets.unshift(n % 256);
  return [0x80 | octets.length, ...octets];
}

/** One element from its tag and contents octets. */
export function primitive(id: Tag, contents: Uint8Array): Uint8Array {
  return Buffer.concat([Uint8Array.from([...identifier(id, false), ...lengthOctets(contents.length)]), contents]);
}

/** A constructed element; `null` children are absent OPTIONAL components and are skipped. */
export function constructed(id: Tag, ...children: (Uint8Array | null)[]): Uint8Array {
  const body = Buffer.concat(children.filter((c): c is Uint8Array => c !== null));
  return Buffer.concat([Uint8Array.from([...identifier(id, true), ...lengthOctets(body.length)]), body]);
}

/** SEQUENCE / SEQUENCE OF. */
export function sequence(...children: (Uint8Array | null)[]): Uint8Array {
  return constructed(universal(UNIVERSAL.sequence), ...children);
}

export function integer(value: number, id: Tag = universal(UNIVERSAL.integer)): Uint8Array {
  if (!Number.isSafeInteger(value)) throw errors.badRequest(`Cannot encode ${value} as an INTEGER`);
  const octets: number[] = [];
  let n = BigInt(value);
  do {
    octets.unshift(Number(n & 0xffn));
    n >>= 8n;
  } while (!((n === 0n && (octets[0] & 0x80) === 0) || (n === -1n && (octets[0] & 0x80) !== 0)));
  return primitive(id, Uint8Array.from(octets));
}

export function boolean(value: boolean, id: Tag = universal(UNIVERSAL.boolean)): Uint8Array {
  // yaz writes TRUE as 0x01; any non-zero octet is TRUE, and this matches yaz byte for byte.
  return primitive(id, Uint8Array.of(value ? 1 : 0));
}

export function octets(value: Uint8Array, id: Tag = universal(UNIVERSAL.octetString)): Uint8Array {
  return primitive(id, value);
}

/** An InternationalString (GeneralString) or any string type under `id`, as UTF-8. */
export function string(value: string, id: Tag = universal(UNIVERSAL.generalString)): Uint8Array {
  return primitive(id, Buffer.from(value, 'utf8'));
}

export function nullValue(id: Tag = universal(UNIVERSAL.null)): Uint8Array {
  return primitive(id, new Uint8Array(0));
}

/** An OBJECT IDENTIFIER from its dotted form. */
export function oid(dotted: string, id: Tag = universal(UNIVERSAL.oid)): Uint8Array {
  const arcs = dotted.split('.').map(Number);
  if (arcs.length < 2 || arcs.some((a) => !Number.isSafeInteger(a) || a < 0) || arcs[0] > 2 || (arcs[0] < 2 && arcs[1] > 39)) {
    throw errors.badRequest(`Not an object identifier: "${dotted}"`);
  }
  const out: number[] = [];
  for (const arc of [arcs[0] * 40 + arcs[1], ...arcs.slice(2)]) {
    const groups: number[] = [];
    let n = arc;
    do {
      groups.unshift(n % 128);
      n = Math.floor(n / 128);
    } while (n > 0);
    out.push(...groups.map((g, i) => (i < groups.length - 1 ? g | 0x80 : g)));
  }
  return primitive(id, Uint8Array.from(out));
}

/**
 * A BIT STRING from one boolean per bit. Like yaz, whole octets are written and the unused-bits
 * count is 0: Z39.50 peers read bits by position, and it keeps our Init bytes equal to yaz-client's.
 */
export function bits(values: readonly boolean[], id: Tag = universal(UNIVERSAL.bitString)): Uint8Array {
  const body = new Uint8Array(1 + Math.ceil(values.length / 8));
  values.forEach((set, i) => {
    if (set) body[1 + (i >> 3)] |= 0x80 >> (i & 7);
  });
  return primitive(id, body);
}

/** The encoding of an EXTERNAL: a direct reference plus octet-aligned bytes or a single ASN.1 value. */
export function external(
  directReference: string,
  encoding: { octetAligned: Uint8Array } | { singleAsn1Type: Uint8Array },
  id: Tag = universal(UNIVERSAL.external),
): Uint8Array {
  const body = 'octetAligned' in encoding ? octets(encoding.octetAligned, context(1)) : constructed(context(0), encoding.singleAsn1Type);
  return constructed(id, oid(directReference), body);
}

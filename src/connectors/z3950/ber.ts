// ASN.1 BER (X.690) decoding and PDU framing, hardened for bytes from an untrusted peer.
import { SamverkaError } from '../../core/errors.ts';

export type TagClass = 'universal' | 'application' | 'context' | 'private';
const TAG_CLASSES: readonly TagClass[] = ['universal', 'application', 'context', 'private'];

/** Universal tag numbers used by Z39.50. */
export const UNIVERSAL = {
  boolean: 1, integer: 2, bitString: 3, octetString: 4, null: 5, oid: 6, objectDescriptor: 7,
  external: 8, sequence: 16, set: 17, visibleString: 26, generalString: 27,
} as const;

/** One decoded element. Contents are views into the decoded buffer, never copies. */
export interface BerNode {
  readonly tagClass: TagClass;
  readonly tag: number;
  readonly constructed: boolean;
  /** Contents octets of a primitive element (empty for a constructed one). */
  readonly contents: Uint8Array;
  readonly children: readonly BerNode[];
  /** Offset of the identifier octets in the decoded buffer, for error messages. */
  readonly offset: number;
}

/** Nesting deeper than this is refused: no APDU we read nests half as deep. */
export const MAX_BER_DEPTH = 64;
/** Lengths are read from at most this many octets (4 GiB − 1); longer ones are absurd for us. */
const MAX_LENGTH_OCTETS = 4;
/** Tag numbers are read from at most this many base-128 octets. */
const MAX_TAG_OCTETS = 4;

/** A malformed element. Every decoding failure is this typed error, never a crash. */
export function berError(message: string, offset: number): SamverkaError {
  return new SamverkaError('source-failed', `Malformed BER at byte ${offset}: ${message}`, { details: { offset } });
}

interface Header {
  readonly tagClass: TagClass;
  readonly constructed: boolean;
  readonly tag: number;
  /** Contents length, or -1 for the indefinite form. */
  readonly length: number;
  readonly contentsStart: number;
}

/** Reads identifier and length octets at `pos`; null when `buf` ends before they do. */
function readHeader(buf: Uint8Array, pos: number): Header | null {
  const start = pos;
  if (pos >= buf.length) return null;
  const first = buf[pos++];
  if (first === 0) throw berError('end-of-contents where an element was expected', start);
  const tagClass = TAG_CLASSES[first >> 6];
  const constructed = (first & 0x20) !== 0;
  let tag = first & 0x1f;
  if (tag === 0x1f) {
    tag = 0;
    for (let n = 0; ; n++) {
      if (pos >= buf.length) return null;
      const b = buf[pos++];
      if (n === 0 && b === 0x80) throw berError('tag number has a leading zero octet', start);
      if (n === MAX_TAG_OCTETS) throw berError('tag number too long', start);
      tag = tag * 128 + (b & 0x7f);
      if ((b & 0x80) === 0) break;
    }
  }
  if (pos >= buf.length) return null;
  const lengthOctet = buf[pos++];
  let length: number;
  if (lengthOctet < 0x80) length = lengthOctet;
  else if (lengthOctet === 0x80) {
    if (!constructed) throw berError('indefinite length on a primitive element', start);
    length = -1;
  } else {
    const count = lengthOctet & 0x7f;
    if (count > MAX_LENGTH_OCTETS) throw berError(`length of ${count} octets is absurd`, start);
    if (pos + count > buf.length) return null;
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + buf[pos++];
  }
  return { tagClass, constructed, tag, length, contentsStart: pos };
}

/**
 * The byte length of the first complete element in `buf`, or null while more bytes are needed.
 * Throws when the element is malformed or would exceed `maxBytes`, so a reader never buffers without bound.
 */
export function berElementLength(buf: Uint8Array, maxBytes: number): number | null {
  const end = measure(buf, 0, 0, maxBytes);
  return end < 0 ? null : end;
}

/** End offset of the element at `pos`, or -1 when incomplete. */
function measure(buf: Uint8Array, pos: number, depth: number, maxBytes: number): number {
  if (depth > MAX_BER_DEPTH) throw berError('nesting too deep', pos);
  const h = readHeader(buf, pos);
  if (h === null) return -1;
  if (h.length >= 0) {
    const end = h.contentsStart + h.length;
    if (end > maxBytes) throw berError(`element of ${end} bytes exceeds the limit of ${maxBytes}`, pos);
    return end <= buf.length ? end : -1;
  }
  let at = h.contentsStart;
  for (;;) {
    if (at > maxBytes) throw berError(`element exceeds the limit of ${maxBytes} bytes`, pos);
    if (at + 2 > buf.length) return -1;
    if (buf[at] === 0 && buf[at + 1] === 0) return at + 2;
    at = measure(buf, at, depth + 1, maxBytes);
    if (at < 0) return -1;
  }
}

/** Decodes `bytes` as exactly one element; trailing bytes are an error. */
export function decodeBer(bytes: Uint8Array): BerNode {
  const [node, end] = decodeAt(bytes, 0, bytes.length, 0);
  if (end !== bytes.length) throw berError(`${bytes.length - end} bytes after the element`, end);
  return node;
}

function decodeAt(buf: Uint8Array, pos: number, limit: number, depth: number): [BerNode, number] {
  if (depth > MAX_BER_DEPTH) throw berError('nesting too deep', pos);
  const h = readHeader(buf.subarray(0, limit), pos);
  if (h === null) throw berError('truncated identifier or length', pos);
  const base = { tagClass: h.tagClass, tag: h.tag, constructed: h.constructed, offset: pos };
  if (h.length > limit - h.contentsStart) {
    throw berError(`length ${h.length} runs past the end of its container`, pos);
  }
  if (!h.constructed) {
    const end = h.contentsStart + h.length;
    return [{ ...base, contents: buf.subarray(h.contentsStart, end), children: [] }, end];
  }
  const children: BerNode[] = [];
  let at = h.contentsStart;
  if (h.length >= 0) {
    const end = h.contentsStart + h.length;
    while (at < end) {
      const [child, next] = decodeAt(buf, at, end, depth + 1);
      children.push(child);
      at = next;
    }
    return [{ ...base, contents: EMPTY, children }, end];
  }
  for (;;) {
    if (at + 2 > limit) throw berError('indefinite-length element has no end-of-contents', pos);
    if (buf[at] === 0 && buf[at + 1] === 0) return [{ ...base, contents: EMPTY, children }, at + 2];
    const [child, next] = decodeAt(buf, at, limit, depth + 1);
    children.push(child);
    at = next;
  }
}

const EMPTY = new Uint8Array(0);

/** The first child with this tag, or null. */
export function childOf(node: BerNode, tagClass: TagClass, tag: number): BerNode | null {
  for (const c of node.children) if (c.tag === tag && c.tagClass === tagClass) return c;
  return null;
}

/** The child with this tag; its absence is a malformed APDU. */
export function requiredChild(node: BerNode, tagClass: TagClass, tag: number, what: string): BerNode {
  const found = childOf(node, tagClass, tag);
  if (found === null) throw berError(`missing ${what}`, node.offset);
  return found;
}

/** The single element inside an explicitly tagged wrapper. */
export function explicitInner(node: BerNode, what: string): BerNode {
  if (!node.constructed || node.children.length !== 1) throw berError(`${what} must hold exactly one element`, node.offset);
  return node.children[0];
}

function primitiveContents(node: BerNode, what: string): Uint8Array {
  if (node.constructed) throw berError(`${what} must be primitive`, node.offset);
  return node.contents;
}

export function readInteger(node: BerNode): number {
  const c = primitiveContents(node, 'INTEGER');
  if (c.length === 0) throw berError('empty INTEGER', node.offset);
  if (c.length > 8) throw berError('INTEGER out of range', node.offset);
  let value = BigInt.asIntN(8, BigInt(c[0]));
  for (let i = 1; i < c.length; i++) value = (value << 8n) | BigInt(c[i]);
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw berError('INTEGER out of range', node.offset);
  return n;
}

export function readBoolean(node: BerNode): boolean {
  const c = primitiveContents(node, 'BOOLEAN');
  if (c.length !== 1) throw berError('BOOLEAN must have one contents octet', node.offset);
  return c[0] !== 0;
}

/** An OBJECT IDENTIFIER in dotted form ("1.2.840.10003.5.10"). */
export function readOid(node: BerNode): string {
  const c = primitiveContents(node, 'OBJECT IDENTIFIER');
  if (c.length === 0 || (c[c.length - 1] & 0x80) !== 0) throw berError('truncated OBJECT IDENTIFIER', node.offset);
  const arcs: number[] = [];
  let value = 0;
  let fresh = true;
  for (const b of c) {
    if (fresh && b === 0x80) throw berError('OBJECT IDENTIFIER arc has a leading zero octet', node.offset);
    if (value > (Number.MAX_SAFE_INTEGER - 127) / 128) throw berError('OBJECT IDENTIFIER arc out of range', node.offset);
    value = value * 128 + (b & 0x7f);
    fresh = (b & 0x80) === 0;
    if (fresh) {
      if (arcs.length === 0) arcs.push(value < 40 ? 0 : value < 80 ? 1 : 2, value < 80 ? value % 40 : value - 80);
      else arcs.push(value);
      value = 0;
    }
  }
  return arcs.join('.');
}

/** OCTET STRING contents, joining the segments of the constructed form. */
export function readOctets(node: BerNode, depth = 0): Uint8Array {
  if (!node.constructed) return node.contents;
  if (depth > MAX_BER_DEPTH) throw berError('nesting too deep', node.offset);
  return Buffer.concat(node.children.map((c) => readOctets(c, depth + 1)));
}

const utf8 = new TextDecoder('utf-8');

/** A GeneralString/VisibleString/OCTET STRING as text. Bytes are read as UTF-8 (what we negotiate). */
export function readString(node: BerNode): string {
  return utf8.decode(readOctets(node));
}

/** A BIT STRING as one boolean per bit, first bit first. */
export function readBits(node: BerNode): boolean[] {
  const c = primitiveContents(node, 'BIT STRING');
  if (c.length === 0 || c[0] > 7 || (c.length === 1 && c[0] !== 0)) throw berError('malformed BIT STRING', node.offset);
  const bits: boolean[] = [];
  const count = (c.length - 1) * 8 - c[0];
  for (let i = 0; i < count; i++) bits.push((c[1 + (i >> 3)] & (0x80 >> (i & 7))) !== 0);
  return bits;
}

/** The encoding of an EXTERNAL (X.208): a record, a negotiation record, a diagnostic in a known syntax. */
export interface External {
  readonly directReference: string | null;
  readonly indirectReference: number | null;
  readonly encoding:
    | { readonly kind: 'single-asn1-type'; readonly value: BerNode }
    | { readonly kind: 'octet-aligned'; readonly octets: Uint8Array }
    | { readonly kind: 'arbitrary'; readonly bits: readonly boolean[] };
}

/** Reads an EXTERNAL whose tag (universal 8 or an implicit one) the caller has already matched. */
export function readExternal(node: BerNode): External {
  if (!node.constructed) throw berError('EXTERNAL must be constructed', node.offset);
  let directReference: string | null = null;
  let indirectReference: number | null = null;
  let encoding: External['encoding'] | null = null;
  for (const c of node.children) {
    if (c.tagClass === 'universal' && c.tag === UNIVERSAL.oid) directReference = readOid(c);
    else if (c.tagClass === 'universal' && c.tag === UNIVERSAL.integer) indirectReference = readInteger(c);
    else if (c.tagClass === 'context' && c.tag === 0) encoding = { kind: 'single-asn1-type', value: explicitInner(c, 'single-ASN1-type') };
    else if (c.tagClass === 'context' && c.tag === 1) encoding = { kind: 'octet-aligned', octets: readOctets(c) };
    else if (c.tagClass === 'context' && c.tag === 2) encoding = { kind: 'arbitrary', bits: readBits(c) };
  }
  if (encoding === null) throw berError('EXTERNAL without an encoding', node.offset);
  return { directReference, indirectReference, encoding };
}

/** The bytes an EXTERNAL carries: octet-aligned, or a primitive value under single-ASN1-type; else null. */
export function externalOctets(external: External): Uint8Array | null {
  const { encoding } = external;
  if (encoding.kind === 'octet-aligned') return encoding.octets;
  if (encoding.kind === 'single-asn1-type' && !encoding.value.constructed) return encoding.value.contents;
  return null;
}

// Decodes the `Records` of Search/Present responses: retrieval records (MARC, XML, OPAC) and diagnostics.
import {
  berError, childOf, explicitInner, externalOctets, readExternal, readInteger, readOid, readString,
  requiredChild, UNIVERSAL, type BerNode, type External,
} from './ber.ts';
import { decodeOpacRecord, type OpacRecord } from './opac.codec.ts';

/** Record syntax OIDs we ask for (Z39.50 registry, 1.2.840.10003.5.x). */
export const RECORD_SYNTAX = {
  usmarc: '1.2.840.10003.5.10',
  xml: '1.2.840.10003.5.109.10',
  opac: '1.2.840.10003.5.102',
} as const;
export type RecordSyntaxName = keyof typeof RECORD_SYNTAX;

export const BIB1_DIAGNOSTIC_SET = '1.2.840.10003.4.1';

/** A diagnostic: Bib-1 condition code (when `set` is Bib-1) and the server's additional information. */
export interface Diagnostic {
  readonly set: string | null;
  readonly condition: number;
  readonly addinfo: string | null;
}

/** One record of a present, as the server sent it. `database` is the database name when given. */
export type Z3950Record =
  | { readonly kind: 'marc'; readonly database: string | null; readonly bytes: Uint8Array }
  | { readonly kind: 'xml'; readonly database: string | null; readonly xml: string }
  | ({ readonly kind: 'opac'; readonly database: string | null } & OpacRecord)
  | { readonly kind: 'other'; readonly database: string | null; readonly syntax: string | null; readonly bytes: Uint8Array | null }
  /** A surrogate diagnostic: this record could not be given, the others can. */
  | { readonly kind: 'diagnostic'; readonly database: string | null; readonly diagnostic: Diagnostic };

export type Records =
  | { readonly kind: 'records'; readonly records: readonly Z3950Record[] }
  | { readonly kind: 'diagnostics'; readonly diagnostics: readonly Diagnostic[] };

/** Records ::= CHOICE { responseRecords [28], nonSurrogateDiagnostic [130], multipleNonSurDiagnostics [205] } */
export function decodeRecords(apdu: BerNode): Records | null {
  const list = childOf(apdu, 'context', 28);
  if (list !== null) return { kind: 'records', records: list.children.map(decodeNamePlusRecord) };
  const single = childOf(apdu, 'context', 130);
  if (single !== null) return { kind: 'diagnostics', diagnostics: [decodeDefaultDiagnostic(single)] };
  const multiple = childOf(apdu, 'context', 205);
  if (multiple !== null) return { kind: 'diagnostics', diagnostics: multiple.children.map(decodeDiagRec) };
  return null;
}

/** NamePlusRecord ::= SEQUENCE { name [0] IMPLICIT DatabaseName OPTIONAL, record [1] CHOICE {…} } */
function decodeNamePlusRecord(node: BerNode): Z3950Record {
  const name = childOf(node, 'context', 0);
  const database = name === null ? null : readString(name);
  const choice = explicitInner(requiredChild(node, 'context', 1, 'NamePlusRecord.record'), 'NamePlusRecord.record');
  if (choice.tagClass === 'context' && choice.tag === 1) {
    const external = explicitInner(choice, 'retrievalRecord');
    if (external.tagClass !== 'universal' || external.tag !== UNIVERSAL.external) throw berError('retrievalRecord is not an EXTERNAL', external.offset);
    return retrievalRecord(database, readExternal(external));
  }
  if (choice.tagClass === 'context' && choice.tag === 2) {
    return { kind: 'diagnostic', database, diagnostic: decodeDiagRec(explicitInner(choice, 'surrogateDiagnostic')) };
  }
  throw berError('record fragments sent although segmentation was not agreed', choice.offset);
}

function retrievalRecord(database: string | null, external: External): Z3950Record {
  const syntax = external.directReference;
  const { encoding } = external;
  if (syntax === RECORD_SYNTAX.opac && encoding.kind === 'single-asn1-type') {
    return { kind: 'opac', database, ...decodeOpacRecord(encoding.value) };
  }
  const bytes = externalOctets(external);
  if (bytes !== null && syntax === RECORD_SYNTAX.usmarc) return { kind: 'marc', database, bytes };
  if (bytes !== null && syntax === RECORD_SYNTAX.xml) return { kind: 'xml', database, xml: Buffer.from(bytes).toString('utf8') };
  return { kind: 'other', database, syntax, bytes };
}

/** DiagRec ::= CHOICE { defaultFormat DefaultDiagFormat, externallyDefined EXTERNAL } */
function decodeDiagRec(node: BerNode): Diagnostic {
  if (node.tagClass === 'universal' && node.tag === UNIVERSAL.sequence) return decodeDefaultDiagnostic(node);
  if (node.tagClass === 'universal' && node.tag === UNIVERSAL.external) {
    const external = readExternal(node);
    // diag-1 (1.2.840.10003.4.2) and similar wrap a DefaultDiagFormat; use it when we find one.
    const inner = external.encoding.kind === 'single-asn1-type' ? findDefaultDiagnostic(external.encoding.value) : null;
    return inner ?? { set: external.directReference, condition: 0, addinfo: 'diagnostic in an unsupported format' };
  }
  throw berError('unknown diagnostic record', node.offset);
}

/** DefaultDiagFormat ::= SEQUENCE { diagnosticSetId OID, condition INTEGER, addinfo VisibleString | InternationalString } */
function decodeDefaultDiagnostic(node: BerNode): Diagnostic {
  const set = childOf(node, 'universal', UNIVERSAL.oid);
  const condition = requiredChild(node, 'universal', UNIVERSAL.integer, 'diagnostic condition');
  const addinfo = childOf(node, 'universal', UNIVERSAL.visibleString) ?? childOf(node, 'universal', UNIVERSAL.generalString);
  return { set: set === null ? null : readOid(set), condition: readInteger(condition), addinfo: addinfo === null ? null : readString(addinfo) };
}

/** The first element shaped like a DefaultDiagFormat (OID, INTEGER, …) at or under `node`. */
export function findDefaultDiagnostic(node: BerNode, depth = 0): Diagnostic | null {
  if (!node.constructed || depth > 16) return null;
  const [first, second] = node.children;
  if (first?.tagClass === 'universal' && first.tag === UNIVERSAL.oid && second?.tagClass === 'universal' && second.tag === UNIVERSAL.integer) {
    return decodeDefaultDiagnostic(node);
  }
  for (const c of node.children) {
    const found = findDefaultDiagnostic(c, depth + 1);
    if (found !== null) return found;
  }
  return null;
}

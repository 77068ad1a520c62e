// Z39.50-1995 (ISO 23950) APDUs: Init, Search, Present and Close, encoded and decoded from the ASN.1.
import {
  berError, childOf, decodeBer, explicitInner, readBits, readBoolean, readExternal, readInteger, readOid, readString,
  type BerNode,
} from './ber.ts';
import { bits, boolean, constructed, context, external, integer, oid, sequence, string } from './ber-encoder.ts';
import type { RpnQuery } from './pqf.ts';
import { encodeQuery } from './z3950.query.ts';
import { decodeRecords, findDefaultDiagnostic, type Diagnostic, type Records } from './z3950.records.ts';

/** Options (Z39.50 ASN.1 `Options`), by bit number; bit 9 is unused. */
const INIT_OPTIONS = [
  'search', 'present', 'delSet', 'resourceReport', 'triggerResourceCtrl', 'resourceCtrl', 'accessCtrl', 'scan', 'sort',
  '', 'extendedServices', 'level-1Segmentation', 'level-2Segmentation', 'concurrentOperations', 'namedResultSets',
  'encapsulation', 'resultCount', 'negotiationModel', 'duplicateDetection', 'queryType104', 'pQESCorrection', 'stringSchema',
] as const;
export type InitOption = Exclude<(typeof INIT_OPTIONS)[number], ''>;

const CHARSET_NEGOTIATION_3 = '1.2.840.10003.15.3';
/** ISO 10646 transfer form 8: UTF-8. */
const UTF8_ENCODING_LEVEL = '1.0.10646.1.0.8';

export interface InitRequest {
  readonly options: readonly InitOption[];
  readonly preferredMessageSize: number;
  readonly exceptionalRecordSize: number;
  readonly implementationId: string;
  readonly implementationName: string;
  readonly implementationVersion: string;
  /** Propose UTF-8 for strings and records (character set negotiation 3); sets the negotiationModel option. */
  readonly proposeUtf8: boolean;
}

export interface SearchRequest {
  readonly resultSetName: string;
  readonly databaseNames: readonly string[];
  readonly query: RpnQuery;
  readonly preferredRecordSyntax: string | null;
}

export interface PresentRequest {
  readonly resultSetName: string;
  /** 1-based position of the first record. */
  readonly start: number;
  readonly count: number;
  readonly elementSetName: string | null;
  readonly preferredRecordSyntax: string | null;
}

export interface InitResponse {
  readonly kind: 'init-response';
  readonly accepted: boolean;
  readonly protocolVersions: readonly number[];
  readonly options: readonly InitOption[];
  readonly preferredMessageSize: number;
  readonly exceptionalRecordSize: number;
  readonly implementationId: string | null;
  readonly implementationName: string | null;
  readonly implementationVersion: string | null;
  /** The target's answer to our UTF-8 proposal; null when it gave none. */
  readonly charset: { readonly utf8: boolean; readonly recordsInSelectedCharSets: boolean } | null;
  /** Why a rejecting target refused, when it says so in a diagnostic. */
  readonly diagnostic: Diagnostic | null;
}

export interface SearchResponse {
  readonly kind: 'search-response';
  readonly resultCount: number;
  readonly numberOfRecordsReturned: number;
  readonly nextResultSetPosition: number;
  readonly searchStatus: boolean;
  readonly resultSetStatus: number | null;
  readonly presentStatus: number | null;
  readonly records: Records | null;
}

export interface PresentResponse {
  readonly kind: 'present-response';
  readonly numberOfRecordsReturned: number;
  readonly nextResultSetPosition: number;
  /** 0 success, 1–4 partial, 5 failure. */
  readonly presentStatus: number;
  readonly records: Records | null;
}

export interface Close {
  readonly kind: 'close';
  /** 0 finished, 1 shutdown, 2 systemProblem, … 9 unspecified. */
  readonly closeReason: number;
  readonly diagnosticInformation: string | null;
}

export type Pdu = InitResponse | SearchResponse | PresentResponse | Close | { readonly kind: 'unsupported'; readonly tag: number };

export function encodeInitRequest(r: InitRequest): Uint8Array {
  const options = new Set<InitOption>(r.proposeUtf8 ? [...r.options, 'negotiationModel'] : r.options);
  const optionBits = INIT_OPTIONS.map((name) => name !== '' && options.has(name));
  return constructed(
    context(20),
    bits([true, true, true], context(3)),
    bits(optionBits.slice(0, optionBits.lastIndexOf(true) + 1), context(4)),
    integer(r.preferredMessageSize, context(5)),
    integer(r.exceptionalRecordSize, context(6)),
    string(r.implementationId, context(110)),
    string(r.implementationName, context(111)),
    string(r.implementationVersion, context(112)),
    r.proposeUtf8 ? constructed(context(201), sequence(utf8Proposal())) : null,
  );
}

/** otherInfo information: externallyDefinedInfo [4] IMPLICIT EXTERNAL holding an OriginProposal for UTF-8. */
function utf8Proposal(): Uint8Array {
  // proposal [1] IMPLICIT OriginProposal { proposedCharSets [1] { iso10646 [2] IMPLICIT { encodingLevel [2] } },
  //   recordsInSelectedCharSets [3] TRUE }
  const proposal = constructed(
    context(1),
    constructed(context(1), constructed(context(2), oid(UTF8_ENCODING_LEVEL, context(2)))),
    boolean(true, context(3)),
  );
  return external(CHARSET_NEGOTIATION_3, { singleAsn1Type: proposal }, context(4));
}

export function encodeSearchRequest(r: SearchRequest): Uint8Array {
  return constructed(
    context(22),
    integer(0, context(13)), // smallSetUpperBound: no records with the search
    integer(1, context(14)), // largeSetLowerBound
    integer(0, context(15)), // mediumSetPresentNumber
    boolean(true, context(16)), // replaceIndicator
    string(r.resultSetName, context(17)),
    constructed(context(18), ...r.databaseNames.map((name) => string(name, context(105)))),
    r.preferredRecordSyntax === null ? null : oid(r.preferredRecordSyntax, context(104)),
    encodeQuery(r.query),
  );
}

export function encodePresentRequest(r: PresentRequest): Uint8Array {
  return constructed(
    context(24),
    string(r.resultSetName, context(31)),
    integer(r.start, context(30)),
    integer(r.count, context(29)),
    // recordComposition simple [19] ElementSetNames → genericElementSetName [0] IMPLICIT InternationalString
    r.elementSetName === null ? null : constructed(context(19), string(r.elementSetName, context(0))),
    r.preferredRecordSyntax === null ? null : oid(r.preferredRecordSyntax, context(104)),
  );
}

export function encodeClose(closeReason: number): Uint8Array {
  return constructed(context(48), integer(closeReason, context(211)));
}

/** Decodes one complete APDU; malformed bytes throw a typed `source-failed` error. */
export function decodePdu(bytes: Uint8Array): Pdu {
  const apdu = decodeBer(bytes);
  if (apdu.tagClass !== 'context' || !apdu.constructed) throw berError('not a Z39.50 APDU', 0);
  switch (apdu.tag) {
    case 21: return decodeInitResponse(apdu);
    case 23: return decodeSearchResponse(apdu);
    case 25: return decodePresentResponse(apdu);
    case 48: return decodeClose(apdu);
    default: return { kind: 'unsupported', tag: apdu.tag };
  }
}

function integerAt(apdu: BerNode, tag: number, what: string): number {
  const node = childOf(apdu, 'context', tag);
  if (node === null) throw berError(`missing ${what}`, apdu.offset);
  return readInteger(node);
}

function optional<T>(apdu: BerNode, tag: number, read: (n: BerNode) => T): T | null {
  const node = childOf(apdu, 'context', tag);
  return node === null ? null : read(node);
}

function decodeInitResponse(apdu: BerNode): InitResponse {
  const versions = optional(apdu, 3, readBits) ?? [];
  const optionBits = optional(apdu, 4, readBits) ?? [];
  const result = childOf(apdu, 'context', 12);
  if (result === null) throw berError('missing InitializeResponse.result', apdu.offset);
  const userInformation = childOf(apdu, 'context', 11);
  return {
    kind: 'init-response',
    accepted: readBoolean(result),
    protocolVersions: versions.flatMap((set, i) => (set ? [i + 1] : [])),
    options: INIT_OPTIONS.filter((name, i): name is InitOption => name !== '' && optionBits[i] === true),
    preferredMessageSize: integerAt(apdu, 5, 'preferredMessageSize'),
    exceptionalRecordSize: integerAt(apdu, 6, 'exceptionalRecordSize'),
    implementationId: optional(apdu, 110, readString),
    implementationName: optional(apdu, 111, readString),
    implementationVersion: optional(apdu, 112, readString),
    charset: charsetResponse(childOf(apdu, 'context', 201)),
    diagnostic: userInformation === null ? null : findDefaultDiagnostic(userInformation),
  };
}

/** Finds the TargetResponse of character set negotiation 3 in otherInfo. */
function charsetResponse(otherInfo: BerNode | null): InitResponse['charset'] {
  for (const unit of otherInfo?.children ?? []) {
    const info = childOf(unit, 'context', 4);
    if (info === null) continue;
    const ext = readExternal(info);
    if (ext.directReference !== CHARSET_NEGOTIATION_3 || ext.encoding.kind !== 'single-asn1-type') continue;
    const response = ext.encoding.value;
    if (response.tagClass !== 'context' || response.tag !== 2) continue;
    const selected = childOf(response, 'context', 1);
    const choice = selected === null ? null : explicitInner(selected, 'selectedCharSets');
    const level = choice !== null && choice.tag === 2 ? childOf(choice, 'context', 2) : null;
    return {
      utf8: level !== null && readOid(level) === UTF8_ENCODING_LEVEL,
      recordsInSelectedCharSets: optional(response, 3, readBoolean) ?? false,
    };
  }
  return null;
}

function decodeSearchResponse(apdu: BerNode): SearchResponse {
  const status = childOf(apdu, 'context', 22);
  if (status === null) throw berError('missing SearchResponse.searchStatus', apdu.offset);
  return {
    kind: 'search-response',
    resultCount: integerAt(apdu, 23, 'resultCount'),
    numberOfRecordsReturned: integerAt(apdu, 24, 'numberOfRecordsReturned'),
    nextResultSetPosition: integerAt(apdu, 25, 'nextResultSetPosition'),
    searchStatus: readBoolean(status),
    resultSetStatus: optional(apdu, 26, readInteger),
    presentStatus: optional(apdu, 27, readInteger),
    records: decodeRecords(apdu),
  };
}

function decodePresentResponse(apdu: BerNode): PresentResponse {
  return {
    kind: 'present-response',
    numberOfRecordsReturned: integerAt(apdu, 24, 'numberOfRecordsReturned'),
    nextResultSetPosition: integerAt(apdu, 25, 'nextResultSetPosition'),
    presentStatus: integerAt(apdu, 27, 'presentStatus'),
    records: decodeRecords(apdu),
  };
}

function decodeClose(apdu: BerNode): Close {
  return {
    kind: 'close',
    closeReason: integerAt(apdu, 211, 'closeReason'),
    diagnosticInformation: optional(apdu, 3, readString),
  };
}

// Decodes the OPAC record syntax (1.2.840.10003.5.102): a bibliographic record plus holdings and circulation.
import { childOf, externalOctets, readBoolean, readExternal, readString, requiredChild, type BerNode } from './ber.ts';

/** CircRecord: one item's circulation state. Field names follow the ASN.1 (its spelling of `availablityDate`). */
export interface CirculationRecord {
  readonly availableNow: boolean;
  readonly availablityDate: string | null;
  readonly availableThru: string | null;
  readonly restrictions: string | null;
  readonly itemId: string | null;
  readonly renewable: boolean;
  readonly onHold: boolean;
  readonly enumAndChron: string | null;
  readonly midspine: string | null;
  readonly temporaryLocation: string | null;
}

export interface Volume {
  readonly enumeration: string | null;
  readonly chronology: string | null;
  readonly enumAndChron: string | null;
}

/** HoldingsAndCircData: one holding (a location and call number) with its items' circulation. */
export interface HoldingsAndCirc {
  readonly typeOfRecord: string | null;
  readonly encodingLevel: string | null;
  readonly format: string | null;
  readonly receiptAcqStatus: string | null;
  readonly generalRetention: string | null;
  readonly completeness: string | null;
  readonly dateOfReport: string | null;
  readonly nucCode: string | null;
  readonly localLocation: string | null;
  readonly shelvingLocation: string | null;
  readonly callNumber: string | null;
  readonly shelvingData: string | null;
  readonly copyNumber: string | null;
  readonly publicNote: string | null;
  readonly reproductionNote: string | null;
  readonly termsUseRepro: string | null;
  readonly enumAndChron: string | null;
  readonly volumes: readonly Volume[];
  readonly circulationData: readonly CirculationRecord[];
}

export interface OpacRecord {
  /** The bibliographic record's bytes (USMARC when `bibliographicSyntax` says so), or null when absent. */
  readonly bibliographic: Uint8Array | null;
  readonly bibliographicSyntax: string | null;
  readonly holdings: readonly HoldingsAndCirc[];
  /** Holdings sent as MARC holdings records instead of structured data. */
  readonly marcHoldings: readonly Uint8Array[];
}

const HOLDINGS_STRINGS = [
  'typeOfRecord', 'encodingLevel', 'format', 'receiptAcqStatus', 'generalRetention', 'completeness', 'dateOfReport',
  'nucCode', 'localLocation', 'shelvingLocation', 'callNumber', 'shelvingData', 'copyNumber', 'publicNote',
  'reproductionNote', 'termsUseRepro', 'enumAndChron',
] as const;

function text(node: BerNode, tag: number): string | null {
  const c = childOf(node, 'context', tag);
  return c === null ? null : readString(c);
}

/** OPACRecord ::= SEQUENCE { bibliographicRecord [1] IMPLICIT EXTERNAL OPTIONAL, holdingsData [2] IMPLICIT SEQUENCE OF HoldingsRecord OPTIONAL } */
export function decodeOpacRecord(node: BerNode): OpacRecord {
  const bib = childOf(node, 'context', 1);
  const external = bib === null ? null : readExternal(bib);
  const holdings: HoldingsAndCirc[] = [];
  const marcHoldings: Uint8Array[] = [];
  for (const h of childOf(node, 'context', 2)?.children ?? []) {
    // HoldingsRecord ::= CHOICE { marcHoldingsRecord [1] IMPLICIT EXTERNAL, holdingsAndCirc [2] IMPLICIT HoldingsAndCircData }
    if (h.tagClass === 'context' && h.tag === 2) holdings.push(decodeHoldingsAndCirc(h));
    else if (h.tagClass === 'context' && h.tag === 1) {
      const marc = externalOctets(readExternal(h));
      if (marc !== null) marcHoldings.push(marc);
    }
  }
  return {
    bibliographic: external === null ? null : externalOctets(external),
    bibliographicSyntax: external?.directReference ?? null,
    holdings,
    marcHoldings,
  };
}

function decodeHoldingsAndCirc(node: BerNode): HoldingsAndCirc {
  const fields = Object.fromEntries(HOLDINGS_STRINGS.map((name, i) => [name, text(node, i + 1)])) as Record<(typeof HOLDINGS_STRINGS)[number], string | null>;
  const volumes = (childOf(node, 'context', 18)?.children ?? []).map((v) => ({
    enumeration: text(v, 1), chronology: text(v, 2), enumAndChron: text(v, 3),
  }));
  const circulationData = (childOf(node, 'context', 19)?.children ?? []).map(decodeCircRecord);
  return { ...fields, volumes, circulationData };
}

/** CircRecord: availableNow [1], renewable [6] and onHold [7] are required BOOLEANs; the rest optional strings. */
function decodeCircRecord(node: BerNode): CirculationRecord {
  return {
    availableNow: readBoolean(requiredChild(node, 'context', 1, 'CircRecord.availableNow')),
    availablityDate: text(node, 2),
    availableThru: text(node, 3),
    restrictions: text(node, 4),
    itemId: text(node, 5),
    renewable: readBoolean(requiredChild(node, 'context', 6, 'CircRecord.renewable')),
    onHold: readBoolean(requiredChild(node, 'context', 7, 'CircRecord.onHold')),
    enumAndChron: text(node, 8),
    midspine: text(node, 9),
    temporaryLocation: text(node, 10),
  };
}

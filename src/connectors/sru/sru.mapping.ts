// SRU records to our types: a record's MARCXML to a MarcReadResult, a surrogate diagnostic to that position's rejection.
import type { MarcReadResult } from '../../marc/marc-reader.ts';
import { readMarcXmlPayload } from '../marc-payload.ts';
import type { SruDiagnostic, SruRecordResult } from './sru.codec.ts';

/** Diagnostic 61: the first record position is past the end of the result set. */
export const POSITION_OUT_OF_RANGE = 'info:srw/diagnostic/1/61';

export function describeDiagnostic(d: SruDiagnostic): string {
  return `SRU diagnostic ${d.uri}${d.message ? ` ${d.message}` : ''}${d.details ? ` (${d.details})` : ''}`;
}

/**
 * One position of an SRU result. The position is the server's recordPosition when it sends one (the place in
 * the result set a member's staff can look up), else the place the page says it has.
 */
export function sruRecordResult(result: SruRecordResult, pagePosition: number, idFields: readonly string[]): Promise<MarcReadResult> | MarcReadResult {
  const position = result.position ?? pagePosition;
  if (result.kind === 'rejected') return { ok: false, position, id: null, reason: describeDiagnostic(result.diagnostic) };
  return readMarcXmlPayload(result.recordData, position, idFields);
}

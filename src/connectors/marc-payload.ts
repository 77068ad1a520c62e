// MARC carried inside a protocol reply (a MARCXML string, ISO 2709 bytes) read into one MarcReadResult, and the
// error rules every protocol connector shares: an abort stays an abort, anything else names the library.
import { errors, isSamverkaError } from '../core/errors.ts';
import { parseIso2709 } from '../marc/iso2709.ts';
import { readMarc, type MarcEncoding, type MarcReadResult } from '../marc/marc-reader.ts';
import { rejectionReason } from '../marc/read-result.ts';
import { idFromIso2709 } from '../marc/rejection-id.ts';

async function* once(text: string): AsyncGenerator<Uint8Array> {
  yield Buffer.from(text, 'utf8');
}

/**
 * One MARCXML `<record>` as a result at `position` of the harvest. Anything else (no record, several, XML the
 * reader refuses) is a rejection of this one position, never a throw: the harvest goes on.
 */
export async function readMarcXmlPayload(xml: string, position: number, idFields: readonly string[] = []): Promise<MarcReadResult> {
  const results: MarcReadResult[] = [];
  try {
    for await (const result of readMarc(once(xml), { format: 'marcxml', idFields })) results.push(result);
  } catch (error) {
    return { ok: false, position, id: results[0]?.ok === false ? results[0].id : null, reason: rejectionReason(error) };
  }
  if (results.length !== 1) {
    return { ok: false, position, id: null, reason: `the reply holds ${results.length} MARC21 records where one was expected` };
  }
  return { ...results[0], position };
}

/** One ISO 2709 record as a result at `position`; a damaged one is a rejection with the id it still shows. */
export function readIso2709Payload(bytes: Uint8Array, position: number, encoding: MarcEncoding, idFields: readonly string[] = []): MarcReadResult {
  const warnings: string[] = [];
  try {
    return { ok: true, position, record: parseIso2709(bytes, encoding, warnings), warnings };
  } catch (error) {
    return { ok: false, position, id: idFromIso2709(bytes, idFields), reason: rejectionReason(error) };
  }
}

/**
 * The error a connector call ends with: the caller's abort as it is, a typed error as the client made it (clients
 * are given the library id as their source name), anything unexpected as `source-failed` naming the library.
 */
export function sourceError(library: string, error: unknown, signal?: AbortSignal): unknown {
  if (signal?.aborted && (error === signal.reason || (error instanceof Error && error.name === 'AbortError'))) return signal.reason;
  if (isSamverkaError(error)) return error;
  return errors.sourceFailed(library, rejectionReason(error), error);
}

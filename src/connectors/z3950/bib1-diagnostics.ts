// Bib-1 diagnostics (Z39.50 Appendix DIAG): their meaning, and the typed error each one becomes.
import { errors, type SamverkaError } from '../../core/errors.ts';
import { BIB1_DIAGNOSTIC_SET, type Diagnostic } from './z3950.records.ts';

/** The conditions a library system's Z39.50 server commonly reports, in the standard's wording. */
const BIB1_MESSAGES: Record<number, string> = {
  1: 'Permanent system error', 2: 'Temporary system error', 3: 'Unsupported search',
  4: 'Terms only exclusion (stop) words', 5: 'Too many argument words', 6: 'Too many boolean operators',
  7: 'Too many truncated words', 8: 'Too many incomplete subfields', 9: 'Truncated words too short',
  10: 'Invalid format for record number (search term)', 11: 'Too many characters in search statement',
  12: 'Too many records retrieved', 13: 'Present request out-of-range', 14: 'System error in presenting records',
  15: 'Record not authorized to be sent intersystem', 16: 'Record exceeds Preferred-message-size',
  17: 'Record exceeds Exceptional-record-size', 23: 'Specified combination of databases not supported',
  25: 'Specified element set name not valid for specified database', 27: 'Result set no longer exists',
  30: 'Specified result set does not exist', 100: 'Unspecified error', 101: 'Access-control failure',
  107: 'Query type not supported', 108: 'Malformed query', 109: 'Database unavailable', 110: 'Operator unsupported',
  111: 'Too many databases specified', 113: 'Unsupported attribute type', 114: 'Unsupported Use attribute',
  115: 'Unsupported term value for Use attribute', 116: 'Use attribute required but not supplied',
  117: 'Unsupported Relation attribute', 118: 'Unsupported Structure attribute', 119: 'Unsupported Position attribute',
  120: 'Unsupported Truncation attribute', 121: 'Unsupported Attribute Set', 122: 'Unsupported Completeness attribute',
  123: 'Unsupported attribute combination', 124: 'Unsupported coded value for term', 125: 'Malformed search term',
  126: 'Illegal term value for attribute', 128: 'Illegal result set name', 227: 'No data available in requested record syntax',
  235: 'Database does not exist', 236: 'Access to specified database denied', 238: 'Record not available in requested syntax',
  239: 'Record syntax not supported',
};

/** Conditions that say the query itself is at fault, so the caller (not the source) must change something. */
function isQueryCondition(condition: number): boolean {
  return (condition >= 3 && condition <= 11) || condition === 107 || condition === 108 || condition === 110
    || (condition >= 113 && condition <= 132);
}

export function describeDiagnostic(d: Diagnostic): string {
  const known = d.set === BIB1_DIAGNOSTIC_SET || d.set === null ? BIB1_MESSAGES[d.condition] : undefined;
  const name = d.set === BIB1_DIAGNOSTIC_SET || d.set === null ? `Bib-1 diagnostic ${d.condition}` : `diagnostic ${d.condition} (set ${d.set})`;
  return `${name}${known === undefined ? '' : ` "${known}"`}${d.addinfo ? `: ${d.addinfo}` : ''}`;
}

/** The typed error for a diagnostic: `bad-query` when the query is at fault, else `source-failed`; both carry the code. */
export function diagnosticError(source: string, d: Diagnostic): SamverkaError {
  const diagnostic = { set: d.set, condition: d.condition, addinfo: d.addinfo };
  if ((d.set === BIB1_DIAGNOSTIC_SET || d.set === null) && isQueryCondition(d.condition)) {
    return errors.badQuery(`Source ${source} rejected the query: ${describeDiagnostic(d)}`, { source, diagnostic });
  }
  return errors.sourceFailed(source, describeDiagnostic(d), undefined, { diagnostic });
}

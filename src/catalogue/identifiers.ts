// Standard identifiers from MARC: ISBN (validated, 10 → 13), ISSN (validated), and other ids (024, 028, 035).

/** ISBN-13 digits for an ISBN-10 or ISBN-13 at the start of a 020 $a ("91-642-2009-5 (inb.)"); null when invalid. */
export function normalizeIsbn(raw: string): string | null {
  const match = /^[\s(]*((?:97[89][\s-]?)?(?:\d[\s-]?){9}[\dXx])(?![\dXx])/.exec(raw);
  if (!match) return null;
  const compact = match[1].replace(/[\s-]/g, '').toUpperCase();
  if (compact.length === 13) return isbn13Valid(compact) ? compact : null;
  if (compact.length !== 10 || !isbn10Valid(compact)) return null;
  const body = `978${compact.slice(0, 9)}`;
  return body + isbn13CheckDigit(body);
}

function isbn10Valid(isbn: string): boolean {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const ch = isbn[i];
    if (ch === 'X' && i !== 9) return false;
    sum += (ch === 'X' ? 10 : Number(ch)) * (10 - i);
  }
  return sum % 11 === 0;
}

function isbn13CheckDigit(first12: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (i % 2 === 0 ? 1 : 3);
  return String((10 - (sum % 10)) % 10);
}

function isbn13Valid(isbn: string): boolean {
  return /^\d{13}$/.test(isbn) && isbn13CheckDigit(isbn.slice(0, 12)) === isbn[12];
}

/** "0018-263X" for a valid ISSN at the start of a 022 $a; null when the check digit fails. */
export function normalizeIssn(raw: string): string | null {
  const match = /^\s*(\d{4})[\s-]?(\d{3}[\dXx])(?![\dXx])/.exec(raw);
  if (!match) return null;
  const digits = (match[1] + match[2]).toUpperCase();
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(digits[i]) * (8 - i);
  const check = (11 - (sum % 11)) % 11;
  const expected = check === 10 ? 'X' : String(check);
  return digits[7] === expected ? `${digits.slice(0, 4)}-${digits.slice(4)}` : null;
}

/** 024 numbers that are product codes (UPC, EAN, GTIN) lose leading zeros so UPC-A, EAN-13 and GTIN-14 meet. */
export function normalizeStandardNumber(raw: string, kind: 'product' | 'other'): string | null {
  const value = raw.trim().replace(/\s*\(.*$/, '');
  if (!value) return null;
  if (kind === 'product') {
    const digits = value.replace(/[\s-]/g, '');
    if (!/^\d{8,14}$/.test(digits)) return null;
    return digits.replace(/^0+/, '') || null;
  }
  return value.replace(/\s+/g, ' ');
}

/** A publisher's number (028 $a) with the publisher (028 $b): "SILCD1325 (Silva Screen)". */
export function publisherNumber(number: string, publisher: string | null): string | null {
  const compact = number.trim().replace(/[\s-]+/g, '').toUpperCase();
  if (!compact) return null;
  const label = publisher?.trim().replace(/[\s.,;:]+$/, '');
  return label ? `${compact} (${label})` : compact;
}

/**
 * Union-catalogue numbers from 035 $a that mean the same record in every library ("(OCoLC)ocm56129600"
 * → "(OCoLC)56129600"). Local system numbers ("(Sirsi) a353305") are left out: two systems reuse them.
 */
export function unionCatalogueNumber(raw: string): string | null {
  const match = /^\s*\((OCoLC|FI-MELINDA|SE-LIBR|LIBRIS)\)\s*(?:ocm|ocn|on)?\s*0*([0-9A-Za-z]+)\s*$/.exec(raw);
  return match ? `(${match[1]})${match[2]}` : null;
}

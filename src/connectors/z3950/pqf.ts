// Prefix Query Format (yaz's PQF notation) parsed into a Z39.50 Type-1 (RPN) query.
import { errors } from '../../core/errors.ts';

export const BIB1_ATTRIBUTE_SET = '1.2.840.10003.3.1';

/** Attribute set names PQF accepts besides dotted OIDs (Z39.50 attribute set OIDs, 1.2.840.10003.3.x). */
const ATTRIBUTE_SETS: Record<string, string> = {
  'bib-1': BIB1_ATTRIBUTE_SET,
  'exp-1': '1.2.840.10003.3.2',
  'ext-1': '1.2.840.10003.3.3',
  'ccl-1': '1.2.840.10003.3.4',
  gils: '1.2.840.10003.3.5',
};

export interface RpnQuery {
  readonly attributeSet: string;
  readonly root: RpnNode;
}

export type RpnNode =
  | { readonly kind: 'term'; readonly attributes: readonly Attribute[]; readonly term: Term }
  | { readonly kind: 'result-set'; readonly name: string }
  | { readonly kind: 'operator'; readonly operator: RpnOperator; readonly left: RpnNode; readonly right: RpnNode };

export interface Attribute {
  /** Attribute set OID when the attribute names one; null means the query's set. */
  readonly set: string | null;
  readonly type: number;
  /** A number, or a string (sent as a complex value, e.g. Zebra's `_ALLRECORDS`). */
  readonly value: number | string;
}

export type Term =
  | { readonly kind: 'general'; readonly bytes: Uint8Array }
  | { readonly kind: 'numeric'; readonly value: number }
  | { readonly kind: 'characterString'; readonly value: string }
  | { readonly kind: 'null' };

export type RpnOperator = 'and' | 'or' | 'and-not' | Proximity;

export interface Proximity {
  readonly exclusion: boolean | null;
  readonly distance: number;
  readonly ordered: boolean;
  /** 1 lessThan … 6 notEqual. */
  readonly relationType: number;
  readonly unit: { readonly known: number } | { readonly private: number };
}

/** Deeper operator nesting than this is refused rather than risking the stack. */
const MAX_NESTING = 64;
/** As yaz: at most this many attributes in force on one term. */
const MAX_ATTRIBUTES = 512;

interface Token {
  readonly text: string;
  readonly quoted: boolean;
  readonly at: number;
}

function bad(pqf: string, message: string, at: number): never {
  throw errors.badQuery(`Bad PQF query at position ${at}: ${message}`, { pqf, position: at });
}

function tokenize(pqf: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < pqf.length) {
    if (/\s/.test(pqf[i])) {
      i++;
      continue;
    }
    const at = i;
    const close = pqf[i] === '"' ? '"' : pqf[i] === '{' ? '}' : null;
    if (close !== null) i++;
    const start = i;
    while (i < pqf.length && (close !== null ? pqf[i] !== close : !/\s/.test(pqf[i]))) i += pqf[i] === '\\' ? 2 : 1;
    if (close !== null && i >= pqf.length) bad(pqf, 'unterminated quoted term', at);
    tokens.push({ text: pqf.slice(start, Math.min(i, pqf.length)), quoted: close !== null, at });
    if (close !== null) i++;
  }
  return tokens;
}

/** Resolves PQF backslash escapes (\t \n \r \f \xHH \ooo \c) to bytes, as yaz does. */
function unescape(text: string): Uint8Array {
  const out: number[] = [];
  const simple: Record<string, number> = { t: 9, n: 10, r: 13, f: 12 };
  const literal = (at: number): number => {
    const ch = String.fromCodePoint(text.codePointAt(at)!);
    out.push(...Buffer.from(ch, 'utf8'));
    return ch.length;
  };
  for (let i = 0; i < text.length; ) {
    if (text[i] !== '\\' || i === text.length - 1) {
      i += literal(i);
      continue;
    }
    const e = text[i + 1];
    if (e in simple) {
      out.push(simple[e]);
      i += 2;
    } else if (e === 'x' && /^[0-9a-fA-F]{2}$/.test(text.slice(i + 2, i + 4))) {
      out.push(parseInt(text.slice(i + 2, i + 4), 16));
      i += 4;
    } else if (/^[0-3][0-7]{2}$/.test(text.slice(i + 1, i + 4))) {
      out.push(parseInt(text.slice(i + 1, i + 4), 8));
      i += 4;
    } else {
      i += 1 + literal(i + 1);
    }
  }
  return Uint8Array.from(out);
}

function attributeSetOid(name: string): string | null {
  if (/^\d+(\.\d+)+$/.test(name)) return name;
  return ATTRIBUTE_SETS[name.toLowerCase()] ?? null;
}

/** Parses PQF, e.g. `@attr 1=4 @attr 2=3 "term"` or `@and @attr 1=1003 lindgren @attr 1=4 pippi`. */
export function parsePqf(pqf: string): RpnQuery {
  return new PqfParser(pqf).query();
}

class PqfParser {
  private readonly tokens: Token[];
  private pos = 0;
  private termKind: Term['kind'] = 'general';

  constructor(private readonly pqf: string) {
    this.tokens = tokenize(pqf);
  }

  query(): RpnQuery {
    let attributeSet = BIB1_ATTRIBUTE_SET;
    if (this.isOperator('@attrset')) {
      const name = this.next('an attribute set after @attrset');
      attributeSet = attributeSetOid(name.text) ?? bad(this.pqf, `unknown attribute set "${name.text}"`, name.at);
    }
    const root = this.structure([], 0);
    const extra = this.tokens[this.pos];
    if (extra !== undefined) bad(this.pqf, `unexpected "${extra.text}" after the query`, extra.at);
    return { attributeSet, root };
  }

  private isOperator(name: string): boolean {
    const t = this.tokens[this.pos];
    if (t === undefined || t.quoted || t.text !== name) return false;
    this.pos++;
    return true;
  }

  private next(what: string): Token {
    const t = this.tokens[this.pos++];
    return t ?? bad(this.pqf, `missing ${what}`, this.pqf.length);
  }

  private structure(attributes: readonly Attribute[], depth: number): RpnNode {
    if (depth > MAX_NESTING) bad(this.pqf, 'operators nested too deeply', this.tokens[this.pos]?.at ?? this.pqf.length);
    const t = this.next('an operand');
    const word = t.quoted ? null : t.text;
    if (word === '@and' || word === '@or' || word === '@not' || word === '@prox') {
      const operator: RpnOperator = word === '@and' ? 'and' : word === '@or' ? 'or' : word === '@not' ? 'and-not' : this.proximity();
      const left = this.structure(attributes, depth + 1);
      return { kind: 'operator', operator, left, right: this.structure(attributes, depth + 1) };
    }
    if (word === '@attr') {
      if (attributes.length >= MAX_ATTRIBUTES) bad(this.pqf, 'too many attributes', t.at);
      return this.structure([...attributes, this.attribute(attributes)], depth);
    }
    if (word === '@term') {
      this.termKind = this.termType();
      return this.structure(attributes, depth);
    }
    if (word === '@set') return { kind: 'result-set', name: this.next('a result set name after @set').text };
    if (word !== null && word.startsWith('@')) bad(this.pqf, `unknown operator "${word}"`, t.at);
    return { kind: 'term', attributes: inForce(attributes), term: this.term(t) };
  }

  /** `@attr [set] type=value`; without a set the attribute keeps the previous attribute's set, as in yaz. */
  private attribute(before: readonly Attribute[]): Attribute {
    let t = this.next('an attribute after @attr');
    let set = before.length > 0 ? before[before.length - 1].set : null;
    if (!t.text.includes('=')) {
      set = attributeSetOid(t.text) ?? bad(this.pqf, `unknown attribute set "${t.text}"`, t.at);
      t = this.next('an attribute after the attribute set');
    }
    const eq = t.text.indexOf('=');
    const typeText = t.text.slice(0, eq);
    const valueText = t.text.slice(eq + 1);
    if (eq < 0 || !/^\d+$/.test(typeText) || valueText === '') bad(this.pqf, `bad attribute "${t.text}"`, t.at);
    const type = this.integer(typeText, t);
    const value = /^\d+$/.test(valueText) ? this.integer(valueText, t) : Buffer.from(unescape(valueText)).toString('utf8');
    return { set, type, value };
  }

  private termType(): Term['kind'] {
    const t = this.next('a term type after @term');
    const kinds: Record<string, Term['kind']> = { general: 'general', numeric: 'numeric', string: 'characterString', null: 'null' };
    return kinds[t.text] ?? bad(this.pqf, `unsupported term type "${t.text}"`, t.at);
  }

  private term(t: Token): Term {
    const bytes = unescape(t.text);
    switch (this.termKind) {
      case 'general': return { kind: 'general', bytes };
      case 'characterString': return { kind: 'characterString', value: Buffer.from(bytes).toString('utf8') };
      case 'null': return { kind: 'null' };
      case 'numeric': {
        if (!/^-?\d+$/.test(t.text)) bad(this.pqf, `"${t.text}" is not a numeric term`, t.at);
        return { kind: 'numeric', value: this.integer(t.text, t) };
      }
    }
  }

  /** `@prox exclusion distance ordered relation which unit`, as yaz reads it. */
  private proximity(): Proximity {
    const field = (what: string, pattern: RegExp): Token => {
      const t = this.next(`the proximity ${what}`);
      return pattern.test(t.text) ? t : bad(this.pqf, `bad proximity ${what} "${t.text}"`, t.at);
    };
    const exclusion = field('exclusion', /^[01vn]$/).text;
    const distance = field('distance', /^\d+$/);
    const ordered = field('ordering', /^[01]$/).text === '1';
    const relation = field('relation', /^[1-6]$/);
    const which = field('unit kind', /^[kp12]$/).text;
    const unit = field('unit', /^\d+$/);
    const unitValue = this.integer(unit.text, unit);
    return {
      exclusion: exclusion === '1' ? true : exclusion === '0' ? false : null,
      distance: this.integer(distance.text, distance),
      ordered,
      relationType: Number(relation.text),
      unit: which === 'k' || which === '1' ? { known: unitValue } : { private: unitValue },
    };
  }

  private integer(text: string, t: Token): number {
    const n = Number(text);
    return Number.isSafeInteger(n) ? n : bad(this.pqf, `number "${text}" out of range`, t.at);
  }
}

/**
 * The attributes a term is searched with: a later `@attr` of the same type overrides an earlier one,
 * and the list runs from the innermost attribute outwards — yaz's order, so servers see what yaz-client sends.
 */
function inForce(attributes: readonly Attribute[]): Attribute[] {
  const out: Attribute[] = [];
  for (let i = attributes.length - 1; i >= 0; i--) {
    if (!out.some((a) => a.type === attributes[i].type)) out.push(attributes[i]);
  }
  return out;
}

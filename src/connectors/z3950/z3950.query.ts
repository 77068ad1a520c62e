// Encodes a Type-1 (RPN) query as the Z39.50 `Query` of a SearchRequest (Z39.50-1995 §3.2.2.1.1 / ASN.1 RPNQuery).
import { boolean, constructed, context, integer, nullValue, octets, oid, sequence, string } from './ber-encoder.ts';
import type { Attribute, RpnNode, RpnOperator, RpnQuery, Term } from './pqf.ts';

/** `query [21] Query` with the `type-1 [1] IMPLICIT RPNQuery` choice. */
export function encodeQuery(query: RpnQuery): Uint8Array {
  return constructed(context(21), constructed(context(1), oid(query.attributeSet), structure(query.root)));
}

function structure(node: RpnNode): Uint8Array {
  switch (node.kind) {
    case 'term':
      // op [0] Operand → attrTerm: AttributesPlusTerm ::= [102] IMPLICIT SEQUENCE { attributes, term }
      return constructed(context(0), constructed(context(102), attributeList(node.attributes), term(node.term)));
    case 'result-set':
      // op [0] Operand → resultSet: ResultSetId ::= [31] IMPLICIT InternationalString
      return constructed(context(0), string(node.name, context(31)));
    case 'operator':
      // rpnRpnOp [1] IMPLICIT SEQUENCE { rpn1, rpn2, op Operator }
      return constructed(context(1), structure(node.left), structure(node.right), operator(node.operator));
  }
}

/** AttributeList ::= [44] IMPLICIT SEQUENCE OF AttributeElement */
function attributeList(attributes: readonly Attribute[]): Uint8Array {
  return constructed(context(44), ...attributes.map(attributeElement));
}

function attributeElement(a: Attribute): Uint8Array {
  const value = typeof a.value === 'number'
    ? integer(a.value, context(121))
    // complex [224] IMPLICIT SEQUENCE { list [1] IMPLICIT SEQUENCE OF StringOrNumeric } with string [1]
    : constructed(context(224), constructed(context(1), string(a.value, context(1))));
  return sequence(
    a.set === null ? null : oid(a.set, context(1)),
    integer(a.type, context(120)),
    value,
  );
}

function term(t: Term): Uint8Array {
  switch (t.kind) {
    case 'general': return octets(t.bytes, context(45));
    case 'numeric': return integer(t.value, context(215));
    case 'characterString': return string(t.value, context(216));
    case 'null': return nullValue(context(221));
  }
}

/** Operator ::= [46] CHOICE { and [0], or [1], and-not [2] IMPLICIT NULL, prox [3] IMPLICIT ProximityOperator } */
function operator(op: RpnOperator): Uint8Array {
  if (op === 'and') return constructed(context(46), nullValue(context(0)));
  if (op === 'or') return constructed(context(46), nullValue(context(1)));
  if (op === 'and-not') return constructed(context(46), nullValue(context(2)));
  const unit = 'known' in op.unit ? integer(op.unit.known, context(1)) : integer(op.unit.private, context(2));
  return constructed(context(46), constructed(
    context(3),
    op.exclusion === null ? null : boolean(op.exclusion, context(1)),
    integer(op.distance, context(2)),
    boolean(op.ordered, context(3)),
    integer(op.relationType, context(4)),
    constructed(context(5), unit),
  ));
}

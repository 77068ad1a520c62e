// MARCXML: a streaming reader (saxes) that takes any attribute order and prefix, and a writer of one <record>.
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { errors } from '../core/errors.ts';
import { isControlField, type MarcRecord } from './marc-record.ts';
import { MarcXmlRecordBuilder } from './marcxml-record-builder.ts';
import { normalizeLeader } from './iso2709.ts';
import type { MarcReadOptions, MarcReadResult } from './read-result.ts';

export const MARCXML_NAMESPACE = 'http://www.loc.gov/MARC21/slim';

const DECLARATION_BYTES = 256;

/** The encoding named by the XML declaration, if the first bytes hold one; UTF-8 otherwise. */
function declaredEncoding(first: Uint8Array): string {
  const head = Buffer.from(first.subarray(0, DECLARATION_BYTES)).toString('latin1');
  const label = /^(?:\uFEFF|ï»¿)?\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
  if (!label) return 'utf-8';
  try {
    return new TextDecoder(label).encoding;
  } catch {
    throw errors.xmlMalformed(`XML declares an unknown encoding "${label}"`, { line: 1, column: 0 });
  }
}

/** The XML text, decoded in the encoding its declaration names; the declaration is seen whole however small the chunks. */
async function* decodeXml(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  let decoder: TextDecoder | null = null;
  const head: Uint8Array[] = [];
  let headBytes = 0;
  for await (const chunk of chunks) {
    if (decoder) {
      yield decoder.decode(chunk, { stream: true });
      continue;
    }
    head.push(chunk);
    headBytes += chunk.length;
    if (headBytes < DECLARATION_BYTES) continue;
    decoder = new TextDecoder(declaredEncoding(Buffer.concat(head)));
    yield decoder.decode(Buffer.concat(head), { stream: true });
  }
  decoder ??= new TextDecoder(declaredEncoding(Buffer.concat(head)));
  yield headBytes < DECLARATION_BYTES ? decoder.decode(Buffer.concat(head)) : decoder.decode();
}

/**
 * Reads MARCXML records as they stream in. A structurally bad record is rejected alone; XML that is not
 * well-formed yields every record before the error, then throws `xml-malformed` with line and column.
 */
export async function* readMarcXmlRecords(
  chunks: AsyncIterable<Uint8Array>, options: MarcReadOptions = {},
): AsyncGenerator<MarcReadResult> {
  const ready: MarcReadResult[] = [];
  const builder = new MarcXmlRecordBuilder(options.idFields ?? [], (result) => ready.push(result));
  const parser = new SaxesParser({ xmlns: true, position: true });
  parser.on('opentag', (tag) => builder.open(tag as SaxesTagNS));
  parser.on('closetag', (tag) => builder.close(tag as SaxesTagNS));
  parser.on('text', (text) => builder.text(text));
  parser.on('cdata', (text) => builder.text(text));
  parser.on('error', (error) => {
    const reason = error.message.replace(/^\d+:\d+: /, '');
    throw errors.xmlMalformed(`XML is not well-formed at line ${parser.line}, column ${parser.column}: ${reason}`, {
      line: parser.line, column: parser.column,
    });
  });
  try {
    for await (const text of decodeXml(chunks)) {
      parser.write(text);
      yield* ready.splice(0);
    }
    parser.close();
  } catch (error) {
    yield* ready.splice(0);
    throw error;
  }
  yield* ready.splice(0);
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/** Markup characters, and C0 controls that XML 1.0 cannot carry at all (they become U+FFFD). */
const NEEDS_ESCAPE = /[&<>"\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g;

function escapeXml(value: string): string {
  return value.replace(NEEDS_ESCAPE, (ch) => XML_ESCAPES[ch] ?? '\uFFFD');
}

/** One `<record>` in the MARC21 slim namespace, leader/09 'a' (the text is Unicode). */
export function writeMarcXml(record: MarcRecord): string {
  const out = [`<record xmlns="${MARCXML_NAMESPACE}"><leader>${escapeXml(normalizeLeader(record.leader))}</leader>`];
  for (const f of record.fields) {
    if (isControlField(f)) {
      out.push(`<controlfield tag="${escapeXml(f.tag)}">${escapeXml(f.value)}</controlfield>`);
      continue;
    }
    out.push(`<datafield tag="${escapeXml(f.tag)}" ind1="${escapeXml(f.ind1)}" ind2="${escapeXml(f.ind2)}">`);
    for (const s of f.subfields) out.push(`<subfield code="${escapeXml(s.code)}">${escapeXml(s.value)}</subfield>`);
    out.push('</datafield>');
  }
  out.push('</record>');
  return out.join('');
}

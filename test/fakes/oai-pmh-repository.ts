// The protocol half of the OAI-PMH 2.0 fake: real MARCXML records from test/fixtures/marc as items, and the
// spec's verbs, argument rules and error codes answered as XML. The HTTP half is oai-pmh-provider.ts.
//
// Reply structure mirrors the specification's own examples (openarchives.org/OAI/2.0/openarchivesprotocol.htm
// §3.2, §4.2 Identify from memory.loc.gov, §4.1 GetRecord and §4.3 ListIdentifiers from arXiv, replayed in
// Plack::App::OAI's test server) and Finna's marc21 ListRecords sample (kiwi.fi, a deleted header without
// <metadata>, then <record xmlns="http://www.loc.gov/MARC21/slim">). Resumption tokens are shaped like Koha's
// (Koha/OAI/Server/ResumptionToken.pm: `metadataPrefix/offset/from/until/set`), so they hold `/` and `:`.
import { readFileSync } from 'node:fs';

export type Granularity = 'YYYY-MM-DD' | 'YYYY-MM-DDThh:mm:ssZ';

/** One fixture file served as one set. */
export interface FixtureSet {
  readonly spec: string;
  readonly name: string;
  readonly file: string;
}

export interface Item {
  readonly identifier: string;
  readonly setSpec: string;
  /** The record exactly as in the fixture file, with the MARC namespace declared on it. */
  readonly marcxml: string;
  /** Always YYYY-MM-DDThh:mm:ssZ inside; shown in the repository's granularity. */
  datestamp: string;
  deleted: boolean;
}

export interface RepositoryOptions {
  readonly sets: readonly FixtureSet[];
  readonly pageSize: number;
  readonly granularity: Granularity;
  readonly setHierarchy: boolean;
  /**
   * `record-id`: an identifier ends with the record's 001, as Koha's end with the biblionumber when 001 holds it
   * (for sets whose 001s are unique); default: the set and the record's position in its file.
   */
  readonly identifiers?: 'position' | 'record-id';
}

/** List faults the provider can switch on; transport faults live in the provider. */
export type ListFault = 'token-loop' | 'endless' | 'bad-token' | null;

export const REPOSITORY_ID = 'fake.samverka.test';
const MARC_NS = 'http://www.loc.gov/MARC21/slim';
/** For records without a 005: Koha's default `from` (ResumptionToken.pm), before every real datestamp. */
const NO_DATESTAMP = '1970-01-01T00:00:00Z';

const FORMATS = [
  { prefix: 'marc21', schema: 'http://www.loc.gov/standards/marcxml/schema/MARC21slim.xsd', namespace: MARC_NS },
  { prefix: 'oai_dc', schema: 'http://www.openarchives.org/OAI/2.0/oai_dc.xsd', namespace: 'http://www.openarchives.org/OAI/2.0/oai_dc/' },
];

const VERBS: Readonly<Record<string, { required: string[]; optional: string[]; exclusive?: string }>> = {
  GetRecord: { required: ['identifier', 'metadataPrefix'], optional: [] },
  Identify: { required: [], optional: [] },
  ListIdentifiers: { required: ['metadataPrefix'], optional: ['from', 'until', 'set'], exclusive: 'resumptionToken' },
  ListMetadataFormats: { required: [], optional: ['identifier'] },
  ListRecords: { required: ['metadataPrefix'], optional: ['from', 'until', 'set'], exclusive: 'resumptionToken' },
  ListSets: { required: [], optional: [], exclusive: 'resumptionToken' },
};

/** Splits a MARCXML collection into its <record> elements, byte for byte, declaring the namespace each inherited. */
export function splitRecords(collectionXml: string): string[] {
  return [...collectionXml.matchAll(/<record[\s>][\s\S]*?<\/record>/g)].map(([xml]) =>
    /^<record[^>]*\sxmlns="/.test(xml) ? xml : xml.replace(/^<record/, `<record xmlns="${MARC_NS}"`),
  );
}

export class OaiRepository {
  readonly items: Item[] = [];

  constructor(private readonly options: RepositoryOptions, fixtureDir: string) {
    for (const set of options.sets) {
      splitRecords(readFileSync(`${fixtureDir}/${set.file}`, 'utf8')).forEach((marcxml, i) => {
        const local = options.identifiers === 'record-id' ? /<controlfield tag="001">([^<]+)<\/controlfield>/.exec(marcxml)?.[1].trim() : undefined;
        this.items.push({ identifier: `oai:${REPOSITORY_ID}:${set.spec}:${local ?? i + 1}`, setSpec: set.spec, marcxml, datestamp: datestampOf(marcxml), deleted: false });
      });
    }
  }

  /** Records a change at `datestamp` (YYYY-MM-DDThh:mm:ssZ), as a library system does when a record is edited or withdrawn. */
  change(identifier: string, datestamp: string, change: 'updated' | 'deleted'): void {
    const item = this.items.find((i) => i.identifier === identifier);
    if (!item) throw new Error(`fake OAI-PMH repository: no item ${identifier}`);
    item.datestamp = datestamp;
    item.deleted = change === 'deleted';
  }

  /** Answers one request; `args` holds every value of every argument as received. */
  answer(args: URLSearchParams, baseUrl: string, responseDate: Date, fault: ListFault): string {
    const verbs = args.getAll('verb');
    const rule = verbs.length === 1 ? VERBS[verbs[0]] : undefined;
    if (!rule || !Object.hasOwn(VERBS, verbs[0])) return this.reply(responseDate, baseUrl, null, error('badVerb', 'Illegal OAI verb'));
    const bad = badArgument(args, rule);
    if (bad) return this.reply(responseDate, baseUrl, null, error('badArgument', bad));
    const one = (name: string): string | undefined => args.get(name) ?? undefined;
    let body: string;
    try {
      body = this.verb(verbs[0], one, fault, baseUrl);
    } catch (e) {
      if (!(e instanceof OaiFailure)) throw e;
      if (e.code === 'badArgument') return this.reply(responseDate, baseUrl, null, error(e.code, e.message));
      body = error(e.code, e.message);
    }
    return this.reply(responseDate, baseUrl, args, body);
  }

  /** An error reply to any request; badVerb and badArgument echo no arguments (spec §3.2). */
  errorReply(args: URLSearchParams, baseUrl: string, responseDate: Date, code: string): string {
    const echo = code === 'badVerb' || code === 'badArgument' ? null : args;
    return this.reply(responseDate, baseUrl, echo, error(code, `Fault mode: every request answers ${code}`));
  }

  private verb(verb: string, arg: (name: string) => string | undefined, fault: ListFault, baseUrl: string): string {
    switch (verb) {
      case 'Identify': return this.identify(baseUrl);
      case 'ListMetadataFormats': {
        const identifier = arg('identifier');
        if (identifier !== undefined && !this.items.some((i) => i.identifier === identifier)) throw new OaiFailure('idDoesNotExist', `No item ${identifier}`);
        return el('ListMetadataFormats', FORMATS.map((f) =>
          el('metadataFormat', el('metadataPrefix', esc(f.prefix)) + el('schema', esc(f.schema)) + el('metadataNamespace', esc(f.namespace)))).join(''));
      }
      case 'ListSets': {
        if (!this.options.setHierarchy) throw new OaiFailure('noSetHierarchy', 'This repository does not support sets');
        if (arg('resumptionToken') !== undefined) throw new OaiFailure('badResumptionToken', 'ListSets is never split');
        return el('ListSets', this.options.sets.map((s) => el('set', el('setSpec', esc(s.spec)) + el('setName', esc(s.name)))).join(''));
      }
      case 'GetRecord': {
        const prefix = this.format(arg('metadataPrefix'));
        const item = this.items.find((i) => i.identifier === arg('identifier'));
        if (!item) throw new OaiFailure('idDoesNotExist', `No item ${arg('identifier')}`);
        return el('GetRecord', this.record(item, prefix));
      }
      default: return this.list(verb, arg, fault);
    }
  }

  private identify(baseUrl: string): string {
    const earliest = this.items.reduce((min, i) => (i.datestamp < min ? i.datestamp : min), '9999-12-31T23:59:59Z');
    return el('Identify', [
      el('repositoryName', 'Samverka test repository (real records from test/fixtures/marc)'),
      el('baseURL', esc(baseUrl)),
      el('protocolVersion', '2.0'),
      el('adminEmail', `admin@${REPOSITORY_ID}`),
      el('earliestDatestamp', this.shown(earliest)),
      el('deletedRecord', 'persistent'),
      el('granularity', this.options.granularity),
      el('description', `<oai-identifier xmlns="http://www.openarchives.org/OAI/2.0/oai-identifier" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/oai-identifier http://www.openarchives.org/OAI/2.0/oai-identifier.xsd">${
        el('scheme', 'oai') + el('repositoryIdentifier', REPOSITORY_ID) + el('delimiter', ':') + el('sampleIdentifier', esc(this.items[0]?.identifier ?? ''))}</oai-identifier>`),
    ].join(''));
  }

  private list(verb: string, arg: (name: string) => string | undefined, fault: ListFault): string {
    const token = arg('resumptionToken');
    const state = token === undefined ? this.firstPage(arg) : this.parseToken(token, fault);
    const { prefix, from, until, set } = state;
    const matching = this.items.filter((i) => (!from || i.datestamp >= from) && (!until || i.datestamp <= until) && (!set || i.setSpec === set));
    if (matching.length === 0) throw new OaiFailure('noRecordsMatch', 'No records match the request');
    const offset = fault === 'token-loop' ? 0 : state.offset;
    const page = matching.slice(offset, offset + this.options.pageSize);
    const content = page.map((i) => (verb === 'ListRecords' ? this.record(i, prefix) : this.header(i))).join('');
    const next = offset + this.options.pageSize;
    const lap = state.lap + (next >= matching.length && fault === 'endless' ? 1 : 0);
    const more = next < matching.length || fault === 'endless';
    const attributes = ` completeListSize="${matching.length}" cursor="${offset}"`;
    const resumption = more
      ? `<resumptionToken${attributes}>${esc([prefix, next < matching.length ? next : 0, from, until, set, lap].join('/'))}</resumptionToken>`
      : offset > 0 ? `<resumptionToken${attributes}/>` : '';
    return el(verb, content + resumption);
  }

  private firstPage(arg: (name: string) => string | undefined) {
    const prefix = this.format(arg('metadataPrefix'));
    const [from, until] = [arg('from'), arg('until')].map((d, n) => (d === undefined ? '' : this.requestDate(d, n === 1)));
    if (arg('from') && arg('until') && arg('from')!.length !== arg('until')!.length) throw new OaiFailure('badArgument', 'from and until have different granularities');
    if (from && until && from > until) throw new OaiFailure('badArgument', 'from is later than until');
    const set = arg('set') ?? '';
    if (set && !this.options.setHierarchy) throw new OaiFailure('noSetHierarchy', 'This repository does not support sets');
    return { prefix, from, until, set, offset: 0, lap: 0 };
  }

  private parseToken(token: string, fault: ListFault) {
    const parts = token.split('/');
    if (fault === 'bad-token' || parts.length !== 6 || !FORMATS.some((f) => f.prefix === parts[0]) || !/^\d+$/.test(parts[1]) || !/^\d+$/.test(parts[5])) {
      throw new OaiFailure('badResumptionToken', 'The value of the resumptionToken argument is invalid or expired');
    }
    return { prefix: parts[0], offset: Number(parts[1]), from: parts[2], until: parts[3], set: parts[4], lap: Number(parts[5]) };
  }

  /** A from/until argument as an inclusive bound at second granularity, or badArgument. */
  private requestDate(value: string, isUntil: boolean): string {
    const day = /^\d{4}-\d{2}-\d{2}$/.test(value);
    const second = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(value);
    if (second && this.options.granularity === 'YYYY-MM-DD') throw new OaiFailure('badArgument', `${value} is finer than the repository's granularity`);
    const full = day ? `${value}T${isUntil ? '23:59:59' : '00:00:00'}Z` : value;
    if ((!day && !second) || Number.isNaN(Date.parse(full)) || new Date(full).toISOString().slice(0, 19) + 'Z' !== full) {
      throw new OaiFailure('badArgument', `${value} is not a valid UTCdatetime`);
    }
    return full;
  }

  private format(prefix: string | undefined): string {
    if (!FORMATS.some((f) => f.prefix === prefix)) throw new OaiFailure('cannotDisseminateFormat', `${prefix} is not supported by this repository`);
    return prefix as string;
  }

  private header(item: Item): string {
    const sets = this.options.setHierarchy ? el('setSpec', esc(item.setSpec)) : '';
    return `<header${item.deleted ? ' status="deleted"' : ''}>${el('identifier', esc(item.identifier))}${el('datestamp', this.shown(item.datestamp))}${sets}</header>`;
  }

  private record(item: Item, prefix: string): string {
    if (item.deleted) return el('record', this.header(item));
    return el('record', this.header(item) + el('metadata', prefix === 'marc21' ? item.marcxml : dublinCore(item)));
  }

  private shown(datestamp: string): string {
    return this.options.granularity === 'YYYY-MM-DD' ? datestamp.slice(0, 10) : datestamp;
  }

  private reply(responseDate: Date, baseUrl: string, args: URLSearchParams | null, body: string): string {
    const attributes = args ? [...args].map(([k, v]) => ` ${k}="${esc(v)}"`).join('') : '';
    return '<?xml version="1.0" encoding="UTF-8"?>\n'
      + '<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
      + 'xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/ http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd">\n'
      + `  <responseDate>${responseDate.toISOString().slice(0, 19)}Z</responseDate>\n`
      + `  <request${attributes}>${esc(baseUrl)}</request>\n`
      + `  ${body}\n</OAI-PMH>\n`;
  }
}

class OaiFailure extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

/** badArgument per spec §3.1.1 and §4: a repeated, unknown or missing argument, or one beside an exclusive one. */
function badArgument(args: URLSearchParams, rule: { required: string[]; optional: string[]; exclusive?: string }): string | null {
  const names = [...new Set(args.keys())].filter((n) => n !== 'verb');
  const repeated = names.find((n) => args.getAll(n).length > 1);
  if (repeated) return `The argument ${repeated} is repeated`;
  const unknown = names.find((n) => !rule.required.includes(n) && !rule.optional.includes(n) && n !== rule.exclusive);
  if (unknown) return `The argument ${unknown} is illegal for this verb`;
  if (rule.exclusive && args.has(rule.exclusive)) return names.length > 1 ? `${rule.exclusive} is an exclusive argument` : null;
  const missing = rule.required.find((n) => !args.has(n));
  return missing ? `The required argument ${missing} is missing` : null;
}

/** 005 (YYYYMMDDhhmmss.f) as the item's datestamp: the record's own last-change time. */
function datestampOf(marcxml: string): string {
  const m = /<controlfield tag="005">(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})/.exec(marcxml);
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z` : NO_DATESTAMP;
}

/** The mandatory oai_dc dissemination: title (245 $a, already XML-escaped in the record) and the identifier. */
function dublinCore(item: Item): string {
  const field = /<datafield[^>]*tag="245"[^>]*>([\s\S]*?)<\/datafield>/.exec(item.marcxml)?.[1] ?? '';
  const title = /<subfield code="a">([^<]*)<\/subfield>/.exec(field)?.[1];
  return '<oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
    + (title ? el('dc:title', title) : '') + el('dc:identifier', esc(item.identifier)) + '</oai_dc:dc>';
}

function el(name: string, content: string): string {
  return `<${name}>${content}</${name}>`;
}

function error(code: string, message: string): string {
  return `<error code="${code}">${esc(message)}</error>`;
}

function esc(value: string): string {
  return value.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

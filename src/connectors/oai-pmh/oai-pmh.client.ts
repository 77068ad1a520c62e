// OAI-PMH 2.0 harvesting client: Identify, ListMetadataFormats, ListSets, ListRecords (resumption-token paging
// with guards against loops and endless lists) and GetRecord; protocol errors become typed errors naming the source.
import { errors } from '../../core/errors.ts';
import { httpGet, withQuery, type HttpSettings } from '../xml-http/http-get.ts';
import {
  formatOaiDate, readOaiReply,
  type OaiError, type OaiGranularity, type OaiIdentify, type OaiMetadataFormat, type OaiRecord, type OaiReply, type OaiSet, type OaiVerb,
} from './oai-pmh.codec.ts';

export interface OaiPmhClientOptions extends HttpSettings {
  /** The source (member library) id named in every error. */
  readonly source: string;
  readonly baseUrl: string;
  /** Stops a list that never ends (a provider minting fresh tokens forever). Default 100 000 pages. */
  readonly maxPages?: number;
  /** Skips the Identify request otherwise made to learn how to format from/until. */
  readonly granularity?: OaiGranularity;
}

export interface OaiListRecordsOptions {
  readonly metadataPrefix: string;
  readonly set?: string;
  /** Inclusive lower bound on datestamps; formatted in the repository's granularity. */
  readonly from?: Date;
  /** Inclusive upper bound on datestamps. */
  readonly until?: Date;
  readonly signal?: AbortSignal;
}

/** One page of a ListRecords harvest. */
export interface OaiRecordPage {
  /** The repository's clock when it answered: the safe `from` of the next incremental harvest is the first page's. */
  readonly responseDate: string | null;
  readonly records: readonly OaiRecord[];
  /** Position of this page's first record in the whole list, and the list's size, when the repository says. */
  readonly cursor: number | null;
  readonly completeListSize: number | null;
}

type Arguments = Readonly<Record<string, string | undefined>>;

export class OaiPmhClient {
  private granularity: OaiGranularity | undefined;
  private readonly maxPages: number;

  constructor(private readonly options: OaiPmhClientOptions) {
    this.granularity = options.granularity;
    this.maxPages = options.maxPages ?? 100_000;
  }

  async identify(signal?: AbortSignal): Promise<OaiIdentify> {
    const reply = await this.request('Identify', {}, signal);
    if (reply.identify === null) throw this.failure('Identify', 'the reply holds no <Identify> element');
    this.granularity ??= reply.identify.granularity;
    return reply.identify;
  }

  async listMetadataFormats(signal?: AbortSignal): Promise<OaiMetadataFormat[]> {
    return [...(await this.request('ListMetadataFormats', {}, signal)).metadataFormats];
  }

  /** Every set, following resumption tokens; empty when the repository has no set hierarchy. */
  async listSets(signal?: AbortSignal): Promise<OaiSet[]> {
    const sets: OaiSet[] = [];
    for await (const reply of this.pages('ListSets', {}, signal)) sets.push(...reply.sets);
    return sets;
  }

  /** One record, or null when the repository does not know the identifier. */
  async getRecord(identifier: string, metadataPrefix: string, signal?: AbortSignal): Promise<OaiRecord | null> {
    const reply = await this.request('GetRecord', { identifier, metadataPrefix }, signal);
    if (reply.errors.some((e) => e.code === 'idDoesNotExist')) return null;
    if (reply.records.length !== 1) throw this.failure('GetRecord', `the reply holds ${reply.records.length} records instead of one`);
    return reply.records[0];
  }

  /** Pages of a selective harvest, deletions included; `noRecordsMatch` is an empty harvest. */
  async *listRecords(options: OaiListRecordsOptions): AsyncGenerator<OaiRecordPage> {
    const { metadataPrefix, set, from, until, signal } = options;
    if (from && until && from.getTime() > until.getTime()) throw errors.badRequest('OAI-PMH harvest: from is later than until', { from, until });
    const granularity = from || until ? await this.repositoryGranularity(signal) : undefined;
    const args: Arguments = {
      metadataPrefix,
      set,
      from: from && granularity ? formatOaiDate(from, granularity) : undefined,
      until: until && granularity ? formatOaiDate(until, granularity) : undefined,
    };
    for await (const reply of this.pages('ListRecords', args, signal)) {
      yield {
        responseDate: reply.responseDate,
        records: reply.records,
        cursor: reply.resumptionToken?.cursor ?? null,
        completeListSize: reply.resumptionToken?.completeListSize ?? null,
      };
    }
  }

  private async repositoryGranularity(signal?: AbortSignal): Promise<OaiGranularity> {
    return this.granularity ?? (await this.identify(signal)).granularity;
  }

  /** Follows resumption tokens; a token sent twice or more pages than `maxPages` is a failing source. */
  private async *pages(verb: OaiVerb, args: Arguments, signal?: AbortSignal): AsyncGenerator<OaiReply> {
    const seen = new Set<string>();
    let next: Arguments = args;
    for (let page = 1; ; page++) {
      if (page > this.maxPages) throw this.failure(verb, `the list did not end after ${this.maxPages} pages`, { maxPages: this.maxPages });
      const reply = await this.request(verb, next, signal);
      if (reply.errors.length > 0) return; // only the "nothing here" codes get this far
      yield reply;
      const token = reply.resumptionToken?.value ?? '';
      if (token === '') return;
      if (seen.has(token)) throw this.failure(verb, `resumption token "${token}" came back a second time: the list loops`, { resumptionToken: token });
      seen.add(token);
      // The token carries the whole request state: the protocol forbids any other argument beside it.
      next = { resumptionToken: token };
    }
  }

  /** One request; protocol errors other than the "empty answer" codes its callers handle are thrown. */
  private async request(verb: OaiVerb, args: Arguments, signal?: AbortSignal): Promise<OaiReply> {
    const { source, baseUrl } = this.options;
    const url = withQuery(baseUrl, { verb, ...args });
    const reply = await httpGet(source, url, this.options, (text) => readOaiReply(source, text), signal);
    const fatal = reply.errors.find((e) => !EMPTY_ANSWERS[verb].includes(e.code));
    if (fatal) throw this.protocolError(verb, fatal, args);
    if (reply.errors.length === 0 && reply.verb !== verb) {
      throw this.failure(verb, `the reply holds <${reply.verb ?? 'no verb'}> instead of <${verb}>`);
    }
    return reply;
  }

  private protocolError(verb: OaiVerb, e: OaiError, args: Arguments): Error {
    return this.failure(verb, `OAI-PMH error ${e.code || '(no code)'}${e.message ? `: ${e.message}` : ''}`, {
      oaiError: e.code,
      oaiMessage: e.message,
      arguments: args,
    });
  }

  private failure(verb: OaiVerb, message: string, details: Record<string, unknown> = {}): Error {
    return errors.sourceFailed(this.options.source, `${verb}: ${message}`, undefined, { ...details, verb, baseUrl: this.options.baseUrl });
  }
}

/** Error codes that mean "nothing here" rather than failure, per verb. */
const EMPTY_ANSWERS: Readonly<Record<OaiVerb, readonly string[]>> = {
  Identify: [],
  ListMetadataFormats: [],
  ListSets: ['noSetHierarchy'],
  ListIdentifiers: ['noRecordsMatch'],
  ListRecords: ['noRecordsMatch'],
  GetRecord: ['idDoesNotExist'],
};

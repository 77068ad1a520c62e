// An in-repo OAI-PMH 2.0 provider over HTTP for tests: real MARCXML records answered by OaiRepository (GET and
// POST, as the spec requires), plus the faults harvesters meet in the wild — token loops, endless lists, expired
// tokens, slow, truncated, huge or malformed replies, and 503 with Retry-After.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { OaiRepository, type FixtureSet, type Granularity, type ListFault, type RepositoryOptions } from './oai-pmh-repository.ts';

export type OaiFault =
  | { readonly kind: 'token-loop' | 'endless' | 'bad-token' | 'truncated' | 'malformed' }
  | { readonly kind: 'slow'; readonly delayMs: number }
  | { readonly kind: 'garbage'; readonly bytes: number }
  /** Every request is answered with this OAI-PMH error, as by a misconfigured or half-broken provider. */
  | { readonly kind: 'error'; readonly code: string }
  /** The next `times` requests get 503; the count goes down as they are answered. */
  | { readonly kind: 'unavailable'; times: number; readonly retryAfterSeconds: number };

export interface OaiPmhProviderOptions {
  readonly sets?: readonly FixtureSet[];
  readonly pageSize?: number;
  readonly granularity?: Granularity;
  readonly setHierarchy?: boolean;
  /** The repository's clock, for responseDate. */
  readonly now?: () => Date;
  readonly identifiers?: RepositoryOptions['identifiers'];
}

export const DEFAULT_SETS: readonly FixtureSet[] = [
  { spec: 'libris', name: 'Libris XL bibliographic records', file: 'se_libris_librisxl_bib.marcxml.xml' },
  { spec: 'koha', name: 'Koha sample bibliographic records', file: 'multi_koha-misc4dev_sample-bibs_marc21.marcxml.xml' },
];

export const FIXTURE_DIR = fileURLToPath(new URL('../fixtures/marc', import.meta.url));

export class OaiPmhProvider {
  readonly repository: OaiRepository;
  fault: OaiFault | null = null;
  /** Every request's arguments, in order of arrival. */
  readonly requests: URLSearchParams[] = [];
  private server: Server | null = null;
  private baseUrl = '';
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly now: () => Date;

  constructor(options: OaiPmhProviderOptions = {}) {
    this.repository = new OaiRepository({
      sets: options.sets ?? DEFAULT_SETS,
      pageSize: options.pageSize ?? 50,
      granularity: options.granularity ?? 'YYYY-MM-DDThh:mm:ssZ',
      setHierarchy: options.setHierarchy ?? true,
      identifiers: options.identifiers,
    }, FIXTURE_DIR);
    this.now = options.now ?? (() => new Date());
  }

  /** Listens on a free port of 127.0.0.1; resolves to the base URL. */
  async start(): Promise<string> {
    const server = createServer((req, res) => {
      this.handle(req, res).catch(() => res.destroy());
    });
    this.server = server;
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    this.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/oai`;
    return this.baseUrl;
  }

  async close(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.baseUrl);
    if (url.pathname !== '/oai') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const args = req.method === 'POST' ? new URLSearchParams(await readBody(req)) : url.searchParams;
    this.requests.push(args);
    const fault = this.fault;
    if (fault?.kind === 'unavailable' && fault.times > 0) {
      fault.times--;
      res.writeHead(503, { 'retry-after': String(fault.retryAfterSeconds), 'content-type': 'text/plain' }).end('Service temporarily unavailable');
      return;
    }
    if (fault?.kind === 'garbage') return garbage(res, fault.bytes);
    const listFault: ListFault = fault?.kind === 'token-loop' || fault?.kind === 'endless' || fault?.kind === 'bad-token' ? fault.kind : null;
    let xml = fault?.kind === 'error'
      ? this.repository.errorReply(args, this.baseUrl, this.now(), fault.code)
      : this.repository.answer(args, this.baseUrl, this.now(), listFault);
    // A MARC subfield delimiter (0x1F) leaking into XML is the classic malformation from library systems.
    if (fault?.kind === 'malformed') xml = xml.includes('</subfield>') ? xml.replace('</subfield>', '\u001f</subfield>') : xml.replace('</responseDate>', '\u001f</responseDate>');
    const bytes = Buffer.from(xml, 'utf8');
    res.writeHead(200, { 'content-type': 'text/xml; charset=UTF-8', 'content-length': bytes.length });
    const half = bytes.subarray(0, bytes.length >> 1);
    if (fault?.kind === 'truncated') {
      res.write(half, () => res.destroy());
    } else if (fault?.kind === 'slow') {
      res.write(half);
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        res.end(bytes.subarray(half.length));
      }, fault.delayMs);
      this.timers.add(timer);
    } else {
      res.end(bytes);
    }
  }
}

/** A reply that starts as OAI-PMH, then streams `bytes` of filler without end in sight. */
async function garbage(res: ServerResponse, bytes: number): Promise<void> {
  res.writeHead(200, { 'content-type': 'text/xml; charset=UTF-8' });
  res.write('<?xml version="1.0" encoding="UTF-8"?>\n<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><responseDate>');
  const chunk = 'garbage '.repeat(8192);
  for (let sent = 0; sent < bytes && !res.destroyed; sent += chunk.length) {
    if (!res.write(chunk)) await drainedOrClosed(res);
  }
  if (!res.destroyed) res.end('</responseDate></OAI-PMH>');
}

function drainedOrClosed(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      res.off('drain', done).off('close', done);
      resolve();
    };
    res.on('drain', done).on('close', done);
  });
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

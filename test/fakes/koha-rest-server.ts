// An in-repo Koha REST API over HTTP for tests, following Koha's published API (Koha-Community/Koha api/v1/swagger
// and Koha/REST/V1/{OAuth,Auth,Biblios}.pm): POST /api/v1/oauth/token (client credentials → Bearer token with
// expires_in; 400 for another grant, 403 unauthorized_client), GET /api/v1/biblios/{biblio_id}/items (401
// "Authentication failure." without a valid token, 400 for a non-integer id or an unknown query parameter, 404 for
// an unknown biblio, `_page`/`_per_page` paging with X-Total-Count, `_per_page=-1` for all), plus fault modes.
import { once } from 'node:events';
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type KohaFault =
  | { readonly kind: 'slow'; readonly delayMs: number }
  /** 500 with Koha's own body for an unhandled exception. */
  | { readonly kind: 'server-error' }
  /** 200 with a reply cut off mid-JSON. */
  | { readonly kind: 'malformed' }
  /** 200 with this many bytes of item list, streamed without a length. */
  | { readonly kind: 'huge'; readonly bytes: number }
  /** 200 with an object where the list of items belongs. */
  | { readonly kind: 'wrong-shape' }
  /** Tokens are issued but never accepted, as by a Koha whose clock runs far ahead of its token lifetime. */
  | { readonly kind: 'expired-tokens' };

/** Every field of Koha's item definition (api/v1/swagger/definitions/item.yaml), as the staff API returns them. */
export type KohaItemJson = Record<string, unknown> & { readonly item_id: number; readonly biblio_id: number };

/** A whole Koha item with the values a freshly catalogued copy has; `fields` sets what a test cares about. */
export function kohaItemJson(fields: Partial<KohaItemJson> & Pick<KohaItemJson, 'item_id' | 'biblio_id'>): KohaItemJson {
  return {
    external_id: null, acquisition_date: '2024-01-15', acquisition_source: null, bookable: false,
    home_library_id: null, holding_library_id: null, purchase_price: null, replacement_price: null, replacement_price_date: null,
    last_checkout_date: null, last_seen_date: '2026-02-27', not_for_loan_status: 0, effective_not_for_loan_status: 0,
    damaged_status: 0, damaged_date: null, lost_status: 0, lost_date: null, withdrawn: 0, withdrawn_date: null,
    callnumber: null, coded_location_qualifier: null, checkouts_count: 0, renewals_count: null, holds_count: null,
    restricted_status: null, public_notes: null, internal_notes: null, timestamp: '2026-02-27T09:14:02+01:00',
    location: null, permanent_location: null, checked_out_date: null, call_number_source: 'ddc', call_number_sort: '',
    collection_code: null, materials_notes: null, uri: null, item_type_id: 'BK', effective_item_type_id: 'BK',
    extended_subfields: null, serial_issue_number: null, copy_number: null, inventory_number: null, new_status: null,
    exclude_from_local_holds_priority: false,
    ...fields,
  };
}

export interface KohaRestServerOptions {
  readonly clients: readonly { readonly id: string; readonly secret: string }[];
  /** Items by biblionumber; a biblio with no items answers an empty list. */
  readonly biblios: ReadonlyMap<number, readonly KohaItemJson[]>;
  /** Koha issues tokens for 3600 s (Koha/REST/V1/OAuth.pm). */
  readonly tokenLifetimeSeconds?: number;
  /** The server's clock (ms since the epoch), for token expiry. */
  readonly now?: () => number;
}

/** Koha's RESTdefaultPageSize out of the box. */
const DEFAULT_PAGE_SIZE = 20;
const ITEMS_PARAMETERS = new Set(['_page', '_per_page', '_match', '_order_by', 'q', '_request_id']);

export class KohaRestServer {
  fault: KohaFault | null = null;
  /** Every request, in order of arrival: method, path with query, and whether it carried a bearer token. */
  readonly requests: { readonly method: string; readonly url: string; readonly bearer: boolean }[] = [];
  tokensIssued = 0;
  private readonly tokens = new Map<string, number>();
  private server: Server | null = null;
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly now: () => number;

  constructor(private readonly options: KohaRestServerOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Listens on a free port of 127.0.0.1; resolves to the Koha site's base URL (the API is under /api/v1). */
  async start(): Promise<string> {
    const server = createServer((req, res) => {
      this.handle(req, res).catch(() => res.destroy());
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    this.server = server;
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Forgets every token issued, as a Koha restart or a revocation does before the tokens' time is up. */
  revokeTokens(): void {
    this.tokens.clear();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://koha');
    const authorization = req.headers.authorization ?? '';
    this.requests.push({ method: req.method ?? '', url: `${url.pathname}${url.search}`, bearer: authorization.startsWith('Bearer ') });
    if (this.fault?.kind === 'slow') await this.sleep(this.fault.delayMs);
    if (url.pathname === '/api/v1/oauth/token' && req.method === 'POST') return this.token(await bodyOf(req), res);
    const items = /^\/api\/v1\/biblios\/([^/]+)\/items$/.exec(url.pathname);
    if (items && req.method === 'GET') return this.items(decodeURIComponent(items[1]), url.searchParams, authorization, res);
    send(res, 404, { errors: [{ message: 'Not Found.', path: '/' }], status: 404 });
  }

  private token(body: string, res: ServerResponse): void {
    const form = new URLSearchParams(body);
    if (form.get('grant_type') !== 'client_credentials') return send(res, 400, { error: 'Unimplemented grant type' });
    const client = this.options.clients.find((c) => c.id === form.get('client_id') && c.secret === form.get('client_secret'));
    if (!client) return send(res, 403, { error: 'unauthorized_client' });
    const lifetime = this.options.tokenLifetimeSeconds ?? 3600;
    const token = randomBytes(20).toString('hex');
    this.tokens.set(token, this.fault?.kind === 'expired-tokens' ? this.now() : this.now() + lifetime * 1000);
    this.tokensIssued++;
    send(res, 200, { access_token: token, token_type: 'Bearer', expires_in: lifetime });
  }

  private items(biblioId: string, query: URLSearchParams, authorization: string, res: ServerResponse): void {
    const token = /^Bearer (\S+)$/.exec(authorization)?.[1];
    const expires = token === undefined ? undefined : this.tokens.get(token);
    if (expires === undefined || this.now() >= expires) return send(res, 401, { error: 'Authentication failure.' });
    const unknown = [...query.keys()].filter((key) => !ITEMS_PARAMETERS.has(key));
    if (unknown.length > 0) return send(res, 400, unknown.map((key) => ({ path: `/query/${key}`, message: 'Malformed query string' })));
    if (!/^\d+$/.test(biblioId)) return send(res, 400, { errors: [{ message: 'Expected integer - got string.', path: '/biblio_id' }], status: 400 });
    const all = this.options.biblios.get(Number(biblioId));
    if (all === undefined) return send(res, 404, { error: 'Bibliographic record not found', error_code: 'not_found' });
    switch (this.fault?.kind) {
      case 'server-error': return send(res, 500, { error: 'Something went wrong, check the logs.', error_code: 'internal_server_error' });
      case 'malformed': return sendText(res, 200, JSON.stringify(all).slice(0, 40));
      case 'wrong-shape': return send(res, 200, { items: all });
      case 'huge': return this.huge(res, this.fault.bytes);
    }
    const perPage = Number(query.get('_per_page') ?? DEFAULT_PAGE_SIZE);
    const page = Number(query.get('_page') ?? 1);
    const shown = perPage === -1 ? all : all.slice((page - 1) * perPage, page * perPage);
    res.setHeader('x-total-count', String(all.length));
    send(res, 200, shown);
  }

  private huge(res: ServerResponse, bytes: number): void {
    res.writeHead(200, { 'content-type': 'application/json' });
    const chunk = `${JSON.stringify(kohaItemJson({ item_id: 1, biblio_id: 1 }))},`;
    let sent = 1;
    res.write('[');
    const more = () => {
      while (sent < bytes) {
        sent += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', more);
      }
      res.end('{}]');
    };
    more();
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => { this.timers.delete(timer); resolve(); }, ms);
      this.timers.add(timer);
    });
  }
}

async function bodyOf(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, body: unknown): void {
  sendText(res, status, JSON.stringify(body));
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'application/json;charset=UTF-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

// HTTP transport to Koha's REST API: an OAuth2 client-credentials token (POST /api/v1/oauth/token), kept until
// shortly before it expires and fetched anew once when Koha answers 401, and the items of a biblio. Every request
// has a timeout and a reply size limit; every failure is a typed error naming the source. No retries: live
// availability has a budget of a second or two, which another attempt would only overrun.
import { errors, isSamverkaError } from '../../core/errors.ts';
import { decodeItems, decodeToken, kohaErrorText, type KohaItem } from './koha-rest.codec.ts';

export interface KohaRestClientSettings {
  /** The library id, named in every error. */
  readonly source: string;
  /** The Koha site (the API is under /api/v1), or the API root itself. */
  readonly url: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** Per request, until the last byte of the reply. Default 10 s. */
  readonly timeoutMs?: number;
  /** A larger reply fails at once. Default 4 MiB (a biblio with a thousand items is about 1.5 MiB). */
  readonly maxBytes?: number;
  /** Milliseconds since the epoch; injected for tests. */
  readonly clock?: () => number;
  readonly fetch?: typeof fetch;
}

interface Reply {
  readonly status: number;
  readonly statusText: string;
  readonly body: string;
}

interface HeldToken {
  readonly value: string;
  /** When we stop using it: a little before Koha's expiry, so a request never carries a token about to lapse. */
  readonly until: number;
}

/** The API root: `…/api/v1` without a trailing slash, whichever of the two forms was configured. */
export function kohaApiRoot(url: string): string {
  const trimmed = url.replace(/\/+$/, '');
  return /\/api\/v1$/.test(trimmed) ? trimmed : `${trimmed}/api/v1`;
}

export class KohaRestClient {
  private readonly api: string;
  private readonly timeoutMs: number;
  private readonly maxBytes: number;
  private readonly clock: () => number;
  private token: HeldToken | null = null;
  /** The token request under way, shared by every caller that needs a token meanwhile. */
  private pendingToken: Promise<HeldToken> | null = null;

  constructor(private readonly settings: KohaRestClientSettings) {
    this.api = kohaApiRoot(settings.url);
    this.timeoutMs = settings.timeoutMs ?? 10_000;
    this.maxBytes = settings.maxBytes ?? 4 * 1024 * 1024;
    this.clock = settings.clock ?? Date.now;
  }

  /** The items of a biblio (all of them: `_per_page=-1`); null when Koha has no such biblio. */
  async biblioItems(biblioId: string, signal: AbortSignal): Promise<KohaItem[] | null> {
    const url = `${this.api}/biblios/${encodeURIComponent(biblioId)}/items?_per_page=-1`;
    const what = `the reply to GET ${url}`;
    for (let attempt = 1; ; attempt++) {
      const token = await abortable(this.currentToken(), signal);
      const reply = await this.send('GET', url, { authorization: `Bearer ${token.value}`, accept: 'application/json' }, undefined, signal);
      // Revoked, or expired early (Koha restarted, its clock ahead of ours): one fresh token, then it is not the token.
      if (reply.status === 401 && attempt === 1) {
        if (this.token === token) this.token = null;
        continue;
      }
      if (reply.status === 404) return null;
      if (reply.status !== 200) throw this.replyError('GET', url, reply);
      return decodeItems(this.settings.source, what, reply.body);
    }
  }

  private currentToken(): Promise<HeldToken> {
    if (this.token !== null && this.clock() < this.token.until) return Promise.resolve(this.token);
    if (this.pendingToken === null) {
      this.pendingToken = this.requestToken().finally(() => { this.pendingToken = null; });
    }
    return this.pendingToken;
  }

  private async requestToken(): Promise<HeldToken> {
    const url = `${this.api}/oauth/token`;
    const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: this.settings.clientId, client_secret: this.settings.clientSecret });
    const requested = this.clock();
    // Not tied to one caller's signal: every caller waiting for this token would lose it when that one gave up.
    const reply = await this.send('POST', url, { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' }, form.toString());
    if (reply.status === 400 || reply.status === 401 || reply.status === 403) {
      throw errors.sourceFailed(this.settings.source, `the token endpoint refused the client credentials (HTTP ${reply.status}${detail(reply)})`, undefined, { url, status: reply.status });
    }
    if (reply.status !== 200) throw this.replyError('POST', url, reply);
    const token = decodeToken(this.settings.source, `the reply to POST ${url}`, reply.body);
    const lifetimeMs = token.expires_in * 1000;
    const held = { value: token.access_token, until: requested + lifetimeMs - Math.min(60_000, lifetimeMs / 10) };
    this.token = held;
    return held;
  }

  private replyError(method: string, url: string, reply: Reply): Error {
    const problem = `HTTP ${reply.status} ${reply.statusText}${detail(reply)} from ${method} ${url}`;
    if (reply.status >= 500) return errors.sourceUnavailable(this.settings.source, new Error(problem));
    if (reply.status === 401) return errors.sourceFailed(this.settings.source, `Koha refused a fresh access token: ${problem}`, undefined, { url, status: reply.status });
    return errors.sourceFailed(this.settings.source, problem, undefined, { url, status: reply.status });
  }

  private async send(method: string, url: string, headers: Record<string, string>, body?: string, signal?: AbortSignal): Promise<Reply> {
    const { source } = this.settings;
    // A timer of our own rather than AbortSignal.timeout: that one is unref'd and would let a process waiting only on it exit.
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), this.timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout.signal]) : timeout.signal;
    try {
      const response = await (this.settings.fetch ?? fetch)(url, { method, headers: { ...headers, 'user-agent': 'Samverka (live availability)' }, body, signal: combined });
      return { status: response.status, statusText: response.statusText, body: await readLimited(source, `the reply to ${method} ${url}`, response, this.maxBytes) };
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      if (timeout.signal.aborted) throw errors.timeout(`Source ${source}: ${method} ${url}`, this.timeoutMs);
      if (isSamverkaError(error)) throw error;
      throw errors.sourceUnavailable(source, error);
    } finally {
      clearTimeout(timer);
    }
  }
}

function detail(reply: Reply): string {
  const words = kohaErrorText(reply.body);
  return words === null ? '' : `: ${words}`;
}

/** The reply as text, read only up to `maxBytes`: a broken server can send endless garbage. */
async function readLimited(source: string, what: string, response: Response, maxBytes: number): Promise<string> {
  const tooLarge = () => errors.sourceFailed(source, `${what} is larger than the limit of ${maxBytes} bytes`, undefined, { maxBytes });
  if (Number(response.headers.get('content-length')) > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (response.body === null) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  try {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      bytes += chunk.value.byteLength;
      if (bytes > maxBytes) throw tooLarge();
      chunks.push(chunk.value);
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return new TextDecoder('utf-8').decode(Buffer.concat(chunks));
}

/** Waits for `promise` unless `signal` aborts first; the promise itself goes on for whoever else awaits it. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

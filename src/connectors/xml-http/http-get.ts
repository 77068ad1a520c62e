// HTTP GET for the XML protocol clients (SRU, OAI-PMH): a timeout per attempt, bounded retries with backoff for
// transient failures of these idempotent reads (Retry-After honoured), a reply size limit, every retry reported.
import { setTimeout as sleep } from 'node:timers/promises';
import { errors } from '../../core/errors.ts';

/** What the optional logger hears before each retry. */
export interface RetryNotice {
  readonly source: string;
  readonly url: string;
  /** The attempt that failed, counting from 1. */
  readonly attempt: number;
  readonly delayMs: number;
  readonly reason: string;
}

export interface HttpSettings {
  /** Per attempt, from the request until the last byte of the reply. */
  readonly timeoutMs?: number;
  /** Extra attempts after a transient failure (network, timeout, HTTP 408/429/5xx). */
  readonly retries?: number;
  /** First backoff; doubled for each further retry. */
  readonly backoffMs?: number;
  /** Cap on any wait, including a server's Retry-After. */
  readonly maxRetryDelayMs?: number;
  /** A reply larger than this fails at once (a broken server can send endless garbage). */
  readonly maxBytes?: number;
  readonly userAgent?: string;
  readonly onRetry?: (notice: RetryNotice) => void;
  /** Injected for tests; Node's global fetch otherwise. */
  readonly fetch?: typeof fetch;
}

const DEFAULTS = {
  timeoutMs: 60_000,
  retries: 2,
  backoffMs: 1_000,
  maxRetryDelayMs: 60_000,
  maxBytes: 32 * 1024 * 1024,
  userAgent: 'Samverka (union catalogue harvester)',
};

const RETRYABLE_STATUS = new Set([408, 429, 500, 502, 503, 504]);

/** A failure another attempt may cure; `final` is what the caller sees when no attempt is left. */
class TransientFailure extends Error {
  constructor(readonly final: Error, readonly retryAfterMs: number | null = null) {
    super(final.message);
  }
}

/** Appends query parameters, percent-encoding every value (opaque OAI-PMH tokens hold `/`, `+`, `=` …). */
export function withQuery(baseUrl: string, params: Readonly<Record<string, string | number | undefined>>): string {
  const pairs = Object.entries(params)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  if (pairs.length === 0) return baseUrl;
  return `${baseUrl}${baseUrl.includes('?') ? '&' : '?'}${pairs.join('&')}`;
}

/**
 * GETs `url` and hands the decoded reply text, as it streams in, to `read` (e.g. a streaming XML parser).
 * A transient failure, also one while the body streams, starts `read` afresh on a new attempt.
 */
export async function httpGet<T>(
  source: string,
  url: string,
  settings: HttpSettings,
  read: (text: AsyncIterable<string>) => Promise<T>,
  signal?: AbortSignal,
): Promise<T> {
  const s = settle(settings);
  const target = requestTarget(url);
  for (let attempt = 1; ; attempt++) {
    try {
      return await attemptGet(source, target, s, read, signal);
    } catch (e) {
      if (!(e instanceof TransientFailure)) throw e;
      if (attempt > s.retries) throw e.final;
      const delayMs = Math.min(e.retryAfterMs ?? s.backoffMs * 2 ** (attempt - 1), s.maxRetryDelayMs);
      s.onRetry?.({ source, url: target.shown, attempt, delayMs, reason: e.final.message });
      await sleep(delayMs, undefined, { signal });
    }
  }
}

type Settings = typeof DEFAULTS & Pick<HttpSettings, 'onRetry' | 'fetch'>;

/** Query parameters whose values are secrets (API keys, tokens, passwords): never shown in errors or logs. */
const SECRET_PARAMETER = /^(?:api[-_]?key|key|token|access[-_]?token|password|passwd|pwd|secret|client[-_]?secret|x-api-key)$/i;

interface RequestTarget {
  /** The URL fetched: without user:password, which fetch refuses; those travel as a Basic Authorization header. */
  readonly href: string;
  readonly authorization: string | null;
  /** The URL as errors and logs show it: no credentials, secret parameters masked. */
  readonly shown: string;
}

function requestTarget(url: string): RequestTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { href: url, authorization: null, shown: url.replace(/\/\/[^/@]*@/, '//***@') };
  }
  const authorization = parsed.username || parsed.password
    ? `Basic ${Buffer.from(`${decodeURIComponent(parsed.username)}:${decodeURIComponent(parsed.password)}`).toString('base64')}`
    : null;
  parsed.username = '';
  parsed.password = '';
  const href = parsed.toString();
  for (const key of [...parsed.searchParams.keys()]) if (SECRET_PARAMETER.test(key)) parsed.searchParams.set(key, '***');
  return { href, authorization, shown: parsed.toString() };
}

/** Defaults for what is not set; an option present but undefined (e.g. from optional config) must not erase one. */
function settle(settings: HttpSettings): Settings {
  return {
    timeoutMs: settings.timeoutMs ?? DEFAULTS.timeoutMs,
    retries: settings.retries ?? DEFAULTS.retries,
    backoffMs: settings.backoffMs ?? DEFAULTS.backoffMs,
    maxRetryDelayMs: settings.maxRetryDelayMs ?? DEFAULTS.maxRetryDelayMs,
    maxBytes: settings.maxBytes ?? DEFAULTS.maxBytes,
    userAgent: settings.userAgent ?? DEFAULTS.userAgent,
    onRetry: settings.onRetry,
    fetch: settings.fetch,
  };
}

async function attemptGet<T>(
  source: string,
  target: RequestTarget,
  s: Settings,
  read: (text: AsyncIterable<string>) => Promise<T>,
  signal: AbortSignal | undefined,
): Promise<T> {
  const url = target.shown;
  // A timer of our own rather than AbortSignal.timeout: that one is unref'd and would let a process waiting only on it exit.
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), s.timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout.signal]) : timeout.signal;
  const failed = (cause: unknown): unknown => {
    if (signal?.aborted) return signal.reason;
    if (timeout.signal.aborted) return new TransientFailure(errors.timeout(`Source ${source}: GET ${url}`, s.timeoutMs));
    return new TransientFailure(errors.sourceUnavailable(source, cause));
  };
  try {
    let response: Response;
    try {
      response = await (s.fetch ?? fetch)(target.href, {
        signal: combined,
        headers: {
          accept: 'text/xml, application/xml;q=0.9, */*;q=0.1',
          'user-agent': s.userAgent,
          ...(target.authorization ? { authorization: target.authorization } : {}),
        },
      });
    } catch (e) {
      throw failed(e);
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      const problem = `HTTP ${response.status} ${response.statusText} from GET ${url}`;
      if (RETRYABLE_STATUS.has(response.status)) {
        throw new TransientFailure(errors.sourceUnavailable(source, new Error(problem)), retryAfterMs(response.headers.get('retry-after')));
      }
      throw errors.sourceFailed(source, problem, undefined, { url, status: response.status });
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > s.maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw tooLarge(source, url, s.maxBytes);
    }
    return await read(decodeBody(source, url, response.body, s.maxBytes, failed));
  } finally {
    clearTimeout(timer);
  }
}

async function* decodeBody(
  source: string,
  url: string,
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
  failed: (cause: unknown) => unknown,
): AsyncGenerator<string> {
  if (body === null) return;
  const decoder = new TextDecoder('utf-8');
  const reader = body.getReader();
  let bytes = 0;
  try {
    for (;;) {
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch (e) {
        throw failed(e);
      }
      if (chunk.done) break;
      bytes += chunk.value.byteLength;
      if (bytes > maxBytes) throw tooLarge(source, url, maxBytes);
      yield decoder.decode(chunk.value, { stream: true });
    }
  } finally {
    // Whether the reader stopped early (a parse error, the size limit) or not, the connection must be let go.
    await reader.cancel().catch(() => undefined);
  }
  const rest = decoder.decode();
  if (rest !== '') yield rest;
}

function tooLarge(source: string, url: string, maxBytes: number): Error {
  return errors.sourceFailed(source, `the reply to GET ${url} is larger than the limit of ${maxBytes} bytes`, undefined, { url, maxBytes });
}

/** Retry-After is seconds or an HTTP date; anything else is ignored. */
function retryAfterMs(header: string | null): number | null {
  if (header === null || header.trim() === '') return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - Date.now());
}

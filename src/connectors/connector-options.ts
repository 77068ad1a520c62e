// What the registry passes to every protocol connector's factory beside the library id and its source settings.
import type { HttpSettings } from './xml-http/http-get.ts';

/** Pino's `logger.warn(details, message)` shape, so the composition root can pass a child logger as it is. */
export interface ConnectorLogger {
  info(details: Record<string, unknown>, message: string): void;
  warn(details: Record<string, unknown>, message: string): void;
}

export interface ConnectorOptions {
  /** Limit on each protocol exchange (an HTTP attempt, a Z39.50 response); the client's default otherwise. */
  readonly timeoutMs?: number;
  readonly logger?: ConnectorLogger;
  /** The library's branch ids, first = where holdings with no mapped location code go (live availability). */
  readonly branches?: readonly string[];
  /** Records per request, and so per checkpoint, in a harvest; default 100. */
  readonly batchSize?: number;
  /** Extra attempts after a transient HTTP failure of an idempotent read (SRU, OAI-PMH); default 2, each logged. */
  readonly retries?: number;
}

export const DEFAULT_BATCH_SIZE = 100;

/** The HTTP edge's settings for an SRU or OAI-PMH source: the limits above, and every retry logged. */
export function httpSettings(library: string, protocol: string, options: ConnectorOptions): HttpSettings {
  return {
    timeoutMs: options.timeoutMs,
    retries: options.retries,
    onRetry: (notice) => options.logger?.warn({ ...notice }, `${protocol} request to ${library} failed; retrying`),
  };
}

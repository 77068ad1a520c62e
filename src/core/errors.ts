// Typed errors with a stable `code`, mapped to HTTP responses and CLI exit messages in one place each.

export type ErrorCode =
  | 'config-invalid'
  | 'unknown-library'
  | 'not-found'
  | 'bad-request'
  | 'bad-query'
  | 'file-unreadable'
  | 'marc-invalid'
  | 'xml-malformed'
  | 'source-unavailable'
  | 'source-failed'
  | 'timeout'
  | 'store-failed'
  | 'unauthenticated'
  | 'forbidden'
  | 'conflict'
  | 'rate-limited';

export class SamverkaError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, options: { cause?: unknown; details?: Record<string, unknown> } = {}) {
    super(message, { cause: options.cause });
    this.name = 'SamverkaError';
    this.code = code;
    this.details = options.details ?? {};
  }
}

export const errors = {
  configInvalid: (issues: readonly string[]) =>
    new SamverkaError('config-invalid', `Invalid configuration:\n  ${issues.join('\n  ')}`, { details: { issues } }),
  unknownLibrary: (id: string) => new SamverkaError('unknown-library', `Unknown library "${id}"`, { details: { id } }),
  notFound: (what: string, id: string) => new SamverkaError('not-found', `${what} "${id}" not found`, { details: { what, id } }),
  badRequest: (message: string, details: Record<string, unknown> = {}) => new SamverkaError('bad-request', message, { details }),
  badQuery: (message: string, details: Record<string, unknown> = {}) => new SamverkaError('bad-query', message, { details }),
  fileUnreadable: (path: string, cause: unknown) =>
    new SamverkaError('file-unreadable', `Cannot read ${path}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause, details: { path } }),
  xmlMalformed: (message: string, details: Record<string, unknown> = {}) => new SamverkaError('xml-malformed', message, { details }),
  marcInvalid: (reason: string, details: Record<string, unknown> = {}) => new SamverkaError('marc-invalid', reason, { details }),
  sourceUnavailable: (source: string, cause: unknown) =>
    new SamverkaError('source-unavailable', `Source ${source} is unavailable: ${cause instanceof Error ? cause.message : String(cause)}`, { cause, details: { source } }),
  sourceFailed: (source: string, message: string, cause?: unknown, details: Record<string, unknown> = {}) =>
    new SamverkaError('source-failed', `Source ${source} failed: ${message}`, { cause, details: { ...details, source } }),
  /** No (or an expired) staff session, or a wrong e-mail/password: the message never says which. */
  unauthenticated: (message = 'Not logged in') => new SamverkaError('unauthenticated', message),
  /** Logged in, but the policy says no; `action` and `target` name what was refused. */
  forbidden: (action: string, target: string) =>
    new SamverkaError('forbidden', `Not allowed: ${action} on ${target}`, { details: { action, target } }),
  /** The thing changed since it was read (stale form), or an id/slug/e-mail is taken. */
  conflict: (message: string, details: Record<string, unknown> = {}) => new SamverkaError('conflict', message, { details }),
  /** Too many attempts; `retryAfterSeconds` says when to try again. */
  rateLimited: (retryAfterSeconds: number) =>
    new SamverkaError('rate-limited', `Too many attempts; try again in ${retryAfterSeconds} s`, { details: { retryAfterSeconds } }),
  timeout: (what: string, ms: number) => new SamverkaError('timeout', `${what} timed out after ${ms} ms`, { details: { what, ms } }),
};

export function isSamverkaError(e: unknown, code?: ErrorCode): e is SamverkaError {
  return e instanceof SamverkaError && (code === undefined || e.code === code);
}

// The one HTTP error handler: SamverkaError codes → status; JSON for the API, a helpful page for people; never a stack trace.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { errors, isSamverkaError, type ErrorCode } from '../core/errors.ts';
import type { ErrorResponse } from './api/api-schemas.ts';
import type { Locale } from './i18n/i18n.ts';

/** What the reader is told on an error page. */
export type ErrorKind = 'not-found' | 'bad-request' | 'bad-query' | 'unauthenticated' | 'forbidden' | 'conflict' | 'rate-limited' | 'unavailable' | 'internal';

const KIND_OF_STATUS: Partial<Record<number, ErrorKind>> = { 401: 'unauthenticated', 403: 'forbidden', 409: 'conflict', 429: 'rate-limited' };

export interface HttpFailure {
  readonly status: number;
  readonly code: ErrorCode | 'internal';
  readonly kind: ErrorKind;
  /** Safe to show: the reason for a 4xx, a generic sentence for a 5xx (internal messages stay in the log). */
  readonly message: string;
}

export type ErrorPageRenderer = (kind: ErrorKind, locale: Locale, request: FastifyRequest) => string;

const STATUS_OF: Partial<Record<ErrorCode, number>> = {
  'not-found': 404,
  'bad-request': 400,
  'bad-query': 400,
  'unknown-library': 400,
  'source-unavailable': 503,
  'timeout': 503,
  'store-failed': 503,
  'unauthenticated': 401,
  'forbidden': 403,
  'conflict': 409,
  'rate-limited': 429,
};

export function httpFailureOf(error: unknown): HttpFailure {
  if (isSamverkaError(error)) {
    const status = STATUS_OF[error.code] ?? 500;
    if (status === 404) return { status, code: error.code, kind: 'not-found', message: error.message };
    if (status === 400) return { status, code: error.code, kind: error.code === 'bad-query' ? 'bad-query' : 'bad-request', message: error.message };
    const kind = KIND_OF_STATUS[status];
    if (kind) return { status, code: error.code, kind, message: error.message };
    if (status === 503) return { status, code: error.code, kind: 'unavailable', message: 'The catalogue is unavailable; try again shortly' };
    return { status, code: 'internal', kind: 'internal', message: 'Internal error' };
  }
  // Fastify's own client errors (a malformed URL, a body too large, …) keep their 4xx status.
  const statusCode = (error as { statusCode?: unknown } | null)?.statusCode;
  if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
    return statusCode === 404
      ? { status: 404, code: 'not-found', kind: 'not-found', message: 'Not found' }
      : { status: statusCode, code: 'bad-request', kind: 'bad-request', message: (error as Error).message };
  }
  return { status: 500, code: 'internal', kind: 'internal', message: 'Internal error' };
}

/** The page language of a URL: English under /en/, Swedish elsewhere. */
export function localeOfUrl(url: string): Locale {
  return url === '/en' || url.startsWith('/en/') || url.startsWith('/en?') ? 'en' : 'sv';
}

function wantsJson(url: string): boolean {
  return url.startsWith('/api/') || url === '/api' || url.startsWith('/healthz');
}

export type ErrorHandler = (error: unknown, request: FastifyRequest, reply: FastifyReply) => FastifyReply;

/** The one handler: for errors thrown by routes, for the router's own rejections and, as a 404, for unknown addresses. */
export function createErrorHandler(renderErrorPage: ErrorPageRenderer): ErrorHandler {
  return (error, request, reply) => {
    const failure = httpFailureOf(error);
    if (failure.status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: failure.code, message: failure.message }, 'request rejected');
    reply.code(failure.status);
    if (wantsJson(request.url)) {
      const body: ErrorResponse = { error: { code: failure.code, message: failure.message } };
      return reply.type('application/json; charset=utf-8').send(body);
    }
    return reply.type('text/html; charset=utf-8').send(renderErrorPage(failure.kind, localeOfUrl(request.url), request));
  };
}

export function registerErrorHandling(app: FastifyInstance, handleError: ErrorHandler): void {
  app.setErrorHandler((error, request, reply) => handleError(error, request, reply));
  app.setNotFoundHandler((request, reply) =>
    handleError(errors.notFound('Resource', `${request.method} ${request.url.split('?')[0]}`), request, reply));
}

// Forms that change state: cookies (signed), url-encoded bodies, and CSRF tokens (@fastify/csrf-protection, the secret
// in a signed HttpOnly SameSite=Strict cookie). Every POST route adds `preHandler: app.csrfProtection` and every such form
// renders <CsrfField token={reply.generateCsrf()} />. Cookies are Secure whenever the request came over HTTPS ('auto').
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import formbody from '@fastify/formbody';
import type { FastifyInstance, FastifyRequest } from 'fastify';

export const CSRF_FIELD = '_csrf';

/** A form's hidden token field. */
export function CsrfField({ token }: { readonly token: string }) {
  return <input type="hidden" name={CSRF_FIELD} value={token} />;
}

/** The token sent with a form: a url-encoded field, or a multipart field (attachFieldsToBody), or the `csrf-token` header. */
function tokenOf(request: FastifyRequest): string | undefined {
  const field = (request.body as Record<string, unknown> | null | undefined)?.[CSRF_FIELD];
  if (typeof field === 'string') return field;
  const value = (field as { value?: unknown } | undefined)?.value;
  if (typeof value === 'string') return value;
  const header = request.headers['csrf-token'];
  return typeof header === 'string' ? header : undefined;
}

export interface FormSecurityOptions {
  /** Signs cookies; the same on every web node (SAMVERKA_SESSION_SECRET), at least 32 characters. */
  readonly cookieSecret: string;
}

export async function registerFormSecurity(app: FastifyInstance, options: FormSecurityOptions): Promise<void> {
  await app.register(cookie, { secret: options.cookieSecret });
  // Forms are small; a 64 KB body is far more than any of ours (image uploads are multipart, limited on their route).
  await app.register(formbody, { bodyLimit: 64 * 1024 });
  await app.register(csrf, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: 'samverka_csrf',
    cookieOpts: { path: '/', sameSite: 'strict', httpOnly: true, signed: true, secure: 'auto' },
    getToken: tokenOf,
  });
}

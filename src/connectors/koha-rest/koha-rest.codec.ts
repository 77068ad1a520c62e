// Koha REST API replies (JSON) read into typed values; anything else is an error naming the source. The shapes
// follow Koha's published OpenAPI definitions (Koha-Community/Koha, api/v1/swagger/): paths/oauth.yaml
// (POST /oauth/token → { access_token, token_type, expires_in }), definitions/item.yaml (the items of
// GET /biblios/{biblio_id}/items) and definitions/error.yaml ({ error, error_code }).
import { z } from 'zod';
import { errors } from '../../core/errors.ts';

export const kohaTokenSchema = z.object({
  access_token: z.string().min(1),
  token_type: z.string().regex(/^bearer$/i, 'must be Bearer'),
  expires_in: z.number().int().positive(),
});
export type KohaToken = z.output<typeof kohaTokenSchema>;

/** A status code field: Koha sends integers, and nulls where the API user may not see the value (redaction). */
const code = z.number().int().nullish();
const text = z.string().nullish();

/**
 * The fields of an item that availability needs; the rest of Koha's item (some 50 fields) passes unread. Note that
 * `checked_out_date` is Koha's `items.onloan` column, which holds the DUE date of the current loan despite the API
 * name (kohastructure.sql: "defines if item is checked out (NULL for not checked out, and due date for checked out)";
 * Koha::Item to_api_mapping: onloan => 'checked_out_date').
 */
export const kohaItemSchema = z.looseObject({
  item_id: z.number().int(),
  external_id: text,
  home_library_id: text,
  holding_library_id: text,
  callnumber: text,
  location: text,
  checked_out_date: text,
  not_for_loan_status: code,
  effective_not_for_loan_status: code,
  damaged_status: code,
  lost_status: code,
  withdrawn: code,
});
export type KohaItem = z.output<typeof kohaItemSchema>;

const kohaItemsSchema = z.array(kohaItemSchema);

const kohaErrorSchema = z.looseObject({ error: z.string().optional(), error_code: z.string().optional() });

function parseJson(source: string, what: string, body: string): unknown {
  try {
    return JSON.parse(body);
  } catch (cause) {
    throw errors.sourceFailed(source, `${what} is not JSON (${cause instanceof Error ? cause.message : String(cause)})`, cause);
  }
}

function decoded<T>(source: string, what: string, expected: string, schema: z.ZodType<T>, body: string): T {
  const result = schema.safeParse(parseJson(source, what, body));
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw errors.sourceFailed(source, `${what} is not ${expected}: ${issue.path.join('.') || '(top)'}: ${issue.message}`);
}

export function decodeToken(source: string, what: string, body: string): KohaToken {
  return decoded(source, what, 'an OAuth2 token', kohaTokenSchema, body);
}

export function decodeItems(source: string, what: string, body: string): KohaItem[] {
  return decoded(source, what, 'a list of Koha items', kohaItemsSchema, body);
}

/** Koha's own words from an error reply ("Authentication failure.", "unauthorized_client"), when it has any. */
export function kohaErrorText(body: string): string | null {
  try {
    const parsed = kohaErrorSchema.safeParse(JSON.parse(body));
    if (!parsed.success) return null;
    const words = [parsed.data.error, parsed.data.error_code].filter((w): w is string => typeof w === 'string' && w !== '');
    return words.length > 0 ? words.join(' / ').slice(0, 200) : null;
  } catch {
    return null;
  }
}

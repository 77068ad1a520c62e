// The OpenAPI 3.1 document of the JSON API, generated from the same zod schemas that validate and type it.
import { z } from 'zod';
import { searchParamsSchema } from '../search-params.ts';
import { apiComponents, suggestParamsSchema, workIdParamsSchema } from './api-schemas.ts';

type JsonSchema = Record<string, unknown>;

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (description: string, id: string) => ({ description, content: { 'application/json': { schema: ref(id) } } });
const ERROR_400 = json('Invalid parameters or a query that cannot be parsed', 'Error');

export function buildOpenApiDocument(consortiumName: string): JsonSchema {
  const { schemas } = z.toJSONSchema(apiComponents, { io: 'output', uri: (id) => `#/components/schemas/${id}` });
  const components = Object.fromEntries(Object.entries(schemas).map(([id, { $schema: _, $id: __, ...schema }]) => [id, schema]));
  return {
    openapi: '3.1.0',
    info: {
      title: `${consortiumName} – catalogue API`,
      version: '1',
      description: 'The union catalogue of the member libraries: works (all editions of one creation) with their records and holdings.',
    },
    paths: {
      '/api/v1/search': {
        get: {
          operationId: 'searchWorks',
          summary: 'Search works; filters OR within a facet and AND across facets',
          parameters: parametersOf(searchParamsSchema, 'query'),
          responses: { 200: json('One page of works with facet counts', 'SearchResponse'), 400: ERROR_400 },
        },
      },
      '/api/v1/works/{id}': {
        get: {
          operationId: 'getWork',
          summary: 'A work with its records and holdings',
          parameters: parametersOf(workIdParamsSchema, 'path'),
          responses: { 200: json('The work', 'Work'), 404: json('No such work', 'Error') },
        },
      },
      '/api/v1/works/{id}/availability': {
        get: {
          operationId: 'getWorkAvailability',
          summary: 'Each holding of a work with its status now, asked from its own library system',
          description: 'Every library system is asked in parallel and given at most the configured timeout (2 s by default). '
            + 'A system that fails, times out or cannot answer live leaves its holdings at the harvested status, with `live: false`, '
            + 'that status\'s `asOf` and a `reason`; the request itself does not fail for that.',
          parameters: parametersOf(workIdParamsSchema, 'path'),
          responses: { 200: json('The holdings with their statuses and where each came from', 'Availability'), 404: json('No such work', 'Error') },
        },
      },
      '/api/v1/libraries': {
        get: {
          operationId: 'listLibraries',
          summary: 'The member libraries and their branches, with opening hours and whether each is open now',
          responses: { 200: json('The member libraries', 'Libraries') },
        },
      },
      '/api/v1/sources': {
        get: {
          operationId: 'listSources',
          summary: 'How each member library\'s source was last harvested: when, with what result, the last error and the records held',
          responses: { 200: json('Every member library\'s source', 'Sources') },
        },
      },
      '/api/v1/suggest': {
        get: {
          operationId: 'suggest',
          summary: 'Completions of titles, authors and subjects for what has been typed so far',
          parameters: parametersOf(suggestParamsSchema, 'query'),
          responses: { 200: json('Suggestions, best first', 'Suggestions'), 400: ERROR_400 },
        },
      },
      '/healthz': {
        get: {
          operationId: 'health',
          summary: 'Whether the catalogue store answers',
          responses: { 200: json('The store answers', 'Health'), 503: json('The store does not answer', 'Health') },
        },
      },
      '/api/v1/openapi.json': {
        get: { operationId: 'openApi', summary: 'This document', responses: { 200: { description: 'OpenAPI 3.1 document' } } },
      },
    },
    components: { schemas: components },
  };
}

/** One OpenAPI parameter per property; "one value or a list" becomes an exploded array parameter. */
function parametersOf(schema: z.ZodObject, where: 'query' | 'path'): JsonSchema[] {
  const { properties = {}, required = [] } = z.toJSONSchema(schema, { io: 'input' }) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(properties).map(([name, { description, ...property }]) => {
    const many = Array.isArray(property.anyOf) && property.anyOf.length === 2 ? (property.anyOf as JsonSchema[])[1] : null;
    const repeated = many?.type === 'array';
    return {
      name, in: where, required: where === 'path' || required.includes(name),
      ...(description === undefined ? {} : { description }),
      schema: repeated ? many : property,
      ...(repeated ? { style: 'form', explode: true } : {}),
    };
  });
}

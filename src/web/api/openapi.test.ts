// The OpenAPI document: it describes every endpoint, its parameters come from the validating schemas, its refs resolve.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FORMATS } from '../../core/types.ts';
import { buildFakeWebApp } from '../../../test/fakes/fake-web-app.ts';
import { searchParamsSchema } from '../search-params.ts';

test('GET /api/v1/openapi.json describes the API from the same schemas that validate it', async () => {
  const { app } = await buildFakeWebApp();
  const response = await app.inject('/api/v1/openapi.json');
  await app.close();
  assert.equal(response.statusCode, 200);
  const doc = response.json();
  assert.equal(doc.openapi, '3.1.0');
  assert.deepEqual(Object.keys(doc.paths).sort(), [
    '/api/v1/libraries', '/api/v1/openapi.json', '/api/v1/search', '/api/v1/sources', '/api/v1/suggest', '/api/v1/works/{id}', '/api/v1/works/{id}/availability', '/healthz',
  ]);

  const parameters: { name: string; in: string; schema: Record<string, unknown>; explode?: boolean }[] = doc.paths['/api/v1/search'].get.parameters;
  assert.deepEqual(parameters.map((p) => p.name).sort(), Object.keys(searchParamsSchema.shape).sort());
  const byName = Object.fromEntries(parameters.map((p) => [p.name, p]));
  assert.deepEqual(byName.format.schema, { type: 'array', maxItems: 50, items: { type: 'string', enum: [...FORMATS] } });
  assert.equal(byName.format.explode, true);
  assert.equal(byName.pageSize.schema.maximum, 100);
  assert.equal(byName.q.schema.maxLength, 500);
  assert.deepEqual(byName.sort.schema.enum, ['relevance', 'newest', 'oldest', 'title']);
  assert.equal(doc.paths['/api/v1/works/{id}'].get.parameters[0].in, 'path');

  const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]);
  assert.ok(refs.length > 10);
  for (const ref of refs) assert.ok(doc.components.schemas[ref], `unresolved $ref ${ref}`);
  assert.deepEqual(doc.components.schemas.SearchResponse.required, ['total', 'page', 'pageSize', 'hits', 'facets', 'availableCount', 'didYouMean']);
});

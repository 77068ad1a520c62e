// The registry builds each configured kind's connector with the capabilities that kind has, and no others.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSamverkaError } from '../core/errors.ts';
import { parseConfig } from '../config/load-config.ts';
import { createConnector } from './registry.ts';

const library = { id: 'krokom', name: 'Krokoms bibliotek', branches: [{ id: 'krokom-krokom', name: 'Krokoms bibliotek' }] };
const deps = { libraries: [library], resolveSecret: (value: string) => value.replace(/^env:/, 'resolved-') };

function source(yaml: object) {
  const config = parseConfig({ consortium: { name: 'Test' }, libraries: [{ id: 'krokom', name: 'Krokoms bibliotek', source: yaml }] });
  return config.libraries[0].source!;
}

test('each kind gives its connector, with exactly the capabilities it has', () => {
  const capabilities = (yaml: object) => {
    const connector = createConnector(library, source(yaml), deps);
    return [connector.kind, connector.library, ...(['harvest', 'search', 'availability'] as const).filter((c) => connector[c] !== undefined)];
  };
  assert.deepEqual(capabilities({ kind: 'marc-file', folder: '/srv/exports/krokom' }), ['marc-file', 'krokom', 'harvest']);
  assert.deepEqual(capabilities({ kind: 'marc-file' }), ['marc-file', 'krokom'], 'no folder: records come through `samverka import`');
  assert.deepEqual(capabilities({ kind: 'demo' }), ['demo', 'krokom', 'harvest']);
  assert.deepEqual(capabilities({ kind: 'oai-pmh', url: 'https://koha.example.se/cgi-bin/koha/oai.pl' }), ['oai-pmh', 'krokom', 'harvest']);
  assert.deepEqual(capabilities({ kind: 'sru', url: 'https://opac.example.se/sru' }), ['sru', 'krokom', 'harvest', 'search']);
  assert.deepEqual(capabilities({ kind: 'z3950', host: 'z.example.se', port: 210, database: 'Default' }), ['z3950', 'krokom', 'harvest', 'search']);
  assert.deepEqual(capabilities({ kind: 'koha-rest', url: 'https://koha.example.se', clientId: 'id', clientSecret: 'env:KOHA_SECRET' }), ['koha-rest', 'krokom', 'availability']);
  assert.deepEqual(capabilities({ kind: 'sip2', host: 'sip.example.se', port: 6001 }), ['sip2', 'krokom']);
});

test('a configuration error surfaces when the connector is built, never hidden by a fallback', () => {
  assert.throws(
    () => createConnector(library, source({ kind: 'z3950', host: 'z.example.se', port: 210, database: 'Default', harvestQuery: '@attr 1=4 @and' }), deps),
    (e) => isSamverkaError(e, 'config-invalid') && /krokom/.test(e.message),
  );
  assert.throws(
    () => createConnector(library, source({ kind: 'koha-rest', url: 'https://koha.example.se', clientId: 'id', clientSecret: 'env:MISSING' }), {
      ...deps, resolveSecret: () => { throw new Error('secret: environment variable MISSING is not set'); },
    }),
    /MISSING is not set/,
  );
});

// The static registry of connector kinds (DESIGN.md §7): one factory per kind of `source` in the configuration.
// A kind without an implementation of a capability gives a connector without it — never a silent fallback.
import type { Library } from '../core/types.ts';
import type { SourceConfig } from '../config/config.schema.ts';
import type { Connector, ConnectorKind } from './connector.ts';
import type { ConnectorLogger, ConnectorOptions } from './connector-options.ts';
import type { DemoCirculation } from './demo/demo-availability.ts';
import { createDemoConnector } from './demo/demo.connector.ts';
import { createKohaRestConnector } from './koha-rest/koha-rest.connector.ts';
import { createMarcFileConnector } from './marc-file/marc-file.connector.ts';
import { createOaiPmhConnector } from './oai-pmh/oai-pmh.connector.ts';
import { createSruConnector } from './sru/sru.connector.ts';
import { createZ3950Connector } from './z3950/z3950.connector.ts';

export interface ConnectorDependencies {
  /** Every member library: the demo system decides which of them holds each record. */
  readonly libraries: readonly Library[];
  /** Resolves a secret written as `env:NAME`, `file:/path` or a literal (koha-rest, sip2). */
  readonly resolveSecret: (value: string) => string;
  readonly clock?: () => Date;
  readonly logger?: ConnectorLogger;
  /** Limit on each protocol exchange; the clients' defaults otherwise. */
  readonly timeoutMs?: number;
  /** The demo libraries' circulation, shared so their records are read once; without it demo sources have no live availability. */
  readonly demoCirculation?: DemoCirculation;
}

type Factory<K extends ConnectorKind> = (library: Library, source: Extract<SourceConfig, { kind: K }>, deps: ConnectorDependencies) => Connector;

function protocolOptions(library: Library, deps: ConnectorDependencies): ConnectorOptions {
  return { timeoutMs: deps.timeoutMs, logger: deps.logger, branches: library.branches.map((b) => b.id) };
}

const FACTORIES: { readonly [K in ConnectorKind]: Factory<K> } = {
  'marc-file': (library, source, deps) => createMarcFileConnector(library.id, source, protocolOptions(library, deps)),
  demo: (library, source, deps) => ({
    ...createDemoConnector(library, deps.libraries, { clock: deps.clock }),
    ...(deps.demoCirculation
      ? { availability: deps.demoCirculation.availabilityFor(library, { delayMs: source.availabilityDelayMs, failing: source.availabilityFails }) }
      : {}),
  }),
  'oai-pmh': (library, source, deps) => createOaiPmhConnector(library.id, source, protocolOptions(library, deps)),
  sru: (library, source, deps) => createSruConnector(library.id, source, protocolOptions(library, deps)),
  z3950: (library, source, deps) => createZ3950Connector(library.id, source, protocolOptions(library, deps)),
  // Live availability only: the library's records come from Koha's MARC export through `samverka import`.
  'koha-rest': (library, source, deps) => createKohaRestConnector(library.id, source, { ...protocolOptions(library, deps), resolveSecret: deps.resolveSecret }),
  // Not built yet (patron accounts): a configured SIP2 source exists and can do nothing — no fallback hides that.
  sip2: (library) => ({ library: library.id, kind: 'sip2' }),
};

/** The connector of one member library's configured source; a configuration error throws `config-invalid`. */
export function createConnector(library: Library, source: SourceConfig, deps: ConnectorDependencies): Connector {
  const factory = FACTORIES[source.kind] as Factory<SourceConfig['kind']>;
  return factory(library, source, deps);
}

// Member library systems for live-availability tests of the web layer: one that answers with the copies it is given,
// one that is down, one that never answers. They plug into the real AvailabilityService as connectors.
import type { Holding } from '../../src/core/types.ts';
import type { Connector } from '../../src/connectors/connector.ts';

/** Answers for every record asked with `copies(localId)`; a record it returns null for is unknown to it. */
export function answeringSystem(library: string, copies: (localId: string) => Holding[] | null): Connector {
  return {
    library, kind: 'demo',
    availability: {
      async availability(localIds) {
        return new Map(localIds.flatMap((id) => {
          const found = copies(id);
          return found === null ? [] : [[id, found] as const];
        }));
      },
    },
  };
}

export function failingSystem(library: string): Connector {
  return {
    library, kind: 'koha-rest',
    availability: { availability: async () => { throw new Error(`connect ECONNREFUSED (${library}'s system is down)`); } },
  };
}

/** Never answers, and ignores being told to stop: only the service's own deadline ends the wait. */
export function silentSystem(library: string): Connector {
  return { library, kind: 'koha-rest', availability: { availability: () => new Promise(() => undefined) } };
}

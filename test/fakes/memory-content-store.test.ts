// Runs the ContentStore contract against the in-memory fake, so the services' unit tests stand on the real semantics.
import { runContentStoreContract } from '../../src/store/content-store.contract.ts';
import { MemoryContentStore } from './memory-content-store.ts';

runContentStoreContract('in memory', async () => ({ store: new MemoryContentStore(), close: async () => {} }));

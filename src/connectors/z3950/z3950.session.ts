// One Z39.50 association for a connector: opened when first needed, one unit of work at a time (a search and its
// presents share the result set), dropped at once on an abort or a failure and opened afresh by the next call.
import { connect, type Z3950Client, type Z3950ConnectOptions } from './z3950.client.ts';

export class Z3950Session {
  private client: Promise<Z3950Client> | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: Z3950ConnectOptions) {}

  /**
   * Runs `work` alone on the association. An abort rejects with the signal's reason at once, also while waiting
   * for an earlier call, without waiting for the target.
   */
  async run<T>(signal: AbortSignal, work: (client: Z3950Client) => Promise<T>): Promise<T> {
    signal.throwIfAborted();
    let onAbort = (): void => undefined;
    const aborted = new Promise<never>((_, reject) => {
      onAbort = () => reject(signal.reason);
    });
    signal.addEventListener('abort', onAbort, { once: true });
    const run = this.queue.then(() => this.attempt(signal, work));
    this.queue = run.catch(() => undefined);
    try {
      return await Promise.race([run, aborted]);
    } finally {
      signal.removeEventListener('abort', onAbort);
    }
  }

  /** Ends the association politely (Close both ways); never throws. */
  async close(): Promise<void> {
    const client = this.client;
    this.client = null;
    await client?.then((c) => c.close(), () => undefined);
  }

  private async attempt<T>(signal: AbortSignal, work: (client: Z3950Client) => Promise<T>): Promise<T> {
    signal.throwIfAborted();
    const onAbort = (): void => this.drop();
    signal.addEventListener('abort', onAbort, { once: true });
    try {
      return await work(await this.connected());
    } catch (error) {
      // After an abort, a timeout or a broken APDU the association's state is unknown; a fresh one is cheap.
      this.drop();
      throw error;
    } finally {
      signal.removeEventListener('abort', onAbort);
    }
  }

  private connected(): Promise<Z3950Client> {
    this.client ??= connect(this.options);
    return this.client;
  }

  private drop(): void {
    const client = this.client;
    this.client = null;
    void client?.then((c) => c.destroy(), () => undefined);
  }
}

// A circuit breaker per source: after N failures in a row the source is not asked for a cool-down period (callers
// get an instant "open"), then one trial call decides whether it closes again or rests for another period.

export type BreakerState = 'closed' | 'open' | 'half-open';

export interface CircuitBreakerOptions {
  /** Consecutive failures that open the breaker. */
  readonly failuresToOpen: number;
  /** How long an open breaker refuses calls before it lets one trial through. */
  readonly coolDownMs: number;
  /** Milliseconds since the epoch; injected for tests. */
  readonly clock?: () => number;
}

export class CircuitBreaker {
  private failures = 0;
  private openedAt = 0;
  private state: BreakerState = 'closed';
  private readonly clock: () => number;

  constructor(private readonly options: CircuitBreakerOptions) {
    this.clock = options.clock ?? Date.now;
  }

  get current(): BreakerState {
    return this.state;
  }

  /**
   * Whether a call may go out now. An open breaker past its cool-down turns half-open and lets exactly this one
   * call through as the trial; until the trial reports back, every other caller is refused.
   */
  allows(): boolean {
    if (this.state === 'closed') return true;
    if (this.state === 'open' && this.clock() - this.openedAt >= this.options.coolDownMs) {
      this.state = 'half-open';
      return true;
    }
    return false;
  }

  succeeded(): void {
    this.failures = 0;
    this.state = 'closed';
  }

  /** Returns true when this failure opened the breaker (so the caller can log it once). */
  failed(): boolean {
    this.failures++;
    if (this.state === 'half-open' || (this.state === 'closed' && this.failures >= this.options.failuresToOpen)) {
      this.state = 'open';
      this.openedAt = this.clock();
      return true;
    }
    return false;
  }
}

// Login throttling in fixed 15-minute windows, counted in the store so every web node sees the same counts:
// at most 5 attempts per e-mail (a success clears them) and 20 failures per address. The check comes before the
// password is looked at, so a guess after the limit learns nothing, not even a right one.
import { errors } from '../../core/errors.ts';
import type { ContentStore } from '../../store/content-store.ts';

export const THROTTLE_WINDOW_MINUTES = 15;
export const MAX_ATTEMPTS_PER_EMAIL = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

const WINDOW_MS = THROTTLE_WINDOW_MINUTES * 60_000;

export class LoginThrottle {
  /** `scope` keeps logins and reset requests apart ("" → "email:…", "reset-" → "reset-email:…"). */
  constructor(private readonly store: ContentStore, private readonly scope: '' | 'reset-' = '') {}

  /**
   * Counts this attempt against the e-mail and refuses it (`rate-limited`, with the seconds to the window's end) when
   * the e-mail or the address is over its limit. The e-mail's count is taken atomically before the slow password
   * check, so parallel guesses cannot all slip in under the limit.
   */
  async admit(email: string, address: string | null, now: Date): Promise<void> {
    const { start, secondsLeft } = windowOf(now);
    if (address !== null && (await this.store.attemptsIn(this.addressKey(address), start)) >= MAX_FAILURES_PER_ADDRESS) {
      throw errors.rateLimited(secondsLeft);
    }
    if ((await this.store.countAttempt(this.emailKey(email), start)) > MAX_ATTEMPTS_PER_EMAIL) throw errors.rateLimited(secondsLeft);
  }

  /** A failed login, or any reset request, from this address. */
  async countAddress(address: string, now: Date): Promise<void> {
    await this.store.countAttempt(this.addressKey(address), windowOf(now).start);
  }

  /** A success (or a password set through a reset link) forgets the e-mail's failures. */
  async cleared(email: string): Promise<void> {
    await this.store.clearAttempts(this.emailKey(email));
  }

  private emailKey(email: string): string {
    return `${this.scope}email:${email.trim().toLowerCase().slice(0, 254)}`;
  }

  private addressKey(address: string): string {
    return `${this.scope}ip:${address.slice(0, 64)}`;
  }
}

function windowOf(now: Date): { start: string; secondsLeft: number } {
  const start = Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS;
  return { start: new Date(start).toISOString(), secondsLeft: Math.max(1, Math.ceil((start + WINDOW_MS - now.getTime()) / 1000)) };
}

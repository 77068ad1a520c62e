// Test fake: a mailer that keeps every message in an array, and can be told to fail (mail server down).
import type { MailMessage, Mailer } from '../../src/services/staff/mailer.ts';

export class MemoryMailer implements Mailer {
  readonly messages: MailMessage[] = [];
  readonly destination = 'memory';
  /** While set, `send` rejects with this error and keeps nothing. */
  failWith: Error | null = null;

  async send(message: MailMessage): Promise<void> {
    if (this.failWith) throw this.failWith;
    this.messages.push({ ...message });
  }

  /** The messages sent to this address, oldest first. */
  to(address: string): MailMessage[] {
    return this.messages.filter((m) => m.to === address);
  }

  /** The first https/http address in the last message to this address (the link a person would follow). */
  lastLink(address: string): string | null {
    const text = this.to(address).at(-1)?.text ?? '';
    return /https?:\/\/\S+/.exec(text)?.[0] ?? null;
  }
}

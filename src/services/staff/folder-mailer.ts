// Writes each message as an RFC 5322 .eml file into a folder, for a demo or development machine without SMTP: an
// operator opens the file (any mail program reads it) to follow a password link. Files are readable by the owner
// only, since the links in them set passwords.
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Transporter } from 'nodemailer';
import { loadNodemailer } from './load-nodemailer.ts';
import type { MailMessage, Mailer } from './mailer.ts';

export interface FolderMailerOptions {
  readonly folder: string;
  readonly from: string;
  /** The time in the file name and the Date header; default the system clock. */
  readonly clock?: () => Date;
}

export class FolderMailer implements Mailer {
  readonly destination: string;
  private readonly folder: string;
  // nodemailer composes the message (headers, encoded words, quoted-printable body) without sending it.
  private composer: Transporter | null = null;

  constructor(private readonly options: FolderMailerOptions) {
    this.folder = resolve(options.folder);
    this.destination = `the folder ${this.folder}`;
  }

  async send(message: MailMessage): Promise<void> {
    await this.write(message);
  }

  /** Sends, and resolves with the file written. */
  async write(message: MailMessage): Promise<string> {
    const now = (this.options.clock ?? (() => new Date()))();
    this.composer ??= (await loadNodemailer()).createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
    const info = await this.composer.sendMail({ from: this.options.from, to: message.to, subject: message.subject, text: message.text, date: now });
    await mkdir(this.folder, { recursive: true, mode: 0o700 });
    // "2026-12-02T09-00-00-000Z-1a2b3c4d.eml": sorts by time, no colons (which some systems refuse in names).
    const file = join(this.folder, `${now.toISOString().replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}.eml`);
    await writeFile(file, info.message as Buffer, { mode: 0o600, flag: 'wx' });
    return file;
  }
}

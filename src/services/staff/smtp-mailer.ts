// Sends mail through an SMTP server with nodemailer, from an SMTP URL ("smtps://user:pass@mail.example.se:465",
// "smtp://mail.example.se:587" upgrades with STARTTLS when the server offers it) and a from-address.
import type { Transporter } from 'nodemailer';
import { loadNodemailer } from './load-nodemailer.ts';
import type { MailMessage, Mailer } from './mailer.ts';

export interface SmtpMailerOptions {
  readonly url: string;
  /** "Biblioteken i Jämtlands län <noreply@example.se>". */
  readonly from: string;
}

export class SmtpMailer implements Mailer {
  readonly destination: string;
  private transport: Transporter | null = null;

  constructor(private readonly options: SmtpMailerOptions) {
    // Only host and port: the URL may hold the SMTP password.
    const url = new URL(options.url);
    this.destination = `SMTP ${url.hostname}${url.port ? `:${url.port}` : ''}`;
  }

  async send(message: MailMessage): Promise<void> {
    this.transport ??= (await loadNodemailer()).createTransport(this.options.url);
    await this.transport.sendMail({ from: this.options.from, to: message.to, subject: message.subject, text: message.text });
  }

  close(): void {
    this.transport?.close();
  }
}

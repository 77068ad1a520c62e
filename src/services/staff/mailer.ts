// The port through which the site sends e-mail (password reset links). app.ts picks SMTP (nodemailer) when
// SMTP_URL is set, else a folder of .eml files in the data folder that an operator can read; tests keep mail in memory.
export interface MailMessage {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
  /** Where messages go, for an operator: "SMTP mail.example.se:587", "the folder /srv/samverka/data/mail". */
  readonly destination?: string;
}

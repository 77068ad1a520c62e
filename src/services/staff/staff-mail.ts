// The e-mails of the staff area, Swedish first and then English (a staff member may read either): a link to
// choose a password, for a reset or for a new account. Each says how long the link lasts and what to do if unasked.
import type { MailMessage } from './mailer.ts';

export interface PasswordLinkMail {
  readonly to: string;
  readonly name: string;
  readonly link: string;
  readonly siteName: string;
}

export function resetMail({ to, link, siteName }: PasswordLinkMail): MailMessage {
  return {
    to,
    subject: `Nytt lösenord till ${siteName} / New password for ${siteName}`,
    text: [
      'Hej!',
      '',
      `Någon, förhoppningsvis du, har bett om ett nytt lösenord till ditt personalkonto på ${siteName}. Öppna länken för att välja ett nytt lösenord:`,
      '',
      link,
      '',
      'Länken gäller i en timme och kan bara användas en gång. Har du inte bett om ett nytt lösenord kan du bortse från det här meddelandet; ditt lösenord ändras inte.',
      '',
      '---',
      '',
      'Hello,',
      '',
      `Someone, hopefully you, asked for a new password for your staff account at ${siteName}. Open the link to choose a new password:`,
      '',
      link,
      '',
      'The link is valid for one hour and can be used only once. If you did not ask for a new password, ignore this message; your password stays as it is.',
      '',
    ].join('\n'),
  };
}

export function welcomeMail({ to, name, link, siteName }: PasswordLinkMail): MailMessage {
  return {
    to,
    subject: `Ditt personalkonto på ${siteName} / Your staff account at ${siteName}`,
    text: [
      `Hej ${name}!`,
      '',
      `Du har fått ett personalkonto på ${siteName}, med den här e-postadressen som användarnamn. Öppna länken för att välja ditt lösenord:`,
      '',
      link,
      '',
      'Länken gäller i sju dagar och kan bara användas en gång. Har du inte väntat dig det här meddelandet kan du bortse från det.',
      '',
      '---',
      '',
      `Hello ${name},`,
      '',
      `A staff account has been made for you at ${siteName}, with this e-mail address as your user name. Open the link to choose your password:`,
      '',
      link,
      '',
      'The link is valid for seven days and can be used only once. If you did not expect this message, ignore it.',
      '',
    ].join('\n'),
  };
}

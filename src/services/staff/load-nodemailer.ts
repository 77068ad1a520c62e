// nodemailer is loaded when the first mail goes out: every command builds the mailer, few send anything, and loading
// it cost each command (an import of one library's records among them) ~25 ms.
export async function loadNodemailer() {
  return (await import('nodemailer')).default;
}

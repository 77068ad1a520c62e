import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import { test } from 'node:test';
import { SmtpMailer } from './smtp-mailer.ts';

/** Just enough of an SMTP server (RFC 5321) to accept one message and keep what it was told. */
async function smtpServer() {
  const received = { envelope: [] as string[], data: '' };
  const server = createServer((socket) => {
    socket.setEncoding('utf8');
    let inData = false;
    let buffer = '';
    socket.write('220 test ESMTP\r\n');
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      let end: number;
      while (!inData && (end = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (/^(EHLO|HELO)/i.test(line)) socket.write('250 test\r\n');
        else if (/^(MAIL|RCPT)/i.test(line)) { received.envelope.push(line); socket.write('250 OK\r\n'); }
        else if (/^DATA/i.test(line)) { inData = true; socket.write('354 go on\r\n'); }
        else if (/^QUIT/i.test(line)) socket.end('221 bye\r\n');
        else socket.write('250 OK\r\n');
      }
      if (inData && buffer.includes('\r\n.\r\n')) {
        received.data = buffer.slice(0, buffer.indexOf('\r\n.\r\n'));
        buffer = buffer.slice(buffer.indexOf('\r\n.\r\n') + 5);
        inData = false;
        socket.write('250 queued\r\n');
      }
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { server, received, port: (server.address() as AddressInfo).port };
}

test('a message goes to the SMTP server from the configured address', async () => {
  const { server, received, port } = await smtpServer();
  const mailer = new SmtpMailer({ url: `smtp://user:secret@127.0.0.1:${port}?ignoreTLS=true`, from: 'Biblioteken <noreply@example.se>' });
  try {
    await mailer.send({ to: 'anna@example.se', subject: 'Nytt lösenord', text: 'Öppna länken.' });
  } finally {
    mailer.close();
    server.close();
  }
  assert.deepEqual(received.envelope, ['MAIL FROM:<noreply@example.se>', 'RCPT TO:<anna@example.se>']);
  assert.match(received.data, /^To: anna@example\.se$/m);
  assert.match(received.data, /^Subject: =\?UTF-8\?Q\?Nytt_l=C3=B6senord\?=$/m);
  assert.equal(mailer.destination, `SMTP 127.0.0.1:${port}`, 'the destination never shows the password');
});

import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { FolderMailer } from './folder-mailer.ts';

const message = { to: 'anna@example.se', subject: 'Nytt lösenord / New password', text: 'Hej!\n\nÖppna länken:\n\nhttps://bibliotek.example.se/personal/nytt-losenord/abc\n' };

/** Undoes quoted-printable: soft line breaks, then =XX bytes. */
function decodeQuotedPrintable(body: string): string {
  const bytes = body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

test('each message becomes an RFC 5322 .eml file named by its time, readable by the owner only', async () => {
  const folder = join(mkdtempSync(join(tmpdir(), 'samverka-mail-')), 'mail');
  const mailer = new FolderMailer({ folder, from: 'Biblioteken <noreply@example.se>', clock: () => new Date('2026-12-02T10:00:00+01:00') });
  await mailer.send(message);
  await mailer.send(message);
  const files = readdirSync(folder).sort();
  assert.equal(files.length, 2, 'two messages in the same millisecond are two files');
  assert.match(files[0]!, /^2026-12-02T09-00-00-000Z-[0-9a-f]{8}\.eml$/);
  const file = join(folder, files[0]!);
  assert.equal(statSync(file).mode & 0o777, 0o600);

  const raw = readFileSync(file, 'utf8');
  const head = raw.slice(0, raw.indexOf('\r\n\r\n'));
  const body = raw.slice(head.length + 4);
  assert.ok(!/[^\r]\n/.test(raw), 'lines end in CRLF');
  assert.match(head, /^From: Biblioteken <noreply@example\.se>$/m);
  assert.match(head, /^To: anna@example\.se$/m);
  assert.match(head, /^Subject: =\?UTF-8\?Q\?Nytt_l=C3=B6senord/m);
  assert.match(head, /^Date: Wed, 02 Dec 2026 09:00:00 \+0000$/m);
  assert.match(head, /^Message-ID: <[^>]+>$/m);
  assert.match(head, /^Content-Type: text\/plain; charset=utf-8$/m);
  assert.equal(decodeQuotedPrintable(body).replace(/\r\n/g, '\n'), message.text);
  assert.match(mailer.destination, /mail$/);
});

// Mails of the e2e host: etc/portal-tests.sh points the host's SMTP sender at a pickup folder (E2E_MAIL_DIR),
// where System.Net.Mail writes one .eml file per message.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

const folder = process.env.E2E_MAIL_DIR;

/** The decoded text body of the first mail to `address`; polls, because a background job sends it. */
export async function waitForMailTo(address, timeoutMs = 30_000) {
  if (!folder) throw new Error('E2E_MAIL_DIR is not set (etc/portal-tests.sh sets it)');
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const names = await readdir(folder).catch(() => []);
    for (const name of names.filter((n) => n.endsWith('.eml')).sort()) {
      const mail = parse(await readFile(path.join(folder, name), 'utf8'));
      if (mail.headers.to?.toLowerCase().includes(address.toLowerCase())) return mail;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no mail to ${address} in ${folder}`);
}

function parse(raw) {
  const split = raw.indexOf('\r\n\r\n');
  const headers = {};
  for (const line of raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] ??= line.slice(colon + 1).trim();
  }
  let body = raw.slice(split + 4);
  const encoding = (headers['content-transfer-encoding'] ?? '').toLowerCase();
  if (encoding === 'base64') body = Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    const bytes = body.replace(/=\r\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
    body = Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return { headers, body: body.replace(/\r\n/g, '\n') };
}

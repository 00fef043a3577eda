// Settings → Mail against a mail server with a self-signed certificate,
// and a data file moved without its mail password. The owner is shown the
// certificate's SHA-256 fingerprint and trusts exactly that one; a test
// email then goes through. With the password file gone, the desk still
// opens, mail is paused and Settings → Mail asks for the password;
// entering it sends again. The server is a small SMTP server over
// implicit TLS in this process, with a certificate made by openssl.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import tls from 'node:tls';
import { test } from 'node:test';

import { choose, screenshotsDir, startApp, tempDir } from './harness.mjs';

const owner = { store: 'Juniper & Pine', name: 'Olivia Owner', email: 'olivia@juniper.example', password: 'owner-pass-1' };
// No keyring service in this session: the password goes to the file
// beside the data file, which this test then takes away.
const noKeyring = { DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/bus' };

function selfSigned(dir) {
  const key = path.join(dir, 'key.pem');
  const cert = path.join(dir, 'cert.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', key, '-out', cert,
    '-days', '2', '-subj', '/CN=mail.juniper.test', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

/** An SMTP server over implicit TLS that accepts every message. */
function startSMTP({ key, cert }) {
  const received = [];
  const server = tls.createServer({ key, cert }, (sock) => {
    sock.setEncoding('utf8');
    sock.on('error', () => {});
    sock.write('220 mail.juniper.test ESMTP\r\n');
    let buf = '';
    let inData = false;
    let msg = '';
    sock.on('data', (chunk) => {
      buf += chunk;
      for (let i = buf.indexOf('\r\n'); i >= 0; i = buf.indexOf('\r\n')) {
        const line = buf.slice(0, i);
        buf = buf.slice(i + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            received.push(msg);
            msg = '';
            sock.write('250 2.0.0 queued\r\n');
          } else msg += line + '\n';
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO') sock.write('250-mail.juniper.test\r\n250-AUTH PLAIN LOGIN\r\n250 8BITMIME\r\n');
        else if (verb === 'AUTH') sock.write('235 2.7.0 signed in\r\n');
        else if (['MAIL', 'RCPT', 'RSET', 'NOOP', 'HELO'].includes(verb)) sock.write('250 ok\r\n');
        else if (verb === 'DATA') {
          inData = true;
          sock.write('354 go ahead\r\n');
        } else if (verb === 'QUIT') sock.end('221 bye\r\n');
        else sock.write('502 5.5.2 not here\r\n');
      }
    });
  });
  server.on('tlsClientError', () => {}); // the app refusing the certificate
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, port: server.address().port, received })));
}

/** The mail settings card, scrolled to the top, as a screenshot file. */
async function shootCard(page, name) {
  mkdirSync(screenshotsDir, { recursive: true });
  const card = page.getByTestId('mail-settings');
  await card.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: path.join(screenshotsDir, `${name}.png`) });
}

async function openDesk(page) {
  const first = page.locator('[data-testid="signin"], [data-testid="inbox"]').first();
  await first.waitFor();
  if ((await first.getAttribute('data-testid')) === 'signin') {
    await page.getByTestId('signin-person').filter({ hasText: owner.name }).click();
    await page.getByLabel('Password').fill(owner.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }
  await page.getByTestId('inbox').waitFor();
}

test('a self-signed server is trusted by its fingerprint, and a moved data file asks for its password', { timeout: 240_000 }, async () => {
  const dir = tempDir();
  const pem = selfSigned(dir);
  const fingerprint = new X509Certificate(pem.cert).fingerprint256;
  const smtp = await startSMTP(pem);
  const dataPath = path.join(dir, 'shop.db');
  let app = await startApp({ dataPath, env: noKeyring });
  try {
    let { page } = app;
    await page.evaluate((o) => window.go.app.Session.Setup({ storeName: o.store, name: o.name, email: o.email, password: o.password }), owner);
    await page.reload();
    await openDesk(page);

    await page.getByTestId('nav-settings').click();
    await page.getByTestId('mail-settings').waitFor();

    // The shop's website, for [Store Website]: a bad one is refused, a bare domain kept as https.
    await page.getByTestId('store-website-input').fill('juniper pine');
    await page.getByTestId('save-settings').click();
    await page.getByText('the shop website is not a web address', { exact: false }).waitFor();
    await page.getByTestId('store-website-input').fill('juniper.example');
    await page.getByTestId('save-settings').click();
    await page.getByTestId('toast').filter({ hasText: 'Settings saved' }).first().waitFor();
    assert.equal(await page.getByTestId('store-website-input').inputValue(), 'https://juniper.example');
    mkdirSync(screenshotsDir, { recursive: true });
    await page.getByTestId('store-name-input').evaluate((el) => el.closest('section')?.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: path.join(screenshotsDir, 'mail-trust-00-store-website.png') });

    await page.getByTestId('mail-test-mode').uncheck();
    await page.getByTestId('mail-host').fill('127.0.0.1');
    await choose(page, page.getByTestId('mail-security'), 'tls');
    await page.getByTestId('mail-port').fill(String(smtp.port));
    await page.getByTestId('mail-username').fill('olivia');
    await page.getByTestId('mail-password').fill('smtp-pass-1');
    await page.getByTestId('mail-from').fill('help@juniper.example');
    await page.getByTestId('mail-test-to').fill('olivia@juniper.example');
    await page.getByTestId('mail-test-send').click();

    // Refused, with the certificate's fingerprint and an offer to trust it.
    await page.getByTestId('mail-test-error').filter({ hasText: 'not signed by a known authority' }).waitFor({ timeout: 30_000 });
    await page.getByTestId('cert-prompt').waitFor();
    assert.equal((await page.getByTestId('cert-fingerprint').textContent()).trim(), fingerprint, 'the fingerprint shown is the server certificate’s');
    assert.equal(smtp.received.length, 0, 'nothing was sent over an untrusted connection');
    await shootCard(page, 'mail-trust-01-certificate-prompt');

    await page.getByTestId('cert-trust').click();
    await page.getByTestId('trusted-cert').filter({ hasText: fingerprint }).waitFor();
    await page.getByTestId('mail-test-send').click();
    await page.getByTestId('mail-test-ok').waitFor({ timeout: 30_000 });
    assert.equal(smtp.received.length, 1, 'the test email went through once the certificate was trusted');
    await shootCard(page, 'mail-trust-02-trusted');

    const code = await app.stop();
    assert.equal(code.code, 0, 'the app closed cleanly');

    // The data file is moved without its password file.
    const pwFile = `${dataPath}.mail-password`;
    assert.ok(existsSync(pwFile), 'without a keyring the password is in the file beside the data file');
    rmSync(pwFile);

    app = await startApp({ dataPath, env: noKeyring });
    page = app.page;
    await openDesk(page);
    // Nothing is queued, and every screen with mail banners says it anyway.
    await page.getByTestId('nav-outbox').click();
    await page.getByTestId('password-missing-banner').waitFor({ timeout: 15_000 });
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('password-missing').waitFor();
    await page.getByTestId('password-store').waitFor();
    await shootCard(page, 'mail-trust-03-password-missing');

    await page.getByTestId('mail-password').fill('smtp-pass-1');
    await page.getByTestId('save-mail').click();
    await page.getByTestId('password-missing').waitFor({ state: 'detached' });
    await page.getByTestId('mail-test-send').click();
    await page.getByTestId('mail-test-ok').waitFor({ timeout: 30_000 });
    assert.equal(smtp.received.length, 2, 'sending works again with the password entered');
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.stop();
    smtp.server.close();
  }
});

// The mail queue tells the truth, through the real window, the real Go
// backend and a real SMTP server (go-smtp, e2e/smtpd): a reply written
// before mail is set up says it went to the test inbox; a wrong password
// pauses sending and the waiting reply says so on its ticket and in the
// sidebar; with the right password the owner sends the test-inbox reply to
// the customer for real, from the outbox.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { choose, screenshot, setUpShop, startApp, waitFor } from './harness.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const owner = { store: 'Juniper & Pine', name: 'Olivia Owner', email: 'olivia@juniper.example', password: 'owner-pass-1' };

/** Starts the SMTP server; resolves to { port, received: string[], stop() }. */
function startSMTP() {
  const proc = spawn('go', ['run', './e2e/smtpd', '-user', 'shop', '-pass', 'right'], { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] });
  const received = [];
  return new Promise((resolve, reject) => {
    let buf = '';
    proc.on('exit', (code) => reject(new Error(`smtpd exited with ${code}`)));
    proc.stdout.on('data', (d) => {
      buf += d;
      let i;
      while ((i = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, i);
        buf = buf.slice(i + 1);
        const [word, arg] = line.split(' ');
        if (word === 'listening') resolve({ port: Number(arg), received, stop: () => proc.stdin.end() });
        if (word === 'received') received.push(arg);
      }
    });
  });
}

const toast = (page, text) => page.getByTestId('toast').filter({ hasText: text }).first().waitFor();

async function newTicket(page, name, email, subject) {
  return page.evaluate(
    (c) => window.go.app.Tickets.Create({ subject: c.subject, customerName: c.name, customerEmail: c.email, message: 'Any news?' }).then((t) => t.id),
    { name, email, subject },
  );
}

async function reply(page, ticketId, text) {
  await page.evaluate((id) => (location.hash = `#/tickets/${id}`), ticketId);
  await page.getByTestId('ticket-view').waitFor();
  await page.getByTestId('composer-text').fill(text);
  await page.getByTestId('send').click();
  await toast(page, 'Reply queued');
}

// The owner fills in Settings → Mail, as they would.
async function saveMail(page, port, password) {
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('mail-settings').waitFor();
  await page.getByTestId('mail-test-mode').setChecked(false);
  await page.getByTestId('mail-host').fill('127.0.0.1');
  const security = page.getByTestId('mail-security');
  if ((await security.getAttribute('data-value')) !== 'none') await choose(page, security, 'none');
  await page.getByTestId('mail-port').fill(String(port));
  await page.getByTestId('mail-username').fill('shop');
  await page.getByTestId('mail-password').fill(password);
  await page.getByTestId('mail-from').fill('help@juniper.example');
  await page.getByTestId('save-mail').click();
  await toast(page, 'Email settings saved');
}

test('a test-inbox reply says so, a paused queue shows on the ticket, and the owner sends it for real', { timeout: 240_000 }, async () => {
  const smtp = await startSMTP();
  const app = await startApp();
  const { page } = app;
  try {
    await setUpShop(page, owner);

    // Before mail is set up, a reply reaches the test inbox, and says so.
    const first = await newTicket(page, 'Aaron Diaz', 'aaron@example.com', 'Where is my lamp?');
    await reply(page, first, 'Your lamp ships today.');
    const status = page.getByTestId('email-status');
    await status.filter({ hasText: 'In the test inbox — not sent to the customer' }).waitFor({ timeout: 10_000 });
    assert.doesNotMatch(await status.textContent(), /Emailed to/, 'a test-inbox delivery never says "Emailed"');

    // The owner sets up the real account with a wrong password: sending
    // pauses, and the next reply says why it waits, on its ticket and in
    // the sidebar on every screen.
    await saveMail(page, smtp.port, 'wrong');
    const second = await newTicket(page, 'Bea Moss', 'bea@example.com', 'Wrong colour');
    await reply(page, second, 'A blue one is on its way.');
    await status.filter({ hasText: 'Waiting: the mail server refused the username or password' }).waitFor({ timeout: 15_000 });
    await page.getByTestId('sending-paused').waitFor();
    await screenshot(page, 'queue-01-ticket-waiting');
    await page.getByTestId('nav-customers').click();
    await page.getByTestId('sending-paused').waitFor();
    await screenshot(page, 'queue-02-sidebar-paused');
    assert.equal(smtp.received.length, 0, 'nothing reached the server with the wrong password');

    // Deleting a ticket whose reply still waits asks first; discarded with
    // the ticket, that reply never goes (the server's list below proves it).
    const third = await newTicket(page, 'Cal Ng', 'cal@example.com', 'Please cancel my order');
    await reply(page, third, 'Cancelled, and your refund is on its way.');
    await status.filter({ hasText: 'Waiting' }).waitFor({ timeout: 15_000 });
    await page.getByTestId('delete-ticket').click();
    await page.getByTestId('delete-unsent').waitFor();
    await screenshot(page, 'queue-05-delete-unsent');
    await page.getByTestId('delete-discard').click();
    await toast(page, 'deleted');

    // The right password: the waiting reply goes at once; the test-inbox
    // one does not go by itself.
    await saveMail(page, smtp.port, 'right');
    await page.evaluate((id) => (location.hash = `#/tickets/${id}`), second);
    await page.getByTestId('email-status').filter({ hasText: 'Emailed to bea@example.com' }).waitFor({ timeout: 15_000 });
    await page.getByTestId('sending-paused').waitFor({ state: 'detached' });
    assert.deepEqual(smtp.received, ['bea@example.com'], 'only the waiting reply was sent');

    // The outbox lists what reached only the test inbox; the owner sends it for real.
    await page.evaluate(() => (location.hash = '#/outbox'));
    const list = page.getByTestId('send-for-real');
    await list.getByTestId('for-real-row').filter({ hasText: 'Aaron Diaz' }).waitFor();
    await page.locator('[data-testid="outbox-row"] [data-testid="outbox-test-inbox"]').first().waitFor();
    await screenshot(page, 'queue-03-outbox-send-for-real');
    await list.getByTestId('send-for-real-one').click();
    await toast(page, 'Queued to send to the customer');
    await list.waitFor({ state: 'detached', timeout: 15_000 });
    await waitFor('the server to get the reply sent for real', () => smtp.received.length >= 2, { timeoutMs: 15_000 });
    assert.deepEqual(smtp.received, ['bea@example.com', 'aaron@example.com'], 'the test-inbox reply reached the customer once');
    await page.evaluate((id) => (location.hash = `#/tickets/${id}`), first);
    await page.getByTestId('email-status').filter({ hasText: 'Emailed to aaron@example.com' }).waitFor({ timeout: 15_000 });
    await screenshot(page, 'queue-04-outbox-after');
    assert.deepEqual(app.pageErrors, [], 'no errors in the page');
  } catch (err) {
    await screenshot(page, 'queue-failed').catch(() => {});
    throw err;
  } finally {
    await app.stop();
    smtp.stop();
  }
});

// A damaged data file (here, a copy cut short) opens a screen that says what
// is wrong, that the file was not changed, and offers another file: never a
// crash, and never a write to the file.

import assert from 'node:assert/strict';
import { copyFileSync, statSync, truncateSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import { fileHash, screenshot, startApp, tempDir, waitFor } from './harness.mjs';

const crashSigns = /panic:|fatal error:|SIGSEGV|goroutine \d+ \[/;

test('a truncated data file opens the damaged-file screen and is left unchanged', { timeout: 180_000 }, async (t) => {
  // A real shop first, set up through the app.
  const dir = tempDir();
  const good = path.join(dir, 'shop.db');
  const maker = await startApp({ dataPath: good });
  try {
    await maker.page.evaluate(() =>
      window.go.app.Session.Setup({ storeName: 'Lamp & Co', name: 'Maya', email: 'maya@shop.test', password: 'correct horse battery' }),
    );
  } finally {
    await maker.stop();
  }
  const cut = path.join(dir, 'copy.db');
  copyFileSync(good, cut);
  truncateSync(cut, Math.floor(statSync(good).size / 2));
  const before = fileHash(cut);

  const app = await startApp({ dataPath: cut });
  try {
    const screen = app.page.getByTestId('open-error');
    await screen.waitFor({ timeout: 20_000 });
    await assert.doesNotReject(app.page.getByRole('heading', { name: 'This data file is damaged' }).waitFor({ timeout: 5_000 }));
    const message = await app.page.getByTestId('open-error-message').innerText();
    t.diagnostic(message);
    assert.match(message, /cut short/, 'it says what is wrong');
    assert.match(message, /did not change it/, 'and that the file was not changed');
    assert.equal(await app.page.getByTestId('data-path').innerText(), cut);
    assert.ok(await app.page.getByRole('button', { name: 'Open another file…' }).isEnabled(), 'it offers another file');
    await screenshot(app.page, 'startup-damaged-file');
    assert.match(app.logs(), /shopdesk: the data file is damaged/, 'said on the terminal too');
    assert.ok(app.alive(), 'the app is still running');

    // The window's policy is in force: nothing may load from the network.
    const violated = await app.page.evaluate(
      () =>
        new Promise((resolve) => {
          document.addEventListener('securitypolicyviolation', (e) => resolve(e.effectiveDirective), { once: true });
          fetch('https://shop.example/tracker').catch(() => {});
          setTimeout(() => resolve('none'), 5_000);
        }),
    );
    assert.equal(violated, 'connect-src', 'a request to the network is refused by the window itself');
  } finally {
    const r = await app.stop();
    assert.deepEqual(r, { code: 0, signal: null }, `it quits cleanly\n${app.logs()}`);
  }
  assert.doesNotMatch(app.logs(), crashSigns);
  assert.equal(fileHash(cut), before, 'the damaged file is byte-for-byte unchanged');
});

test('"Open another file…" restarts Shopdesk on the chosen file', { timeout: 180_000 }, async (t) => {
  const dir = tempDir();
  const good = path.join(dir, 'shop.db');
  const maker = await startApp({ dataPath: good });
  try {
    await maker.page.evaluate(() =>
      window.go.app.Session.Setup({ storeName: 'Lamp & Co', name: 'Maya', email: 'maya@shop.test', password: 'correct horse battery' }),
    );
  } finally {
    await maker.stop();
  }
  const cut = path.join(dir, 'copy.db');
  copyFileSync(good, cut);
  truncateSync(cut, Math.floor(statSync(good).size / 2));

  // The native dialog cannot be driven from a test: the flag answers it.
  const app = await startApp({ dataPath: cut, args: ['--test-pick-file', good] });
  try {
    await app.page.getByTestId('open-error').waitFor({ timeout: 20_000 });
    const pid = app.pid;
    await app.page.getByRole('button', { name: 'Open another file…' }).click();
    // The same process starts again on the good file: its window serves
    // the page anew, showing the shop's sign-in.
    await waitFor('the restarted window on the good file', async () => {
      try {
        await app.page.goto(app.url, { timeout: 2_000 });
        await app.page.waitForFunction(() => Boolean(window.go?.app?.Session?.State), null, { timeout: 2_000 });
        const st = await app.page.evaluate(() => window.go.app.Session.State());
        return st.dataPath === good && st.openError === '' ? st : null;
      } catch {
        return null;
      }
    }, { timeoutMs: 30_000 });
    assert.equal(app.pid, pid, 'the same process, restarted');
    assert.ok(app.alive(), 'it is running');
    await app.page.getByText('Lamp & Co').first().waitFor({ timeout: 10_000 });
    await screenshot(app.page, 'startup-after-open-another');
    t.diagnostic('restarted on the good file');
  } finally {
    await app.stop();
  }
  assert.doesNotMatch(app.logs(), crashSigns);
});

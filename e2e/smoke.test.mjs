// Smoke tests of the production binary, as shipped: it opens on a fresh
// data folder, quits cleanly when asked, and a second copy on the same data
// file says so at once instead of hanging.

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import { fileHash, startApp, startProd, tempDir } from './harness.mjs';

// What a Go crash looks like in the output; none of it may appear.
const crashSigns = /panic:|fatal error:|SIGSEGV|goroutine \d+ \[/;

test('opens on a fresh data folder, shows a screen, exits 0 on SIGTERM', { timeout: 120_000 }, async (t) => {
  // A folder that does not exist yet: Shopdesk makes it.
  const dataPath = path.join(tempDir(), 'new-folder', 'shopdesk.db');
  const started = Date.now();
  const app = await startProd({ dataPath });
  try {
    const { file, colours } = await app.waitForScreen('smoke-fresh-start');
    t.diagnostic(`screen settled ${Date.now() - started} ms after start: ${colours} colours, ${file}`);
    assert.ok(existsSync(dataPath), 'the data file was created');
  } finally {
    const { code, signal } = await app.stop('SIGTERM');
    const log = `\n--- app output ---\n${app.logs()}`;
    assert.equal(signal, null, `the app handled SIGTERM itself instead of being killed by it${log}`);
    assert.equal(code, 0, `exit code after SIGTERM${log}`);
    assert.doesNotMatch(app.logs(), crashSigns);
  }
});

test('a second copy on the same data file says "already open" at once and leaves the file alone', { timeout: 180_000 }, async (t) => {
  const dataPath = path.join(tempDir(), 'shopdesk.db');
  const first = await startProd({ dataPath });
  let second;
  try {
    await first.waitForScreen('smoke-first-copy');
    const before = fileHash(dataPath);

    const started = Date.now();
    second = await startProd({ dataPath });
    const line = await second.waitForLog(/already open/, { timeoutMs: 5_000 });
    t.diagnostic(`second copy said so after ${Date.now() - started} ms: ${line}`);
    assert.match(line, /^shopdesk: Shopdesk is already open/);

    // It says it in its window too (a screen with text on it, not a blank one).
    const { file, colours } = await second.waitForScreen('smoke-second-copy');
    t.diagnostic(`second copy's window: ${colours} colours, ${file}`);

    const r2 = await second.stop('SIGTERM');
    assert.deepEqual(r2, { code: 3, signal: null }, `the second copy exits 3\n--- its output ---\n${second.logs()}`);
    assert.equal(fileHash(dataPath), before, 'the data file is byte-for-byte unchanged');
  } finally {
    await second?.stop('SIGKILL');
    const r1 = await first.stop('SIGTERM');
    assert.deepEqual(r1, { code: 0, signal: null }, `the first copy exits 0\n--- its output ---\n${first.logs()}`);
  }
  assert.doesNotMatch(first.logs(), crashSigns);
  assert.doesNotMatch(second.logs(), crashSigns);

  // And the file still opens as a healthy, not-yet-set-up shop.
  const again = await startApp({ dataPath });
  try {
    const state = await again.page.evaluate(() => window.go.app.Session.State());
    assert.equal(state.openError, '');
    assert.equal(state.needsSetup, true);
  } finally {
    await again.stop();
  }
});

// A bug in a bound call, or a file that is not ours, must never take the
// app (or the file) down with it. These run the real dev binary and call
// the Go backend from the page, as the window does.

import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import { fileHash, screenshot, startApp, tempDir } from './harness.mjs';

/** Calls window.go.app.<area>.<method>(...args) in the page; never throws. */
function call(page, area, method, ...args) {
  return page.evaluate(
    ([area, method, args]) =>
      window.go.app[area][method](...args).then(
        (value) => ({ ok: true, value }),
        (err) => ({ ok: false, message: typeof err === 'string' ? err : String(err?.message ?? err) }),
      ),
    [area, method, args],
  );
}

test('a panic and a nil-pointer fault in a bound call come back as errors; the app keeps working', { timeout: 120_000 }, async (t) => {
  const app = await startApp({ args: ['--allow-crash-test'] });
  try {
    for (const kind of ['panic', 'nil']) {
      const r = await call(app.page, 'Diagnostics', 'Crash', kind);
      t.diagnostic(`Crash(${kind}) → ${JSON.stringify(r)}`);
      assert.equal(r.ok, false, `Crash(${kind}) rejects`);
      assert.ok(r.message.length > 0, 'with a message');
      assert.doesNotMatch(r.message, /goroutine|runtime error|\.go:\d+/, 'the message is for people, not a stack');
    }
    const state = await call(app.page, 'Session', 'State');
    assert.equal(state.ok, true, `Session.State() still answers: ${state.message}`);
    assert.equal(state.value.dataPath, app.dataPath);
    assert.ok(app.alive(), 'the process is alive');
    assert.deepEqual(app.pageErrors, [], 'no uncaught error in the page');
    await screenshot(app.page, 'crash-after');
    assert.match(app.logs(), /panic in bound call.*Diagnostics\.Crash/, 'the log has the detail');
  } finally {
    const r = await app.stop();
    assert.deepEqual(r, { code: 0, signal: null }, 'it still quits cleanly');
  }
});

test('without --allow-crash-test, Crash refuses', { timeout: 120_000 }, async () => {
  const app = await startApp();
  try {
    const r = await call(app.page, 'Diagnostics', 'Crash', 'panic');
    assert.equal(r.ok, false);
    assert.match(r.message, /crash tests are off/);
    assert.doesNotMatch(app.logs(), /panic in bound call/);
  } finally {
    await app.stop();
  }
});

const foreignFiles = {
  'random bytes': () => {
    const b = randomBytes(64 * 1024);
    b[16] = 0; // never bbolt's magic number by chance
    return b;
  },
  'a text file': () => 'Order 1042: two mugs, one teapot.\nShip by Friday.\n'.repeat(200),
};

for (const [kind, make] of Object.entries(foreignFiles)) {
  test(`a data file that is not Shopdesk's (${kind}) is refused with a clear message and left unchanged`, { timeout: 120_000 }, async (t) => {
    const dir = tempDir();
    const dataPath = path.join(dir, 'notes.db');
    writeFileSync(dataPath, make());
    const before = fileHash(dataPath);
    const filesBefore = readdirSync(dir).sort();

    const app = await startApp({ dataPath });
    try {
      const state = await call(app.page, 'Session', 'State');
      t.diagnostic(`State() → ${JSON.stringify(state)}`);
      assert.equal(state.ok, true);
      assert.match(state.value.openError, /not a Shopdesk data file/);
      assert.match(state.value.openError, /not changed/);
      assert.match(app.logs(), /shopdesk: this file is not a Shopdesk data file/, 'said on the terminal too');

      const setup = await call(app.page, 'Session', 'Setup', {
        storeName: 'Mugs & Co',
        name: 'Ada',
        email: 'ada@example.com',
        password: 'correct horse battery',
      });
      assert.equal(setup.ok, false, 'setting up over a foreign file is refused');
      await screenshot(app.page, `crash-foreign-file-${kind.replaceAll(' ', '-')}`);
    } finally {
      await app.stop();
    }
    assert.equal(fileHash(dataPath), before, 'the file is byte-for-byte unchanged');
    assert.deepEqual(readdirSync(dir).sort(), filesBefore, 'no file was added beside it');
  });
}

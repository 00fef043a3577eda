// Start-up on a damaged data file: the window says the file is damaged,
// that it was not changed, and what to do, instead of the app crashing.

import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import { fileHash, screenshot, startApp, tempDir } from './harness.mjs';

const crashSigns = /panic:|fatal error:|SIGSEGV|goroutine \d+ \[/;

test('a cut-short data file opens the damaged-file screen and is left as it was', { timeout: 180_000 }, async () => {
  const dataPath = path.join(tempDir(), 'shopdesk.db');
  // A real data file, made by Shopdesk itself …
  const first = await startApp({ dataPath });
  await first.page.waitForSelector('body');
  await first.stop('SIGTERM');
  // … then a copy of it that stopped half way.
  const whole = readFileSync(dataPath);
  writeFileSync(dataPath, whole.subarray(0, Math.floor(whole.length / 2)));
  const before = fileHash(dataPath);

  const app = await startApp({ dataPath });
  try {
    const note = app.page.getByTestId('damaged');
    await note.waitFor({ timeout: 30_000 });
    assert.match(await app.page.getByTestId('open-error').innerText(), /This data file is damaged/);
    assert.match(await note.innerText(), /did not\s+change it/);
    assert.equal(await app.page.getByTestId('data-path').innerText(), dataPath);
    await screenshot(app.page, 'startup-damaged-file');
    // The window's Content-Security-Policy stops a picture from the network.
    const blocked = await app.page.evaluate(
      () =>
        new Promise((resolve) => {
          document.addEventListener('securitypolicyviolation', (e) => resolve(e.effectiveDirective), { once: true });
          const img = document.createElement('img');
          img.src = 'http://192.0.2.1/pixel.gif';
          document.body.append(img);
        }),
    );
    assert.equal(blocked, 'img-src', 'a remote image was not blocked by the page policy');
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.stop('SIGTERM');
  }
  assert.equal(fileHash(dataPath), before, 'the damaged file was changed');
  assert.doesNotMatch(app.logs(), crashSigns);
});

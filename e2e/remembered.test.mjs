// "Keep me signed in" opens the desk at the next start, never the owner's
// rights: owner screens ask for the owner's password once in the window.

import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';

import { screenshot, startApp, tempDir } from './harness.mjs';

const owner = { store: 'Juniper & Pine', name: 'Olivia Owner', email: 'olivia@juniper.example', password: 'owner-pass-1' };

test('a remembered owner opens the desk, and types the password for owner screens', { timeout: 180_000 }, async () => {
  const dataPath = path.join(tempDir(), 'shop.db');
  let app = await startApp({ dataPath });
  try {
    const { page } = app;
    await page.evaluate(async (o) => {
      const me = await window.go.app.Session.Setup({ storeName: o.store, name: o.name, email: o.email, password: o.password });
      await window.go.app.Session.SignIn(me.id, o.password, true);
    }, owner);
  } finally {
    await app.stop();
  }

  app = await startApp({ dataPath });
  try {
    const { page } = app;
    // Signed in again without a password: the desk opens.
    await page.getByTestId('inbox').waitFor();
    await page.getByTestId('me').filter({ hasText: owner.name }).waitFor();

    // Settings asks for the password first; a wrong one is refused.
    await page.getByTestId('nav-settings').click();
    const prompt = page.getByTestId('owner-password');
    await prompt.waitFor();
    assert.equal(await page.getByTestId('settings').count(), 0, 'no settings before the password');
    await page.getByLabel('Your password').fill('not-it');
    await page.getByRole('button', { name: 'Continue' }).click();
    await prompt.getByText('Wrong password').waitFor();
    await screenshot(page, 'remembered-01-owner-password');

    // The API refuses owner-only calls with its own message, not "owner only".
    const refused = await page.evaluate(() => window.go.app.People.Add({ name: 'Eve', email: 'eve@x.example', role: 'owner', password: 'let-me-in-1' }).then(() => '', (e) => String(e)));
    assert.match(refused, /password needed/);

    await page.getByLabel('Your password').fill(owner.password);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByTestId('settings').waitFor();
    await page.getByTestId('store-name-input').waitFor();
    await screenshot(page, 'remembered-02-settings-open');
  } finally {
    await app.stop();
  }
});

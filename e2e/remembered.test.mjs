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
      await window.go.app.Tickets.Create({ subject: 'Spam: cheap watches', channel: 'phone', customerName: 'Spam Bot', message: 'Buy now' });
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

    // An owner-only button on a screen reps use too asks for the password,
    // then does what it was asked.
    await page.evaluate(() => (location.hash = '#/inbox/all'));
    await page.getByTestId('ticket-row').filter({ hasText: 'cheap watches' }).click();
    await page.getByTestId('delete-ticket').click();
    await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Delete ticket' }).click();
    const ask = page.getByTestId('password-prompt');
    await ask.waitFor();
    await screenshot(page, 'remembered-00-password-prompt');
    await ask.getByRole('button', { name: 'Cancel' }).click();
    await ask.waitFor({ state: 'detached' });
    await page.getByTestId('confirm-dialog').getByText('password needed').waitFor();
    assert.equal(await page.evaluate(() => window.go.app.Session.State().then((s) => s.passwordNeeded)), true, 'cancelled: still no owner rights');
    await page.keyboard.press('Escape');

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

  // Next start, the password typed in the prompt lets the delete go on.
  app = await startApp({ dataPath });
  try {
    const { page } = app;
    await page.getByTestId('inbox').waitFor();
    await page.evaluate(() => (location.hash = '#/inbox/all'));
    await page.getByTestId('ticket-row').filter({ hasText: 'cheap watches' }).click();
    await page.getByTestId('delete-ticket').click();
    await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Delete ticket' }).click();
    const ask = page.getByTestId('password-prompt');
    await ask.waitFor();
    await ask.getByLabel('Your password').fill(owner.password);
    await ask.getByRole('button', { name: 'Continue' }).click();
    await page.getByTestId('toast').filter({ hasText: 'deleted' }).first().waitFor();
    assert.deepEqual(app.pageErrors, [], 'no errors in the page');
  } finally {
    await app.stop();
  }
});

// The end of a shift through the real window: at 16:30 a rep opens the
// end-of-shift task of today's checklist, which leads to the end-of-day
// summary. Its figures come from the day's log (two tickets received, one
// resolved, one pending) and open the tickets behind them; the rep adds a
// notable issue, saves it and emails it to the owner, and the email is in
// the test inbox. Then the owner edits it, and the edit shows as one.

import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';

import { screenshot, setUpShop, startApp, tempDir, waitFor } from './harness.mjs';

const owner = { store: 'Juniper & Pine', name: 'Olivia Owner', email: 'olivia@juniper.example', password: 'owner-pass-1' };
const rep = { name: 'Riley Rep', email: 'riley@juniper.example', password: 'riley-pass-1' };
const lateAfternoon = '2026-12-03T16:30:00Z'; // a Thursday; the shop keeps no hours, so the day is UTC's

async function signIn(page, who) {
  await page.getByTestId('signin').waitFor();
  await page.getByTestId('signin-person').filter({ hasText: who.name }).click();
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('me').filter({ hasText: who.name }).waitFor();
}

const toast = (page, text) => page.getByTestId('toast').filter({ hasText: text }).first().waitFor();

test('a rep prepares the end-of-day summary from the checklist and emails it to the owner', { timeout: 240_000 }, async () => {
  const dataPath = path.join(tempDir(), 'shop.db');
  const app = await startApp({ dataPath, env: { SHOPDESK_DEV_NOW: lateAfternoon, TZ: 'UTC' } });
  try {
    const { page } = app;
    await page.clock.setFixedTime(new Date(lateAfternoon));
    await page.reload();
    await page.waitForFunction(() => Boolean(window.go?.app?.Session?.State));
    await setUpShop(page, owner);
    await page.evaluate(async (r) => {
      await window.go.app.People.Add({ name: r.name, email: r.email, role: 'rep', password: r.password });
      const a = await window.go.app.Tickets.Create({ subject: 'Parcel stuck in Leeds', customerEmail: 'dana@example.com', message: 'It has not moved.' });
      await window.go.app.Tickets.Create({ subject: 'Wrong size of boots', customerEmail: 'sam@example.com', message: 'I ordered a 42.' });
      await window.go.app.Tickets.Update(a.id, a.version, { status: 'resolved' });
    }, rep);
    await page.getByTestId('sign-out').click();
    await signIn(page, rep);

    // The end-of-shift task leads to the summary.
    await page.getByTestId('nav-today').click();
    const last = page.getByTestId('run-task').last();
    await last.waitFor();
    assert.match(await last.innerText(), /Review the end-of-day report/);
    await last.getByRole('link', { name: 'Prepare the summary' }).click();
    await page.getByTestId('summary-sheet').waitFor();

    const count = (key) => page.locator(`[data-testid="figure"][data-key="${key}"] [data-testid="figure-count"]`).first();
    assert.equal(await count('received').innerText(), '2');
    assert.equal(await count('resolved').innerText(), '1');
    assert.equal(await count('pending').innerText(), '1');
    // A figure opens the tickets behind it.
    await count('pending').click();
    const behind = page.locator('[data-key="pending"] [data-testid="figure-tickets"]');
    await behind.getByRole('link', { name: /Wrong size of boots/ }).waitFor();
    assert.equal(await behind.getByRole('link').count(), 1);

    await page.getByTestId('summary-notable').fill('The Leeds depot is holding parcels; the courier promises Monday.');
    await page.getByTestId('summary-highlights').fill('Riley cleared the size exchanges.');
    await screenshot(page, 'summary-01-screen');
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'summary-02-print');
    await page.emulateMedia({ media: 'screen' });

    await page.getByTestId('summary-email').click();
    await toast(page, 'Summary queued for olivia@juniper.example');
    await waitFor('the summary says it was saved and emailed', async () =>
      /Saved by Riley Rep at .* emailed to olivia@juniper.example/.test(await page.getByTestId('summary-state').innerText()),
    );

    // The owner's copy is in the test inbox, with the figures and the note.
    const mail = await waitFor('the summary reaches the test inbox', async () => {
      const items = await page.evaluate(() => window.go.app.Mail.TestInbox());
      return (items ?? []).find((m) => /End-of-day summary for Thursday 3 December 2026/.test(m.view?.subject ?? "")) ?? null;
    });
    const whole = await page.evaluate((id) => window.go.app.Mail.TestInboxItem(id), mail.id);
    const text = JSON.stringify(whole);
    assert.match(text, /Tickets received: +2/);
    assert.match(text, /Pending tickets: +1/);
    assert.match(text, /Leeds depot is holding parcels/);

    // The owner edits it: the figures stay, the edit shows.
    await page.getByTestId('sign-out').click();
    await signIn(page, owner);
    await page.evaluate(() => (location.hash = '#/summary'));
    await page.getByTestId('summary-sheet').waitFor();
    await page.getByTestId('summary-notable').fill('Leeds depot holding parcels; claim filed.');
    await page.getByTestId('summary-save').click();
    await toast(page, 'Summary saved');
    await waitFor('the edit shows', async () => /edited by Olivia Owner/.test(await page.getByTestId('summary-state').innerText()));
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.stop();
  }
});

// The shift's checklist through the real window: a rep signs in at 15:00
// and finds today's run of the shop's daily checklist (the seed's, word for
// word); the start-of-shift tasks were due at 10:00 and show late. The rep
// ticks one with a note (its figure, "1 open, 1 urgent", stays), the sidebar
// counts the late ones, and after a restart the tick is still there, by
// them, with the note. The dev build's clock is set through SHOPDESK_DEV_NOW.

import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';

import { screenshot, setUpShop, startApp, tempDir, waitFor } from './harness.mjs';

const owner = { store: 'Juniper & Pine', name: 'Olivia Owner', email: 'olivia@juniper.example', password: 'owner-pass-1' };
const rep = { name: 'Riley Rep', email: 'riley@juniper.example', password: 'riley-pass-1' };
const afternoon = '2026-12-03T15:00:00Z'; // a Thursday; the shop keeps no hours, so a 9–5 shift in UTC

async function openAt(dataPath) {
  const app = await startApp({ dataPath, env: { SHOPDESK_DEV_NOW: afternoon, TZ: 'UTC' } });
  await app.page.clock.setFixedTime(new Date(afternoon));
  await app.page.reload();
  await app.page.waitForFunction(() => Boolean(window.go?.app?.Session?.State));
  return app;
}

async function signIn(page, who) {
  await page.getByTestId('signin').waitFor();
  await page.getByTestId('signin-person').filter({ hasText: who.name }).click();
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('me').filter({ hasText: who.name }).waitFor();
}

test("a rep finds today's checklist, ticks a task with a note, and it stays ticked", { timeout: 240_000 }, async () => {
  const dataPath = path.join(tempDir(), 'shop.db');
  let app = await openAt(dataPath);
  try {
    const { page } = app;
    await setUpShop(page, owner);
    await page.evaluate(async (r) => {
      await window.go.app.People.Add({ name: r.name, email: r.email, role: 'rep', password: r.password });
      await window.go.app.Tickets.Create({ subject: 'Parcel stuck in Leeds', customerEmail: 'dana@example.com', message: 'It has not moved.', priority: 'urgent' });
    }, rep);
    await page.getByTestId('sign-out').click();
    await signIn(page, rep);

    await page.getByTestId('nav-today').click();
    const run = page.getByTestId('run');
    await run.waitFor();
    assert.match(await run.locator('h2').innerText(), /Daily Customer Service Operations Checklist/);
    const tasks = run.getByTestId('run-task');
    assert.equal(await tasks.count(), 9);
    assert.match(await tasks.first().innerText(), /Log in to the order management and CRM system\./);
    // Start of shift was due at 10:00: late at 15:00; "as needed" never is.
    assert.match(await tasks.first().getByTestId('task-due').innerText(), /late · by 10:00/);
    assert.equal(await run.getByTestId('run-late').innerText(), '5 late');
    await waitFor('the sidebar counts the late tasks', async () => (await page.getByTestId('count-today').innerText()).trim() === '5');
    // A linked task shows the figure behind it, and opens it.
    assert.match(await tasks.nth(1).getByTestId('task-live').innerText(), /1 open, 1 urgent, 0 overdue/);
    assert.equal(await tasks.nth(6).getByTestId('task-due').count(), 0, 'an as-needed task has no due time');

    const second = tasks.nth(1);
    await second.getByTestId('task-note').fill('3 urgent, 2 overdue');
    await second.getByTestId('task-tick').check();
    await waitFor('the task is ticked by the rep', async () => /Done by Riley Rep/.test(await second.innerText()));
    assert.equal(await run.getByTestId('run-progress').innerText(), '1 of 9 done');
    assert.match(await second.getByTestId('task-live').innerText(), /1 open/, 'ticking it does not hide the figure');
    await screenshot(page, 'today-01-checklist');
  } finally {
    await app.stop();
  }

  // Quit and start again: the tick, who did it and the note are kept.
  app = await openAt(dataPath);
  try {
    const { page } = app;
    await signIn(page, rep);
    await page.getByTestId('nav-today').click();
    const second = page.getByTestId('run-task').nth(1);
    await second.waitFor();
    assert.ok(await second.getByTestId('task-tick').isChecked());
    assert.equal(await second.getByTestId('task-note').inputValue(), '3 urgent, 2 overdue');
    assert.match(await second.innerText(), /Done by Riley Rep/);
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.stop();
  }
});

// The owner's side of the shift's checklist through the real window, over
// two days. On Wednesday a rep ticks two tasks; another rep never opens
// Shopdesk. On Thursday the rep ticks a task with a note (late, as start of
// shift was due at 10:00), then the owner adds a task to the daily
// checklist, moves it up from the keyboard (and by dragging) and saves; a
// task with no title, and one due before the shop opens, are refused with
// Go's message. The history shows Thursday so far (the
// rep's tick, by whom, when, the note; the other rep with no run), then
// Wednesday, and the 30-day completion by person and by task. The dev
// build's clock is set through SHOPDESK_DEV_NOW.

import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';

import { choose, screenshot, setUpShop, startApp, tempDir, waitFor } from './harness.mjs';

const owner = { store: 'Juniper & Pine', name: 'Olivia Owner', email: 'olivia@juniper.example', password: 'owner-pass-1' };
const riley = { name: 'Riley Rep', email: 'riley@juniper.example', password: 'riley-pass-1' };
const sam = { name: 'Sam Rep', email: 'sam@juniper.example', password: 'sam-pass-12' };
// The shop keeps no hours, so a 9–5 shift in UTC on both days.
const wednesday = '2026-12-02T15:00:00Z';
const thursday = '2026-12-03T15:00:00Z';

async function openAt(dataPath, at) {
  const app = await startApp({ dataPath, env: { SHOPDESK_DEV_NOW: at, TZ: 'UTC' } });
  await app.page.clock.setFixedTime(new Date(at));
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

async function tick(page, index, note) {
  const task = page.getByTestId('run-task').nth(index);
  await task.waitFor();
  if (note) await task.getByTestId('task-note').fill(note);
  await task.getByTestId('task-tick').check();
  await waitFor(`task ${index + 1} is ticked`, async () => /Done by/.test(await task.innerText()));
}

test('the owner edits the daily checklist and reads how each day went', { timeout: 300_000 }, async () => {
  const dataPath = path.join(tempDir(), 'shop.db');

  // Wednesday: Riley ticks two tasks; Sam never signs in.
  let app = await openAt(dataPath, wednesday);
  try {
    const { page } = app;
    await setUpShop(page, owner);
    await page.evaluate(async (people) => {
      for (const p of people) await window.go.app.People.Add({ name: p.name, email: p.email, role: 'rep', password: p.password });
    }, [riley, sam]);
    await page.getByTestId('sign-out').click();
    await signIn(page, riley);
    await page.getByTestId('nav-today').click();
    await tick(page, 0);
    await tick(page, 5, 'Two refunds done');
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.stop();
  }

  app = await openAt(dataPath, thursday);
  try {
    const { page } = app;

    // Thursday: Riley ticks a late task with a note.
    await signIn(page, riley);
    await page.getByTestId('nav-today').click();
    await tick(page, 1, '3 urgent, 2 overdue');
    assert.equal(await page.getByTestId('today-edit').count(), 0, 'a rep is not offered the editor');
    assert.match(await page.getByTestId('run-late').innerText(), /late/);
    await screenshot(page, 'checklist-today');
    await page.getByTestId('sign-out').click();

    // The owner reaches the editor from Today.
    await signIn(page, owner);
    await page.getByTestId('nav-today').click();
    await page.getByTestId('today-edit').click();
    const editor = page.getByTestId('checklist-editor');
    await editor.waitFor();
    assert.match(await page.getByTestId('checklist-name').inputValue(), /Daily Customer Service Operations Checklist/);
    assert.match(await page.getByTestId('checklist-future').innerText(), /next run/);
    const rows = page.getByTestId('task-row');
    assert.equal(await rows.count(), 9);

    // A new task at the end, due at 11:00, linked to the refunds…
    await page.getByTestId('add-task').click();
    assert.equal(await rows.count(), 10);
    const title = rows.nth(9).getByTestId('task-title');
    await waitFor('the new task has the focus', () => title.evaluate((el) => el === document.activeElement));
    await title.fill('Check the returns shelf');
    // A select closes when the page scrolls under it: the row is in view first.
    await rows.nth(9).scrollIntoViewIfNeeded();
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await choose(page, rows.nth(9).getByTestId('task-timeframe'), 'at');
    await rows.nth(9).getByTestId('task-at').fill('11:00');
    await rows.nth(9).getByTestId('task-guide').fill('Anything waiting over two days goes to the owner.');
    await choose(page, rows.nth(9).getByTestId('task-link'), 'returns-refund');

    // …moved up one place from the keyboard: said aloud, the focus kept.
    await title.focus();
    await page.keyboard.press('Alt+ArrowUp');
    await waitFor('the task moved up', async () => (await rows.nth(8).getByTestId('task-title').inputValue()) === 'Check the returns shelf');
    assert.equal(await rows.nth(9).getByTestId('task-title').inputValue(), 'Review the end-of-day report and update the team log.');
    assert.equal(await page.getByTestId('reorder-status').innerText(), '“Check the returns shelf” moved to position 9 of 10.');
    assert.equal(await page.evaluate(() => document.activeElement?.value), 'Check the returns shelf', 'the focus stays on the moved task');

    await page.getByTestId('save-checklist').click();
    await waitFor('the checklist is saved', async () => {
      const [t] = await page.evaluate(() => window.go.app.Checklists.List());
      return t.tasks.length === 10 && t.tasks[8].title === 'Check the returns shelf';
    });
    const [saved] = await page.evaluate(() => window.go.app.Checklists.List());
    assert.deepEqual(
      { timeframe: saved.tasks[8].timeframe, at: saved.tasks[8].at, link: saved.tasks[8].link, note: saved.tasks[8].note },
      { timeframe: 'at', at: '11:00', link: 'returns-refund', note: 'Anything waiting over two days goes to the owner.' },
    );
    await waitFor('nothing left unsaved', () => page.getByTestId('save-checklist').isDisabled());
    await waitFor('the toast has gone', async () => (await page.getByTestId('toast').count()) === 0);
    await screenshot(page, 'checklist-editor');

    // A task with no title: Go refuses, and says which.
    await page.getByTestId('add-task').click();
    await page.getByTestId('save-checklist').click();
    const refused = rows.nth(10).getByTestId('task-error');
    await refused.waitFor();
    assert.equal(await refused.innerText(), 'Task 11 has no title');
    await waitFor('the untitled task has the focus', () => rows.nth(10).getByTestId('task-title').evaluate((el) => el === document.activeElement));
    await screenshot(page, 'checklist-editor-refused');
    await rows.nth(10).getByTestId('task-remove').click();
    await waitFor('back to as saved', () => page.getByTestId('save-checklist').isDisabled());

    // Once the shop keeps hours, a task due before it opens is refused, by the task.
    await page.evaluate(async () => {
      const shop = await window.go.app.Settings.Get();
      shop.hours = { timeZone: 'UTC', week: Array.from({ length: 7 }, () => ({ closed: false, open: '09:00', close: '17:00' })), holidays: [] };
      await window.go.app.Settings.Save(shop);
    });
    await rows.nth(8).getByTestId('task-at').fill('07:00');
    await page.getByTestId('save-checklist').click();
    const early = rows.nth(8).getByTestId('task-error');
    await early.waitFor();
    assert.match(await early.innerText(), /^Task 9 \(Check the returns shelf\) is due at 07:00, but on Mondays the shop is open 09:00 to 17:00: choose a time within business hours$/);
    await rows.nth(8).getByTestId('task-at').fill('11:00');
    await waitFor('the message goes once the time is changed', async () => (await rows.nth(8).getByTestId('task-error').count()) === 0);
    await waitFor('back to as saved', () => page.getByTestId('save-checklist').isDisabled());

    // Dragging by the grip: three places up, and back from the keyboard.
    await rows.nth(8).getByTestId('task-grip').scrollIntoViewIfNeeded();
    const grip = await rows.nth(8).getByTestId('task-grip').boundingBox();
    const target = await rows.nth(5).boundingBox();
    await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
    await page.mouse.down();
    await page.mouse.move(target.x + 200, target.y + 10, { steps: 8 });
    await waitFor('the drop place shows', async () => (await rows.nth(5).getAttribute('class')).includes('drop-before'));
    await screenshot(page, 'checklist-editor-drag');
    await page.mouse.up();
    await waitFor('the task was dragged up', async () => (await rows.nth(5).getByTestId('task-title').inputValue()) === 'Check the returns shelf');
    assert.equal(await page.getByTestId('reorder-status').innerText(), '“Check the returns shelf” moved to position 6 of 10.');
    assert.equal(await page.getByTestId('save-checklist').isDisabled(), false);
    await rows.nth(5).getByTestId('task-grip').focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    await waitFor('the task is back in place', async () => (await rows.nth(8).getByTestId('task-title').inputValue()) === 'Check the returns shelf');
    await waitFor('nothing to save again', () => page.getByTestId('save-checklist').isDisabled());

    // Thursday so far: Riley's tick with the note; Sam has no run.
    await page.getByTestId('checklists-tab-history').click();
    await page.getByTestId('checklist-history').waitFor();
    const person = (who) => page.getByTestId('history-person').filter({ hasText: who.name });
    await person(riley).getByTestId('history-run').waitFor();
    assert.match(await page.getByTestId('day-title').innerText(), /Thursday/);
    const reviewed = person(riley).getByTestId('history-task').filter({ hasText: 'Review and prioritize open tickets' });
    assert.equal(await reviewed.getAttribute('data-outcome'), 'done_late');
    assert.match(await reviewed.innerText(), /Done late/);
    assert.match(await reviewed.innerText(), /Riley Rep · (15|03):0\d/);
    assert.equal(await reviewed.getByTestId('history-note').innerText(), '“3 urgent, 2 overdue”');
    assert.ok((await person(riley).locator('[data-outcome="late"]').count()) > 0, 'past-due tasks not ticked show late');
    assert.match(await person(sam).getByTestId('no-run').innerText(), /No run/);
    // The day's run keeps the tasks it began with: no new task in it.
    assert.equal(await person(riley).getByTestId('history-task').count(), 9);

    // The 30 days before today: Wednesday only. Riley did 2 of the 7 tasks that count; Sam never opened it.
    const completion = page.getByTestId('completion');
    const rateOf = (who) => completion.getByTestId('completion-people-row').filter({ hasText: who.name });
    await rateOf(riley).waitFor();
    assert.match(await rateOf(riley).getByTestId('rate').innerText(), /29%/);
    assert.equal(await rateOf(sam).getByTestId('missed-days').innerText(), '1 day');
    assert.ok((await completion.getByTestId('completion-tasks-row').count()) >= 9);
    await screenshot(page, 'checklist-history');
    await completion.scrollIntoViewIfNeeded();
    await screenshot(page, 'checklist-history-completion');

    // Wednesday: Riley's two ticks, the note, and Sam's missed checklist.
    await page.getByTestId('day-prev').click();
    await waitFor('Wednesday shows', async () => /Wednesday/.test(await page.getByTestId('day-title').innerText()));
    await waitFor("Wednesday's runs show", async () => (await person(riley).locator('[data-outcome="skipped"]').count()) > 0);
    const refunds = person(riley).getByTestId('history-task').filter({ hasText: 'Process pending refunds' });
    assert.equal(await refunds.getAttribute('data-outcome'), 'done');
    assert.equal(await refunds.getByTestId('history-note').innerText(), '“Two refunds done”');
    assert.match(await person(sam).getByTestId('no-run').innerText(), /No run.*not opened/s);
    assert.ok(page.url().endsWith('#/checklists/history/2026-12-02'), 'the day is in the address');
    await person(sam).scrollIntoViewIfNeeded();
    await screenshot(page, 'checklist-history-yesterday');
    assert.equal(await page.getByTestId('day-next').isDisabled(), false);
    await page.getByTestId('day-next').click();
    await waitFor('back on Thursday', async () => /Thursday/.test(await page.getByTestId('day-title').innerText()));
    assert.ok(await page.getByTestId('day-next').isDisabled(), 'no day after today');

    // Settings leads to the same screens.
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('settings-checklists-edit').click();
    await editor.waitFor();
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.stop();
  }
});

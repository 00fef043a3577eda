// Business hours: the owner sets Monday to Friday, 9 to 5 (Berlin) in
// Settings; a ticket that comes in on Friday evening is not overdue on
// Saturday, because its first reply is due on Monday. The dev build's clock
// is set through SHOPDESK_DEV_NOW; the page's clock is set to match, so the
// badges read as a person would see them then.

import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';

import { choose, screenshot, setUpShop, startApp, tempDir } from './harness.mjs';

const owner = { store: 'Oak & Ash', name: 'Olivia Owner', email: 'olivia@oak.example', password: 'owner-pass-1' };
const fridayEvening = '2026-12-04T17:30:00Z'; // 18:30 in Berlin
const saturdayNoon = '2026-12-05T11:00:00Z'; // 12:00 in Berlin

async function openAt(dataPath, now) {
  const app = await startApp({ dataPath, env: { SHOPDESK_DEV_NOW: now, TZ: 'Europe/Berlin' } });
  await app.page.clock.setFixedTime(new Date(now));
  await app.page.reload();
  await app.page.waitForFunction(() => Boolean(window.go?.app?.Session?.State));
  return app;
}

test('a ticket from Friday evening is not overdue on Saturday with Mon–Fri 9–5 hours', { timeout: 240_000 }, async () => {
  const dataPath = path.join(tempDir(), 'shop.db');
  let app = await openAt(dataPath, fridayEvening);
  let ticketId;
  try {
    const { page } = app;
    await setUpShop(page, owner);

    // The owner sets the hours in Settings; a bad day is refused in words.
    await page.getByTestId('nav-settings').click();
    const card = page.getByTestId('business-hours');
    await card.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await choose(page, page.getByTestId('hours-zone'), 'Europe/Berlin');
    await page.getByTestId('hours-limited').check();
    await page.getByTestId('hours-from-1').fill('18:00');
    await page.getByTestId('save-settings').click();
    await card.getByText('Tuesday opens at 18:00 but closes at 17:00').waitFor();
    await page.getByTestId('hours-from-1').fill('09:00');
    await page.getByTestId('hours-holiday-date').fill('2026-12-24');
    await page.getByTestId('hours-holiday-add').click();
    await page.getByTestId('save-settings').click();
    await page.getByTestId('toast').filter({ hasText: 'Settings saved' }).first().waitFor();
    await card.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'hours-01-settings');

    // Friday 18:30: a customer writes in after closing.
    ticketId = await page.evaluate(() =>
      window.go.app.Tickets.Create({
        subject: 'Parcel not here yet',
        customerName: 'Dana Doe',
        customerEmail: 'dana@example.com',
        message: 'My order was due today. Any news?',
        priority: 'normal',
      }).then((t) => t.id),
    );
  } finally {
    await app.stop();
  }

  // Saturday noon: under a 24-hour clock the 4-hour target passed at 22:30.
  app = await openAt(dataPath, saturdayNoon);
  try {
    const { page } = app;
    await page.getByTestId('signin').or(page.getByTestId('inbox')).first().waitFor();
    if (await page.getByTestId('signin').isVisible()) {
      await page.getByTestId('signin-person').filter({ hasText: owner.name }).click();
      await page.getByLabel('Password').fill(owner.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
    }
    await page.getByTestId('inbox').waitFor();
    await page.getByTestId('nav-overdue').click();
    await page.getByTestId('empty').waitFor();
    assert.equal(await page.getByTestId('count-overdue').innerText(), '', 'the sidebar counts nothing overdue');

    await page.getByTestId('nav-all').click();
    const row = page.locator(`[data-testid="ticket-row"][data-ticket-id="${ticketId}"]`);
    await row.waitFor();
    const badge = row.getByTestId('ticket-due');
    assert.match(await badge.innerText(), /^due in 2d 1h/, 'due Monday 13:00, 49 hours away');
    assert.equal(await badge.evaluate((el) => el.classList.contains('overdue')), false);
    await screenshot(page, 'hours-02-list-due');

    const due = await page.evaluate((id) => window.go.app.Tickets.Get(id).then((d) => d.ticket.firstResponseDue), ticketId);
    assert.equal(new Date(due).toISOString(), '2026-12-07T12:00:00.000Z', 'first reply due Monday 13:00 in Berlin');
  } finally {
    await app.stop();
  }
});

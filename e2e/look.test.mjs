// How the desk looks and works on a small laptop screen (1024×700), in the
// light and the dark theme, and the inbox's bulk change driven from the
// keyboard only. Screenshots go to artifacts/screenshots/look-*.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { screenshot, startApp } from './harness.mjs';

const owner = { store: 'Juniper & Pine', name: 'Olivia Owner', email: 'olivia@juniper.example', password: 'owner-pass-1' };
const tickets = [
  { subject: 'Where is my parcel? Order #1042', customerEmail: 'sam.lee@example.com', customerName: 'Sam Lee', message: 'It has been ten days since you said it shipped and the tracking has not moved.', category: 'shipping_delay', priority: 'high' },
  { subject: 'Vase arrived cracked', customerEmail: 'dana.fox@example.com', customerName: 'Dana Fox', message: 'The glass vase was cracked along the base when I opened the box this morning.', category: 'complaint', priority: 'urgent', tags: ['damaged'] },
  { subject: 'Can I swap the linen throw for the grey one?', customerEmail: 'ken.ito@example.com', customerName: 'Ken Ito', message: 'The oat colour is lovely but does not suit the sofa. Could I exchange it?', category: 'return_refund' },
  { subject: 'Charged twice for order #1038', customerEmail: 'ria.shah@example.com', customerName: 'Ria Shah', message: 'My card statement shows two payments of 64.00 for the same order.', category: 'other', priority: 'high' },
];

test('at 1024×700 the inbox and a ticket work in light and dark, and a bulk assign needs only the keyboard', { timeout: 180_000 }, async () => {
  const app = await startApp();
  try {
    const { page } = app;
    await page.setViewportSize({ width: 1024, height: 700 });
    const ids = await page.evaluate(
      async ({ o, list }) => {
        await window.go.app.Session.Setup({ storeName: o.store, name: o.name, email: o.email, password: o.password });
        // New tickets start unassigned here, so the bulk assign is what assigns them.
        const shop = await window.go.app.Settings.Get();
        await window.go.app.Settings.Save({ ...shop, leaveNewUnassigned: true });
        const out = [];
        for (const t of list) out.push((await window.go.app.Tickets.Create(t)).id);
        return out;
      },
      { o: owner, list: tickets },
    );
    await page.reload();
    await page.getByTestId('inbox').waitFor();

    for (const scheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.evaluate(() => (location.hash = '#/inbox/all'));
      await page.getByTestId('ticket-row').nth(3).waitFor();
      await screenshot(page, `look-inbox-${scheme}`);
      await page.getByTestId('ticket-row').filter({ hasText: 'Vase arrived cracked' }).click();
      await page.getByTestId('ticket-view').waitFor();
      await page.getByTestId('message').first().waitFor();
      await page.keyboard.press('r');
      await page.getByTestId('composer-text').waitFor();
      await screenshot(page, `look-ticket-${scheme}`);
      // Nothing in the ticket view is wider than the window.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `the ticket view is ${overflow}px wider than a 1024px window`);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await page.getByTestId('inbox').waitFor();
    }
    await page.emulateMedia({ colorScheme: 'light' });

    // Keyboard only: tick the first two rows, open Assign with A, pick the first person.
    await page.evaluate(() => (location.hash = '#/inbox/all'));
    await page.getByTestId('ticket-row').nth(3).waitFor();
    await page.evaluate(() => document.activeElement?.blur());
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    await page.keyboard.press('x');
    await page.keyboard.press('j');
    await page.keyboard.press('Shift+X');
    await page.getByTestId('bulk-count').filter({ hasText: '2 ticked' }).waitFor();
    const ticked = await page.locator('[data-testid="ticket-row"][data-ticked]').evaluateAll((els) => els.map((e) => Number(e.dataset.ticketId)));
    assert.equal(ticked.length, 2, 'x and Shift+X ticked two rows');
    await page.keyboard.press('a');
    await page.locator('[role="menu"]').waitFor();
    await screenshot(page, 'look-bulk-assign');
    await page.keyboard.press('Enter');
    await page.getByTestId('toast').filter({ hasText: '2 tickets' }).first().waitFor();

    const me = await page.evaluate(() => window.go.app.Session.State().then((s) => s.current.id));
    const after = await page.evaluate(
      (list) => Promise.all(list.map((id) => window.go.app.Tickets.Get(id).then((d) => d.ticket.assigneeId))),
      ids,
    );
    ids.forEach((id, i) => {
      if (ticked.includes(id)) assert.equal(after[i], me, `ticked ticket ${id} is assigned to me`);
      else assert.equal(after[i], 0, `unticked ticket ${id} is left alone`);
    });
    await page.getByTestId('bulk-bar').waitFor({ state: 'detached' });

    // The template editor holds at 1024×700: nothing wider than the window.
    await page.getByTestId('nav-templates').click();
    await page.getByTestId('template-name').waitFor();
    await screenshot(page, 'look-template-editor');
    const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(wide <= 0, `the template editor is ${wide}px wider than a 1024px window`);
  } finally {
    await app.stop();
  }
});

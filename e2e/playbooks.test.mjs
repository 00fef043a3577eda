// Playbooks through the real window. A shipping-delay ticket for an order
// shipped with DHL carries the Shipping delay playbook by its category: the
// step shows the order's tracking, its suggested reply opens in the
// composer with the tracking number filled in, a tick shows who and when,
// and resolving with the required step open asks why (Escape leaves the
// ticket as it was; a reason lets it through and is kept). Then the owner
// edits the playbook in Settings: a step added, moved by keyboard and by
// drag, saved; a save over someone else's shows Go's message and reloads;
// a new playbook is added and deleted.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { choose, screenshot, setUpShop, startApp, waitFor } from './harness.mjs';

const owner = { store: 'Juniper & Pine', name: 'Olivia Owner', email: 'olivia@juniper.example', password: 'owner-pass-1' };
const tracking = 'JD014600003';

/** Waits until the toast with this text shows. */
const toast = (page, text) => page.getByTestId('toast').filter({ hasText: text }).first().waitFor();

/** An order shipped with DHL, and a shipping-delay ticket about it; resolves to the ticket's id. */
function orderAndTicket(page) {
  return page.evaluate(async (tracking) => {
    const day = (d) => new Date(Date.now() - d * 86_400_000).toISOString().slice(0, 10);
    await window.go.app.Orders.Save(0, 0, {
      number: '#1042', customerId: 0, name: 'Dana Fox', email: 'dana.fox@example.com', placedAt: day(9),
      paidAt: day(9), fulfilledAt: day(8), deliveredAt: '', currency: 'USD', discount: 0, shipping: 500, tax: 0,
      items: [{ line: 1, product: 'Linen throw', sku: 'LT-1', quantity: 1, unitPrice: 4500, discount: 0 }],
      payment: 'paid', paymentMethod: '', fulfilment: 'fulfilled', carrier: 'DHL', tracking, notes: '',
    });
    const t = await window.go.app.Tickets.Create({
      subject: 'Where is my linen throw?', customerName: 'Dana Fox', customerEmail: 'dana.fox@example.com',
      orderNumber: '#1042', category: 'shipping_delay', message: 'It shipped a week ago and the tracking has not moved since Monday.',
    });
    return t.id;
  }, tracking);
}

test('a shipping delay is worked by its playbook, and resolving with a step open asks why', { timeout: 240_000 }, async () => {
  const app = await startApp();
  const { page } = app;
  try {
    await setUpShop(page, owner);
    const id = await orderAndTicket(page);
    await page.evaluate((id) => (location.hash = `#/tickets/${id}`), id);
    await page.getByTestId('ticket-view').waitFor();

    // The category brought the playbook; its first step is required and shows the order's tracking.
    const pb = page.locator('[data-testid="playbook"][data-name="Shipping delay"]');
    await pb.waitFor();
    assert.equal(await page.getByTestId('playbook').count(), 1);
    assert.equal(await pb.getByTestId('playbook-progress').innerText(), '0 of 2 done');
    const steps = pb.getByTestId('playbook-step');
    assert.equal(await steps.count(), 2);
    const first = steps.first();
    assert.match(await first.innerText(), /Check the tracking number and update the customer\./);
    assert.equal(await first.getByTestId('step-required').count(), 1, 'the first step is required');
    assert.equal(await steps.nth(1).getByTestId('step-required').count(), 0);
    assert.match(await first.getByTestId('step-live').innerText(), new RegExp(`DHL tracking ${tracking}`));
    assert.match(await first.innerText(), /Include estimated delivery dates\./, 'the guidance shows');

    // Its suggested reply opens in the composer, filled in for this ticket.
    const use = first.getByTestId('step-reply');
    assert.equal(await use.innerText(), 'Use reply: Shipping delay update');
    await use.click();
    await page.getByTestId('compose-template-name').filter({ hasText: 'Shipping delay update' }).waitFor();
    await waitFor('the reply with the tracking number', async () => (await page.getByTestId('composer-text').inputValue()).includes(`tracking number, ${tracking},`));
    const text = await page.getByTestId('composer-text').inputValue();
    assert.match(text, /^Hi Dana,/);
    assert.match(text, /your order #1042 is taking longer than expected/);
    assert.match(text, /\[Estimated Delivery\]/, 'what only the rep knows is left to fill in');
    await page.getByTestId('ask-estimated-delivery').waitFor();
    assert.equal(await page.getByTestId('ask-tracking-number').count(), 0, 'the tracking number is not asked for: the order knew it');

    // A tick shows who and when.
    await steps.nth(1).getByTestId('step-tick').check();
    await waitFor('the tick is saved', async () => (await steps.nth(1).getAttribute('data-done')) === 'true');
    assert.match(await steps.nth(1).getByTestId('step-by').innerText(), /^Olivia Owner · \d/);
    assert.equal(await pb.getByTestId('playbook-progress').innerText(), '1 of 2 done');

    // Another playbook is added by hand, and taken off again.
    await page.getByTestId('add-playbook').click();
    await page.getByTestId('add-playbook-item').filter({ hasText: 'Customer complaint resolution' }).click();
    const complaint = page.locator('[data-testid="playbook"][data-name="Customer complaint resolution"]');
    await complaint.waitFor();
    assert.equal(await complaint.getByTestId('playbook-step').count(), 7);
    await page.waitForFunction(() => document.getAnimations().length === 0);
    await screenshot(page, 'playbook-ticket');
    await complaint.getByTestId('remove-playbook').click();
    await complaint.waitFor({ state: 'detached' });

    // Resolving (E) with the required step open asks why; Escape changes nothing.
    await page.getByTestId('ticket-number').click();
    await page.keyboard.press('e');
    const dialog = page.getByTestId('close-why-dialog');
    await dialog.getByTestId('close-why-reason').waitFor();
    assert.deepEqual(await dialog.getByTestId('close-why-step').allInnerTexts(), ['Check the tracking number and update the customer.']);
    await page.waitForFunction(() => document.getAnimations().length === 0);
    await screenshot(page, 'playbook-close-why');
    await page.keyboard.press('Escape');
    await dialog.getByTestId('close-why-reason').waitFor({ state: 'detached' });
    assert.equal(await page.getByTestId('ticket-status').getAttribute('data-value'), 'new', 'nothing changed');
    assert.equal(await page.getByTestId('change-error').count(), 0, 'the refusal is not shown as a failure');

    // From the status menu too; a reason lets it through, and is kept.
    await choose(page, page.getByTestId('ticket-status'), 'resolved');
    await dialog.getByTestId('close-why-reason').fill('Dana phoned: the parcel arrived this morning.');
    await dialog.getByTestId('close-why-submit').click();
    await toast(page, 'Status: Resolved');
    assert.equal(await page.getByTestId('ticket-status').getAttribute('data-value'), 'resolved');
    await pb.getByTestId('playbook-why').filter({ hasText: 'the parcel arrived this morning' }).waitFor();
    const kept = await page.evaluate((id) => window.go.app.Playbooks.ForTicket(id), id);
    assert.equal(kept[0].why, 'Dana phoned: the parcel arrived this morning.');
    assert.equal(kept[0].whyBy, owner.name);
  } catch (err) {
    await screenshot(page, 'playbooks-failed').catch(() => {});
    throw err;
  } finally {
    await app.stop();
  }
});

test('the owner edits a playbook: steps added and reordered, a conflict reloaded, one added and deleted', { timeout: 240_000 }, async () => {
  const app = await startApp();
  const { page } = app;
  try {
    await setUpShop(page, owner);
    await page.getByTestId('nav-settings').click();
    const card = page.getByTestId('playbook-settings');
    await card.scrollIntoViewIfNeeded();
    await card.getByTestId('playbook-row').filter({ hasText: 'Shipping delay' }).click();
    const editor = card.getByTestId('playbook-editor');
    await waitFor('the Shipping delay playbook', async () => (await editor.getByTestId('pe-name').inputValue()) === 'Shipping delay');
    assert.equal(await editor.getByTestId('pe-cat-shipping_delay').isChecked(), true);
    const titles = () => editor.getByTestId('pe-step-title').evaluateAll((els) => els.map((e) => e.value));
    assert.deepEqual(await titles(), ['Check the tracking number and update the customer.', 'Offer expedited shipping or a discount if necessary.']);

    // A new step, moved up by keyboard, required, suggesting a reply.
    await editor.getByTestId('pe-add-step').click();
    const added = editor.getByTestId('pe-step').last();
    await added.getByTestId('pe-step-title').fill("Check the carrier's delay notices for the route.");
    await added.getByTestId('pe-step-title').press('Alt+ArrowUp');
    assert.deepEqual(await titles(), [
      'Check the tracking number and update the customer.',
      "Check the carrier's delay notices for the route.",
      'Offer expedited shipping or a discount if necessary.',
    ]);
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'pe-step-title', 'the focus stays on the moved step');
    const moved = editor.getByTestId('pe-step').nth(1);
    await moved.getByTestId('pe-step-required').check();
    await choose(page, moved.getByTestId('pe-step-reply'), 'shipping_delay');

    // The first step dragged below the last (both in sight, so nothing scrolls mid-drag).
    await editor.getByTestId('pe-add-step').scrollIntoViewIfNeeded();
    await editor.getByTestId('pe-step-handle').first().dragTo(editor.getByTestId('pe-step').last(), { targetPosition: { x: 40, y: 60 } });
    assert.deepEqual(await titles(), [
      "Check the carrier's delay notices for the route.",
      'Offer expedited shipping or a discount if necessary.',
      'Check the tracking number and update the customer.',
    ]);
    // The settings scroll in their own pane: bring the card to its top.
    await card.evaluate((el) => {
      const pane = el.closest('.scroll');
      pane.scrollTop += el.getBoundingClientRect().top - pane.getBoundingClientRect().top - 16;
    });
    await page.waitForFunction(() => document.getAnimations().length === 0);
    await screenshot(page, 'playbook-editor');
    await editor.getByTestId('pe-save').click();
    await toast(page, 'Shipping delay saved');
    const saved = await page.evaluate(() => window.go.app.Playbooks.List().then((l) => l.find((p) => p.name === 'Shipping delay')));
    assert.deepEqual(saved.steps.map((s) => [s.title, s.required, s.reply]), [
      ["Check the carrier's delay notices for the route.", true, 'shipping_delay'],
      ['Offer expedited shipping or a discount if necessary.', false, ''],
      ['Check the tracking number and update the customer.', true, 'shipping_delay'],
    ]);

    // Someone else saves first: Go's message, and Reload brings theirs in.
    await page.evaluate(async () => {
      const p = (await window.go.app.Playbooks.List()).find((x) => x.name === 'Shipping delay');
      await window.go.app.Playbooks.Save({ ...p, name: 'Shipping delay (carrier)' });
    });
    await editor.getByTestId('pe-note').fill('Give the customer a date, never "soon".');
    await editor.getByTestId('pe-save').click();
    const err = editor.getByTestId('pe-error');
    await err.filter({ hasText: 'Someone else changed this playbook while you had it open' }).waitFor();
    await err.getByTestId('pe-reload').click();
    await waitFor('their name', async () => (await card.getByTestId('pe-name').inputValue()) === 'Shipping delay (carrier)');

    // A new playbook for tickets by hand, then deleted.
    await card.getByTestId('new-playbook').click();
    const fresh = card.getByTestId('playbook-editor');
    await fresh.getByTestId('pe-name').fill('Damaged in transit');
    await fresh.getByTestId('pe-save').click();
    await fresh.getByTestId('pe-error').filter({ hasText: 'Step 1 has no title' }).waitFor();
    await fresh.getByTestId('pe-step-title').first().fill('Ask for a photo of the parcel and the item.');
    await fresh.getByTestId('pe-save').click();
    await toast(page, 'Damaged in transit saved');
    await card.getByTestId('playbook-row').filter({ hasText: 'Damaged in transit' }).filter({ hasText: 'by hand' }).waitFor();
    await card.getByTestId('pe-delete').click();
    await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Delete playbook' }).click();
    await toast(page, 'Damaged in transit deleted');
    await card.getByTestId('playbook-row').filter({ hasText: 'Damaged in transit' }).waitFor({ state: 'detached' });
    const names = await page.evaluate(() => window.go.app.Playbooks.List().then((l) => l.map((p) => p.name)));
    assert.equal(names.length, 6);
    assert.ok(!names.includes('Damaged in transit'));
  } catch (err) {
    await screenshot(page, 'playbooks-failed').catch(() => {});
    throw err;
  } finally {
    await app.stop();
  }
});

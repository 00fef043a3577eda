// The rough edges of a new desk, through the real window: the owner's
// getting-started card, the template picker offering the ticket's own
// category first and filled in for its customer, and a misspelt
// placeholder in a reply caught before sending ("Did you mean").

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { screenshot, setUpShop, startApp } from './harness.mjs';

const owner = { store: 'Juniper & Pine', name: 'Olivia Owner', email: 'olivia@juniper.example', password: 'owner-pass-1' };

test('a new desk shows its first steps, the picker fills in the customer, a near miss is caught', { timeout: 180_000 }, async () => {
  const app = await startApp();
  const { page } = app;
  try {
    await setUpShop(page, owner);

    // The empty desk says what to do next.
    const card = page.getByTestId('getting-started');
    await card.waitFor();
    for (const step of ['mail', 'rep', 'ticket']) {
      assert.equal(await card.getByTestId(`gs-step-${step}`).getAttribute('data-done'), 'false', `${step} is still to do`);
    }
    await screenshot(page, 'desk-01-getting-started');

    // A ticket ticks its step off by itself.
    const ticketId = await page.evaluate(() =>
      window.go.app.Tickets.Create({
        subject: 'Where is my order SD-104233?',
        customerName: 'Dana Fox',
        customerEmail: 'dana.fox@example.com',
        orderNumber: 'SD-104233',
        category: 'shipping_delay',
        message: 'It still has not arrived.',
      }).then((t) => t.id),
    );
    await card.locator('[data-testid="gs-step-ticket"][data-done="true"]').waitFor({ timeout: 10_000 });

    // The template picker: the ticket's category first, the preview in this customer's words.
    await page.evaluate((id) => (location.hash = `#/tickets/${id}`), ticketId);
    await page.getByTestId('ticket-view').waitFor();
    await page.getByTestId('insert-template').click();
    const picker = page.getByTestId('template-picker');
    await picker.getByTestId('template-preview-for').waitFor({ timeout: 10_000 });
    const firstGroup = picker.locator('[role="group"]').first();
    assert.match(await firstGroup.locator('h3').textContent(), /This ticket/);
    assert.match(await firstGroup.getAttribute('aria-label'), /Shipping/);
    const preview = await picker.getByTestId('template-preview').textContent();
    assert.match(preview, /Dana/, 'the preview greets this customer');
    assert.doesNotMatch(preview, /\[Customer Name\]|\[First Name\]/, 'the customer placeholders are filled');
    await screenshot(page, 'desk-02-template-picker');
    await page.keyboard.press('Escape');
    await picker.waitFor({ state: 'hidden' });

    // A near miss is caught before sending; a common word in brackets is not.
    const box = page.getByTestId('composer-text');
    await box.fill('Hi [Custmer Name], your [Order] ships today.');
    const near = page.getByTestId('near-miss');
    await near.waitFor();
    assert.match(await near.textContent(), /\[Custmer Name\] is not a placeholder\. Did you mean \[Customer Name\]\?/);
    assert.equal(await page.getByTestId('send').isDisabled(), true, 'the reply cannot go as typed');
    await screenshot(page, 'desk-03-near-miss');
    await page.getByTestId('near-miss-fix').click();
    assert.equal(await box.inputValue(), 'Hi [Customer Name], your [Order] ships today.');
    await page.getByTestId('compose-hint').filter({ hasText: 'Fill in [Customer Name]' }).waitFor();

    // Hiding the card keeps it hidden.
    await page.getByTestId('nav-all').click();
    await card.waitFor();
    await card.getByTestId('getting-started-dismiss').click();
    await card.waitFor({ state: 'hidden' });
    assert.equal(await page.evaluate(() => window.go.app.Settings.Get().then((s) => s.gettingStartedDismissed)), true);
  } finally {
    await app.stop();
  }
});

// Orders through the real window: the owner imports a Shopify export (one
// order over two line-item rows) through the import dialog, opens the
// order with its customer and items, a ticket naming the order links to
// it, and the customer list sorts by what customers spent.

import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import { screenshot, setUpShop, startApp, tempDir, waitFor } from './harness.mjs';

const owner = { store: 'Juniper & Pine', name: 'Olivia Owner', email: 'olivia@juniper.example', password: 'owner-pass-1' };

// Shopify's column names; order-level fields only on an order's first row.
const header =
  'Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Accepts Marketing,Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount,Shipping Method,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem compare at price,Lineitem sku,Lineitem requires shipping,Lineitem taxable,Lineitem fulfillment status,Billing Name,Notes,Cancelled at,Payment Method,Refunded Amount,Id';
const rows = [
  '#1001,dana.fox@example.com,paid,2025-10-07 09:51:02 +0200,fulfilled,2025-10-08 14:00:00 +0200,no,USD,60.00,5.00,0.00,65.00,,0.00,Standard,2025-10-07 09:50:26 +0200,2,Linen throw,25.00,,LIN-THR,true,true,fulfilled,Dana Fox,,,Shopify Payments,0.00,5550001',
  '#1001,dana.fox@example.com,,,,,,,,,,,,,,,1,Stoneware mug,10.00,,MUG-01,true,true,fulfilled,,,,,,',
  '#1002,sam.lee@example.com,paid,2025-10-09 11:00:00 +0200,unfulfilled,,no,USD,8.00,0.00,0.00,8.00,,0.00,Standard,2025-10-09 10:59:00 +0200,1,Tea towel,8.00,,TEA-01,true,true,pending,Sam Lee,,,Shopify Payments,0.00,5550002',
];

test('import a Shopify export, open the order, follow a ticket to it, sort customers by spending', { timeout: 240_000 }, async () => {
  const dir = tempDir('shopdesk-orders-');
  const file = path.join(dir, 'orders_export_1.csv');
  writeFileSync(file, [header, ...rows].join('\r\n') + '\r\n');

  // The native file dialog cannot be driven from a test: the flag answers it.
  const app = await startApp({ args: ['--test-pick-file', file] });
  const { page } = app;
  try {
    await setUpShop(page, owner);

    // The import dialog: pick the file, start, and the summary.
    await page.getByTestId('nav-orders').click();
    await page.getByTestId('orders').waitFor();
    await page.getByTestId('import-orders').click();
    const dialog = page.getByTestId('import-dialog');
    await dialog.getByTestId('import-pick').click();
    await waitFor('the picked file', async () => (await dialog.getByTestId('import-file').textContent()) === 'orders_export_1.csv');
    await dialog.getByTestId('import-start').click();
    const progress = dialog.getByTestId('import-progress');
    await waitFor('the import to end', async () =>
      ['done', 'failed', 'cancelled'].includes(await progress.getAttribute('data-state', { timeout: 1_000 }).catch(() => '')),
    ).catch(async (err) => {
      throw new Error(`${err.message}; the dialog shows: ${await dialog.textContent()}`);
    });
    assert.equal(await progress.getAttribute('data-state'), 'done', await dialog.textContent());
    assert.equal(await dialog.getByTestId('import-orders').textContent(), '2', 'two orders read');
    assert.equal(await dialog.getByTestId('import-added').textContent(), '2', 'two orders added');
    assert.equal(await dialog.getByTestId('import-skipped-all').textContent(), '0', 'no row skipped');
    assert.equal(await dialog.getByRole('progressbar').getAttribute('aria-valuenow'), '100');
    await screenshot(page, 'orders-01-import-summary');
    await dialog.getByTestId('import-close').click();

    // The list shows both, newest first.
    const list = page.getByTestId('order-row');
    await waitFor('two orders listed', async () => (await list.count()) === 2);
    assert.match(await list.first().textContent(), /#1002/);
    assert.match(await list.nth(1).textContent(), /#1001.*Dana Fox.*3.*\$65\.00/s);
    await screenshot(page, 'orders-02-list');

    // The order: its customer and both line items, rebuilt from two rows.
    await list.nth(1).click();
    const view = page.getByTestId('order-view');
    await view.waitFor();
    assert.equal(await view.getByTestId('order-number').textContent(), 'Order #1001');
    assert.equal(await view.getByTestId('order-customer').textContent(), 'Dana Fox');
    const lines = view.getByTestId('order-line');
    assert.equal(await lines.count(), 2);
    assert.match(await lines.first().textContent(), /Linen throw.*LIN-THR.*2.*\$25\.00.*\$50\.00/s);
    assert.match(await lines.nth(1).textContent(), /Stoneware mug.*MUG-01/s);
    assert.equal(await view.getByTestId('order-view-total').textContent(), '$65.00');
    await screenshot(page, 'orders-03-order');

    // A ticket naming the order links to it; the customer card lists their orders.
    const ticketId = await page.evaluate(() =>
      window.go.app.Tickets.Create({
        subject: 'Where is my throw?',
        customerName: 'Dana Fox',
        customerEmail: 'dana.fox@example.com',
        orderNumber: '#1001',
        category: 'shipping_delay',
        message: 'Ordered last week.',
      }).then((t) => t.id),
    );
    await page.evaluate((id) => (location.hash = `#/tickets/${id}`), ticketId);
    await page.getByTestId('ticket-view').waitFor();
    const panel = page.getByTestId('orders-panel');
    await panel.getByTestId('panel-order').first().waitFor();
    assert.match(await panel.textContent(), /#1001.*\$65\.00/s);
    await page.getByTestId('ticket-order-link').waitFor();
    await screenshot(page, 'orders-05-ticket-panel');
    await page.getByTestId('ticket-order-link').click();
    await view.waitFor();
    assert.equal(await view.getByTestId('order-number').textContent(), 'Order #1001');
    await view.getByTestId('order-ticket').waitFor();
    assert.match(await view.getByTestId('order-ticket').textContent(), /Where is my throw\?/);

    // A ticket naming an order Shopdesk has not got says so, and offers to add it.
    const lostId = await page.evaluate(() =>
      window.go.app.Tickets.Create({
        subject: 'Order from the market stall',
        customerName: 'Dana Fox',
        customerEmail: 'dana.fox@example.com',
        orderNumber: 'M-77',
        category: 'other',
        message: 'I bought it at the market.',
      }).then((t) => t.id),
    );
    await page.evaluate((id) => (location.hash = `#/tickets/${id}`), lostId);
    const missing = page.getByTestId('ticket-order-missing');
    await missing.waitFor();
    assert.match(await missing.textContent(), /No order #M-77 in Shopdesk yet/);
    await missing.getByTestId('ticket-order-add').click();
    const adding = page.getByTestId('order-editor');
    await adding.waitFor();
    assert.equal(await adding.getByTestId('order-number').inputValue(), 'M-77');
    assert.equal(await adding.getByTestId('order-email').inputValue(), 'dana.fox@example.com');
    await page.keyboard.press('Escape');
    await adding.waitFor({ state: 'hidden' });

    // The customer list sorts by total spent, most first, then reversed.
    await page.getByTestId('nav-customers').click();
    await page.getByTestId('customers').waitFor();
    await page.getByTestId('sort-spent').click();
    const spentHeader = page.locator('th', { has: page.getByTestId('sort-spent') });
    await waitFor('sorted by spending, most first', async () => (await spentHeader.getAttribute('aria-sort')) === 'descending');
    const names = async () => (await page.getByTestId('customer-row').allTextContents()).map((t) => t.trim());
    await waitFor('Dana first', async () => Boolean((await names())[0]?.includes('Dana Fox')));
    assert.match((await names())[0], /\$65\.00/);
    await page.getByTestId('sort-spent').press('Enter');
    await waitFor('sorted by spending, least first', async () => (await spentHeader.getAttribute('aria-sort')) === 'ascending');
    await waitFor('Sam before Dana', async () => {
      const n = await names();
      return n.findIndex((t) => t.includes('Sam Lee')) < n.findIndex((t) => t.includes('Dana Fox'));
    });
    await screenshot(page, 'orders-04-customers-by-spent');

    // A phone order typed in by hand: the total follows the typing, in cents.
    await page.getByTestId('nav-orders').click();
    await page.getByTestId('new-order').click();
    const editor = page.getByTestId('order-editor');
    await editor.getByTestId('order-name').fill('Sam Lee');
    await editor.getByTestId('order-email').fill('sam.lee@example.com');
    await editor.getByTestId('order-number').fill('#2001');
    await editor.getByTestId('item-product').fill('Tea towel');
    await editor.getByTestId('item-qty').fill('3');
    await editor.getByTestId('item-price').fill('12.5');
    await editor.getByTestId('order-shipping').fill('0.1');
    await waitFor('the live total', async () => (await editor.getByTestId('order-total').textContent()) === '$37.60');
    await editor.getByTestId('save-order').click();
    await view.waitFor();
    await waitFor('the new order', async () => (await view.getByTestId('order-number').textContent()) === 'Order #2001');
    assert.equal(await view.getByTestId('order-view-total').textContent(), '$37.60');
    assert.equal(await view.getByTestId('order-customer').textContent(), 'Sam Lee', 'matched to the customer by email');

    // Someone else saves the order while it is being edited: Go refuses the
    // stale edit, and Reload brings their version in.
    await view.getByTestId('edit-order').click();
    await editor.waitFor();
    await page.evaluate(async () => {
      const found = await window.go.app.Orders.Find('#2001');
      await window.go.app.Orders.Save(found.id, found.version, {
        number: found.number, customerId: found.customerId, name: '', email: '', placedAt: found.placedAt.slice(0, 10),
        paidAt: '', fulfilledAt: '', deliveredAt: '', items: found.items, currency: found.currency, discount: 0,
        shipping: found.shipping, tax: 0, payment: found.payment, paymentMethod: '', fulfilment: found.fulfilment,
        carrier: 'DHL', tracking: 'JD0001', notes: '',
      });
    });
    await editor.getByTestId('order-tracking').fill('MINE-1');
    await editor.getByTestId('save-order').click();
    const stale = editor.getByTestId('order-stale');
    await stale.waitFor();
    assert.match(await stale.textContent(), /someone else saved this order/i);
    await stale.getByTestId('order-reload').click();
    await waitFor('their tracking number', async () => (await editor.getByTestId('order-tracking').inputValue()) === 'JD0001');
    await editor.getByTestId('save-order').click();
    await editor.waitFor({ state: 'hidden' });
    await waitFor('the order shows their tracking', async () => (await view.getByTestId('order-tracking-view').textContent()) === 'JD0001');

    // The customer's profile lists both of Sam's orders.
    await view.getByTestId('order-customer').click();
    await page.getByTestId('customer-profile').waitFor();
    await waitFor("Sam's two orders", async () => (await page.getByTestId('customer-order').count()) === 2);
  } finally {
    await app.stop();
  }
});

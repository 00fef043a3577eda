// Returns through the real window. The owner imports a Shopify export with
// two of Dana's orders through the import dialog; a ticket names each. A rep starts a return from each ticket with Shift+R and
// Enter: the small one (18.00) they approve themselves; the big one
// (108.00, above the reps' 100.00 limit) Go refuses them, and it waits for
// the owner, counted in her sidebar. The owner approves, receives, inspects
// and refunds it, the customer's emails arriving in the test inbox; the
// queue, the trends chart and the return policy card are photographed on
// the way.

import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import { choose, screenshot, setUpShop, startApp, tempDir, waitFor } from './harness.mjs';

const owner = { store: 'Juniper & Pine', name: 'Olivia Owner', email: 'olivia@juniper.example', password: 'owner-pass-1' };
const rep = { name: 'Riley Rep', email: 'riley@juniper.example', password: 'riley-pass-1' };

async function signInAs(page, who) {
  await page.getByTestId('sign-out').click();
  await page.getByTestId('signin').waitFor();
  await page.getByTestId('signin-person').filter({ hasText: who.name }).click();
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('me').filter({ hasText: who.name }).waitFor();
}

/** Starts a return from the ticket with Shift+R, then Enter. */
async function startReturn(page, ticketId, screenshotName) {
  await page.evaluate((id) => (location.hash = `#/tickets/${id}`), ticketId);
  await page.getByTestId('ticket-view').waitFor();
  await page.getByTestId('start-return').waitFor();
  await page.keyboard.press('Shift+R');
  const dialog = page.getByTestId('start-return-dialog');
  await dialog.getByTestId('sr-items').waitFor();
  assert.match(await dialog.getByTestId('sr-check').innerText(), /within the window/);
  if ((await dialog.getByTestId('sr-reason').getAttribute('data-value')) === '') {
    await choose(page, dialog.getByTestId('sr-reason'), 'wrong_size');
    await dialog.getByTestId('sr-qty').first().focus();
  }
  if (screenshotName) await screenshot(page, screenshotName);
  await page.keyboard.press('Enter');
  const view = page.getByTestId('return-view');
  await view.waitFor();
  await waitFor('the request is requested', async () => (await view.getByTestId('return-state').getAttribute('data-state')) === 'requested');
  return view;
}

// Shopify's orders export: one row per line item, the order's own columns
// on its first row only.
const header =
  'Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Accepts Marketing,Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount,Shipping Method,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem compare at price,Lineitem sku,Lineitem requires shipping,Lineitem taxable,Lineitem fulfillment status,Billing Name,Notes,Cancelled at,Payment Method,Refunded Amount,Id';
function shopifyExport(daysAgo) {
  const at = (d) => new Date(Date.now() - d * 86_400_000).toISOString().slice(0, 19).replace('T', ' ') + ' +0000';
  const placed = at(daysAgo);
  const shipped = at(daysAgo - 1);
  return [
    header,
    `#1001,dana.fox@example.com,paid,${placed},fulfilled,${shipped},no,USD,108.00,0.00,0.00,108.00,,0.00,Standard,${placed},2,Linen throw,45.00,,LT-1,true,true,fulfilled,Dana Fox,,,Shopify Payments,0.00,5550001`,
    '#1001,dana.fox@example.com,,,,,,,,,,,,,,,1,Stoneware mug,18.00,,MG-2,true,true,fulfilled,,,,,,',
    `#1002,dana.fox@example.com,paid,${placed},fulfilled,${shipped},no,USD,18.00,0.00,0.00,18.00,,0.00,Standard,${placed},1,Stoneware mug,18.00,,MG-2,true,true,fulfilled,Dana Fox,,,Shopify Payments,0.00,5550002`,
  ].join('\r\n') + '\r\n';
}

test('a return runs from the ticket to the refund', { timeout: 240_000 }, async () => {
  const file = path.join(tempDir('shopdesk-returns-'), 'orders_export_1.csv');
  writeFileSync(file, '\ufeff' + shopifyExport(12));
  const app = await startApp({ args: ['--test-pick-file', file] });
  const { page } = app;
  try {
    await setUpShop(page, owner);

    // The owner imports the shop's export through the dialog.
    await page.getByTestId('nav-orders').click();
    await page.getByTestId('import-orders').click();
    const importDialog = page.getByTestId('import-dialog');
    await importDialog.getByTestId('import-pick').click();
    await waitFor('the picked file', async () => (await importDialog.getByTestId('import-file').textContent()) === 'orders_export_1.csv');
    await importDialog.getByTestId('import-start').click();
    await waitFor('the import to end', async () => (await importDialog.getByTestId('import-progress').getAttribute('data-state')) === 'done');
    assert.equal(await importDialog.getByTestId('import-added').textContent(), '2', 'two orders added');
    await importDialog.getByTestId('import-close').click();
    const [ticketId, smallTicketId] = await page.evaluate(async (rep) => {
      await window.go.app.People.Add({ name: rep.name, email: rep.email, role: 'rep', password: rep.password });
      const ticket = (subject, orderNumber) =>
        window.go.app.Tickets.Create({
          subject,
          customerName: 'Dana Fox',
          customerEmail: 'dana.fox@example.com',
          orderNumber,
          category: 'return_refund',
          message: 'Can I send them back?',
        });
      return [(await ticket('The throw is too small', '#1001')).id, (await ticket('A second mug I did not want', '#1002')).id];
    }, rep);

    // The rep's shift: a small return they approve themselves.
    await signInAs(page, rep);
    let view = await startReturn(page, smallTicketId);
    assert.equal(await view.getByTestId('needs-owner-why').count(), 0, 'an 18.00 return is the rep\'s to approve');
    await view.getByTestId('action-approve').click();
    await view.getByTestId('action-form-approve').getByTestId('act-submit').click();
    await waitFor('the rep approved it', async () => (await view.getByTestId('return-state').getAttribute('data-state')) === 'approved');

    // The big one: Go refuses the rep, whatever the window shows.
    view = await startReturn(page, ticketId, 'returns-01-start-dialog');
    assert.equal(await page.getByTestId('return-items').locator('tbody tr').count(), 2);
    assert.match(await view.getByTestId('needs-owner-why').innerText(), /reps may/);
    await view.getByTestId('action-approve').click();
    await view.getByTestId('action-form-approve').getByTestId('act-submit').click();
    await waitFor('the rep is told only the owner can', async () => {
      const err = view.getByTestId('return-error');
      return (await err.count()) > 0 && /only the owner/i.test(await err.innerText());
    });
    assert.equal(await view.getByTestId('return-state').getAttribute('data-state'), 'requested');
    const bigHash = await page.evaluate(() => location.hash);

    // The owner sees it waiting in her sidebar, and takes it from there.
    await signInAs(page, owner);
    await waitFor('the owner sees it in the sidebar', async () => (await page.getByTestId('count-returns').innerText()).trim() === '1');
    await page.evaluate((h) => (location.hash = h), bigHash);
    view = page.getByTestId('return-view');
    await view.waitFor();
    await waitFor('the request is shown', async () => (await view.getByTestId('return-state').getAttribute('data-state')) === 'requested');

    const step = async (kind, fill, state) => {
      await view.getByTestId(`action-${kind}`).click();
      const form = view.getByTestId(`action-form-${kind}`);
      await form.waitFor();
      await fill?.(form);
      await form.getByTestId('act-submit').click();
      await waitFor(`the request is ${state}`, async () => {
        const err = view.getByTestId('return-error');
        if (await err.count()) throw new Error(`${kind} refused: ${await err.innerText()}`);
        return (await view.getByTestId('return-state').getAttribute('data-state')) === state;
      });
    };
    await step('approve', (f) => f.getByTestId('act-label').fill('https://labels.example/R1'), 'approved');
    // The step's email opens filled in: with nothing missing, one click sends it.
    const sendEmail = async (subject) => {
      const panel = view.getByTestId('return-email');
      await panel.getByTestId('email-preview').waitFor();
      // Placeholders Shopdesk cannot know are asked for here.
      const send = panel.getByTestId('email-send');
      for (const input of await panel.getByTestId('email-missing').all()) {
        await input.fill('5 to 10 business days');
        await input.press('Tab');
      }
      await send.click();
      await panel.waitFor({ state: 'detached' });
      await waitFor(`"${subject}" in the test inbox`, async () => {
        const items = await page.evaluate(() => window.go.app.Mail.TestInbox());
        return (items ?? []).some((i) => subject.test(`${i.view?.subject ?? ''}\n${i.view?.text ?? ''}`) && /dana\.fox@example\.com/.test(i.view?.to ?? ''));
      });
    };
    await sendEmail(/labels\.example\/R1/);
    await step('receive', (f) => choose(page, f.getByTestId('act-condition'), 'as_new'), 'received');
    await step('inspect', (f) => choose(page, f.getByTestId('act-condition'), 'as_new'), 'inspected');
    // 108.00 USD is above the reps' limit (100.00 USD by default): the owner's to refund.
    assert.match(await view.getByTestId('needs-owner-why').innerText(), /reps may/);
    await screenshot(page, 'returns-02-request');
    await step(
      'refund',
      async (f) => {
        assert.notEqual(await f.getByTestId('act-amount').inputValue(), '', 'the amount is pre-filled with what is due');
        await f.getByTestId('act-reference').fill('re_123');
      },
      'refunded',
    );
    assert.match(await view.getByTestId('return-refund').innerText(), /re_123/);
    await sendEmail(/108\.00|re_123|refund/i);
    assert.ok((await view.getByTestId('return-timeline').locator('li').count()) >= 7, 'every step and email is on the timeline');

    // The queue and the trends.
    await page.evaluate(() => (location.hash = '#/returns/done'));
    await page.getByTestId('return-row').first().waitFor();
    await page.getByTestId('toggle-trends').click();
    const chart = page.getByTestId('chart-reasons');
    await chart.waitFor();
    assert.match(await chart.locator('canvas').getAttribute('aria-label'), /Wrong size 2|2 requests/);
    await screenshot(page, 'returns-03-queue-trends');

    // The policy card, for the owner.
    await page.evaluate(() => (location.hash = '#/settings'));
    await page.getByTestId('return-policy').getByTestId('rp-window').waitFor();
    await page.getByTestId('return-policy').scrollIntoViewIfNeeded();
    await screenshot(page, 'returns-04-policy');
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.stop();
  }
});

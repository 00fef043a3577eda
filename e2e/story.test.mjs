// The story of a first day with Shopdesk, through the real window and the
// real Go backend: the owner sets the shop up and adds a rep; the rep signs
// in, logs a phone call from a new customer, replies, leaves a note, takes
// the ticket, resolves it (saying why the complaint playbook's required
// steps are not ticked) and finds it again by search. Then Shopdesk is
// quit and started again on the same data file, and everything is still
// there. Screenshots of the main screens go to artifacts/screenshots/.

import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';

import { choose, screenshot, startApp, tempDir } from './harness.mjs';

const owner = { store: 'Juniper & Pine', name: 'Olivia Owner', email: 'olivia@juniper.example', password: 'owner-pass-1' };
const rep = { name: 'Riley Rep', email: 'riley@juniper.example', password: 'riley-pass-1' };
// Markup in what people type must show as typed, never run or render.
const subject = 'Vase arrived broken <b>twice</b>';
const customerMessage = 'The glass vase was in pieces <script>window.pwned = 1</script>';
const reply = 'So sorry, Dana: a new vase goes out today by express.';
const note = 'Courier claim opened, ref PN-88 <img src=x onerror="window.pwned=2">';

async function signIn(page, who) {
  await page.getByTestId('signin').waitFor();
  await page.getByTestId('signin-person').filter({ hasText: who.name }).click();
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('inbox').waitFor();
  await page.getByTestId('me').filter({ hasText: who.name }).waitFor();
}

/** Waits until the toast with this text shows. */
const toast = (page, text) => page.getByTestId('toast').filter({ hasText: text }).first().waitFor();

test('a first day: set up, add a rep, work a ticket, and find it all again after a restart', { timeout: 240_000 }, async (t) => {
  const dataPath = path.join(tempDir(), 'shop.db');
  let app = await startApp({ dataPath });
  let ticketId;
  try {
    const { page } = app;

    // First run: the setup form, with Go's message beside the field it is about.
    await page.getByTestId('setup').waitFor();
    await page.getByLabel('Store name').fill(owner.store);
    await page.getByLabel('Your name').fill(owner.name);
    await page.getByLabel('Email').fill('olivia-at-juniper');
    await page.getByLabel('Password', { exact: true }).fill(owner.password);
    await page.getByLabel('Confirm password').fill(owner.password);
    await page.getByRole('button', { name: 'Open my help desk' }).click();
    await page.locator('#setup-email-error').filter({ hasText: 'is not an email address' }).waitFor();
    assert.equal(await page.getByLabel('Store name').inputValue(), owner.store, 'nothing typed is lost on an error');
    await screenshot(page, 'story-01-setup-error');
    await page.getByLabel('Email').fill(owner.email);
    await page.getByRole('button', { name: 'Open my help desk' }).click();

    // The owner's empty desk.
    await page.getByTestId('inbox').waitFor();
    await page.getByTestId('store-name').filter({ hasText: owner.store }).waitFor();
    await page.getByTestId('empty').waitFor();
    await screenshot(page, 'story-02-empty-inbox');

    // Add a rep.
    await page.getByTestId('nav-people').click();
    await page.getByTestId('add-person').click();
    const dlg = page.getByTestId('add-person-dialog');
    await dlg.getByLabel('Name').fill(rep.name);
    await dlg.getByLabel('Email').fill(rep.email);
    await dlg.getByLabel('First password').fill(rep.password);
    await dlg.getByTestId('add-person-submit').click();
    await page.getByTestId('person-row').filter({ hasText: rep.name }).waitFor();
    await toast(page, `${rep.name} can now sign in`);
    await screenshot(page, 'story-03-people');

    // Sign out; the rep signs in.
    await page.getByTestId('sign-out').click();
    await page.getByTestId('signin').waitFor();
    await screenshot(page, 'story-04-signin');
    await signIn(page, rep);
    assert.equal(await page.getByTestId('nav-people').count(), 0, 'a rep has no People screen');
    assert.equal(await page.getByTestId('nav-settings').count(), 0, 'a rep has no Settings screen');

    // A phone call from a new customer becomes a ticket.
    await page.getByTestId('new-ticket').click();
    const nt = page.getByTestId('new-ticket-dialog');
    await nt.getByLabel('Subject').fill(subject);
    await nt.getByLabel('Customer email').fill('dana.fox@example.com');
    await nt.getByLabel('Customer name').fill('Dana Fox');
    await choose(page, nt.getByLabel('Channel'), 'phone');
    await choose(page, nt.getByLabel('Category'), 'complaint');
    await choose(page, nt.getByLabel('Priority'), 'high');
    await nt.getByLabel('Order number').fill('SD-4417');
    await nt.getByLabel('Tags').fill('damaged');
    await nt.getByLabel('Tags').press('Enter');
    await nt.getByLabel("Customer's message").fill(customerMessage);
    await screenshot(page, 'story-05-new-ticket');
    await nt.getByTestId('create-ticket').click();

    await page.getByTestId('ticket-view').waitFor();
    await page.getByTestId('message').first().waitFor();
    ticketId = Number((await page.evaluate(() => location.hash)).split('/').pop());
    assert.ok(ticketId > 0, 'the new ticket opened');
    assert.equal(await page.getByTestId('ticket-subject').textContent(), subject, 'the subject shows literally');
    assert.equal(await page.getByTestId('message-body').first().textContent(), customerMessage);
    await page.getByTestId('customer-card').filter({ hasText: 'Dana Fox' }).waitFor();

    // Reply (R), then an internal note (N).
    await page.keyboard.press('r');
    await page.getByTestId('composer-text').fill(reply);
    // A new install sends to the test inbox, and the rep is told so too.
    await page.getByTestId('compose-hint').filter({ hasText: 'Test mode: the email goes to the test inbox' }).waitFor();
    await page.getByTestId('send').click();
    await page.locator('[data-testid="message"][data-kind="reply"]').filter({ hasText: reply }).waitFor();
    await toast(page, 'Reply queued');
    await page.keyboard.press('n');
    await page.getByTestId('composer-text').fill(note);
    await page.getByTestId('send').click();
    await page.locator('[data-testid="message"][data-kind="note"]').filter({ hasText: 'Courier claim opened' }).waitFor();
    await toast(page, 'Note added');

    // The rep who logged it has it (the shop's default); resolve it (E).
    const me = await page.evaluate(() => window.go.app.Session.State().then((s) => s.current.id));
    assert.equal(await page.getByTestId('ticket-assignee').getAttribute('data-value'), String(me));
    await screenshot(page, 'story-06-ticket');
    await page.keyboard.press('e');
    // A complaint carries the complaint playbook, its required steps not
    // ticked: resolving asks why, and the reason lets it through.
    const why = page.getByTestId('close-why-dialog');
    await why.getByTestId('close-why-reason').fill('Replacement sent by express; the courier claim covers the broken one.');
    assert.ok((await why.getByTestId('close-why-step').count()) > 0, 'the unticked required steps are listed');
    await why.getByTestId('close-why-submit').click();
    await toast(page, 'Ticket resolved');
    assert.equal(await page.getByTestId('ticket-status').getAttribute('data-value'), 'resolved');
    assert.equal(await page.evaluate(() => window.pwned), undefined, 'no typed script ran');
    assert.equal(await page.locator('[data-testid="conversation"] img, [data-testid="conversation"] script').count(), 0);

    // Find it by search, from the inbox.
    await page.getByTestId('back').click();
    await page.getByTestId('nav-all').click();
    await page.getByTestId('search').fill('vase');
    await page.getByTestId('search-banner').filter({ hasText: 'newest first' }).waitFor();
    const row = page.locator(`[data-testid="ticket-row"][data-ticket-id="${ticketId}"]`);
    await row.waitFor();
    await screenshot(page, 'story-07-search');
    assert.equal(await page.getByTestId('ticket-row').count(), 1);
    await row.click();
    await page.getByTestId('ticket-view').waitFor();
  } catch (err) {
    await screenshot(app.page, 'story-failed').catch(() => {});
    throw err;
  } finally {
    const r = await app.stop();
    assert.deepEqual(r, { code: 0, signal: null }, `Shopdesk quits cleanly\n${app.logs().slice(-2000)}`);
  }

  // Start again on the same data file: everything is still there.
  app = await startApp({ dataPath });
  try {
    const { page } = app;
    await signIn(page, rep);
    await page.getByTestId('nav-resolved').click();
    const row = page.locator(`[data-testid="ticket-row"][data-ticket-id="${ticketId}"]`);
    await row.waitFor();
    await page.getByTestId('count-resolved').filter({ hasText: '1' }).waitFor();
    await screenshot(page, 'story-08-after-restart');
    await row.click();
    await page.getByTestId('ticket-view').waitFor();
    await page.getByTestId('message').nth(2).waitFor();
    const kinds = await page.getByTestId('message').evaluateAll((els) => els.map((e) => e.dataset.kind));
    assert.deepEqual(kinds, ['customer', 'reply', 'note']);
    assert.equal(await page.getByTestId('ticket-subject').textContent(), subject);
    assert.equal(await page.getByTestId('ticket-status').getAttribute('data-value'), 'resolved');
    assert.equal(await page.getByTestId('ticket-priority').getAttribute('data-value'), 'high');
    assert.equal(await page.getByTestId('ticket-channel').getAttribute('data-value'), 'phone');
    await page.getByTestId('customer-card').filter({ hasText: 'Dana Fox' }).waitFor();
    const assignee = page.getByTestId('ticket-assignee');
    assert.match(await assignee.textContent(), /Riley Rep/);
    await screenshot(page, 'story-09-ticket-after-restart');
    t.diagnostic(`ticket ${ticketId} kept its conversation, status and assignee across a restart`);
  } catch (err) {
    await screenshot(app.page, 'story-failed-after-restart').catch(() => {});
    throw err;
  } finally {
    await app.stop();
  }
});

test('a change saved by someone else first is shown, never overwritten', { timeout: 120_000 }, async () => {
  const app = await startApp();
  try {
    const { page } = app;
    // Set the shop up and open a ticket through the API, as another window would.
    const id = await page.evaluate(async (o) => {
      await window.go.app.Session.Setup({ storeName: o.store, name: o.name, email: o.email, password: o.password });
      const t = await window.go.app.Tickets.Create({
        subject: 'Where is my parcel?',
        customerEmail: 'sam.lee@example.com',
        message: 'It has been ten days.',
      });
      return t.id;
    }, owner);
    await page.reload();
    await page.getByTestId('inbox').waitFor();
    await page.evaluate((id) => (location.hash = `#/tickets/${id}`), id);
    await page.getByTestId('ticket-view').waitFor();
    await page.getByTestId('message').first().waitFor();

    // Meanwhile, someone else raises the priority.
    await page.evaluate(async (id) => {
      const d = await window.go.app.Tickets.Get(id);
      await window.go.app.Tickets.Update(id, d.ticket.version, { priority: 'urgent' });
    }, id);

    // This window still shows the old version; its change is refused and the ticket reloads.
    await choose(page, page.getByTestId('ticket-status'), 'escalated');
    await page.getByTestId('change-error').filter({ hasText: 'changed this ticket while you were editing' }).waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid="ticket-priority"]')?.dataset.value === 'urgent');
    assert.equal(await page.getByTestId('ticket-status').getAttribute('data-value'), 'new', 'the refused change is not shown as saved');
    await screenshot(page, 'story-10-conflict');

    // Made again on the fresh version, it is saved.
    await choose(page, page.getByTestId('ticket-status'), 'escalated');
    await toast(page, 'Status: Escalated');
    const saved = await page.evaluate((id) => window.go.app.Tickets.Get(id), id);
    assert.equal(saved.ticket.status, 'escalated');
    assert.equal(saved.ticket.priority, 'urgent', "the other person's change is kept");
  } finally {
    await app.stop();
  }
});

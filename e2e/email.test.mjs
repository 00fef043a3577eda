// Customer email through the real window and the real Go backend: the
// owner sets the shop up, writes a template that asks for a tracking
// number (a misspelt placeholder is refused with its place named), replies
// to a ticket with it, and reads the email in the built-in test inbox.
// Then a feedback request goes to the customer of the resolved ticket,
// with a survey link and a discount code, and its progress reaches "all
// sent". Screenshots of each email screen go to artifacts/screenshots/.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { choose, screenshot, setUpShop, startApp } from './harness.mjs';

const owner = { store: 'Juniper & Pine', name: 'Olivia Owner', email: 'olivia@juniper.example', password: 'owner-pass-1' };
const customer = { name: 'Dana Fox', email: 'dana.fox@example.com' };
const tracking = '1Z999AA10123456784';
const survey = 'https://juniper.example/survey?t=42';
const discount = 'THANKS-10';

const templateName = 'Parcel on its way';
const misspelt = 'Hi [Custmer Name],\n\nYour parcel is on its way: the tracking number is [Tracking Number].\n\n[Your Name]\n[Store Name]';
const spelt = misspelt.replace('[Custmer Name]', '[Customer Name]');

/** Waits until the toast with this text shows. */
const toast = (page, text) => page.getByTestId('toast').filter({ hasText: text }).first().waitFor();

test('a reply from a template reaches the test inbox, and a feedback request is sent to all', { timeout: 240_000 }, async () => {
  const app = await startApp();
  const { page } = app;
  try {
    // First run: set the shop up.
    await setUpShop(page, owner);

    // A customer writes in (through the API, as the mail intake would):
    // Go's tickets:changed event brings it to the list and the counts at
    // once, long before the minute's safety poll.
    // The owner logged it, so it is the owner's (the shop's default).
    await page.getByTestId('nav-mine').click();
    await page.getByTestId('empty').waitFor();
    const ticketId = await page.evaluate(
      (c) =>
        window.go.app.Tickets.Create({
          subject: 'Where is my parcel?',
          customerName: c.name,
          customerEmail: c.email,
          message: 'I ordered a vase ten days ago. Any news?',
        }).then((t) => t.id),
      customer,
    );
    await page.locator(`[data-testid="ticket-row"][data-ticket-id="${ticketId}"]`).waitFor({ timeout: 10_000 });
    await page.getByTestId('count-mine').filter({ hasText: '1' }).waitFor({ timeout: 10_000 });

    // A new mail install is in test mode: every screen says so.
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('mail-settings').waitFor();
    assert.equal(await page.getByTestId('mail-test-mode').isChecked(), true, 'test mode is on at first');
    await page.getByTestId('password-store').waitFor();
    await page.getByTestId('mail-settings').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'email-01-mail-settings');

    // A template that asks for the tracking number; a misspelt placeholder is refused with its place.
    await page.getByTestId('nav-templates').click();
    await page.getByTestId('template-editor').waitFor();
    await page.getByTestId('new-template').click();
    await page.getByTestId('template-name').fill(templateName);
    await choose(page, page.getByTestId('template-category'), 'shipping_delay');
    await page.getByTestId('template-body').fill(misspelt);
    await page.getByTestId('save-template').click();
    const refusal = page.getByTestId('template-body-error');
    await refusal.waitFor();
    assert.match(
      await refusal.textContent(),
      /Body line 1, column 4: unknown placeholder \[Custmer Name\]: did you mean \[Customer Name\]\?/,
      'the refusal names the line, the column and the placeholder',
    );
    assert.equal(await page.getByTestId('template-body').inputValue(), misspelt, 'nothing typed is lost');
    await screenshot(page, 'email-02-template-refused');
    await page.getByTestId('template-fix').click();
    assert.equal(await page.getByTestId('template-body').inputValue(), spelt, 'the suggested placeholder took its place');
    await page.getByTestId('save-template').click();
    await toast(page, 'Template created');
    await page.getByTestId('template-row').filter({ hasText: templateName }).waitFor();
    await page.getByTestId('template-preview').getByTestId('preview-html').waitFor();
    await screenshot(page, 'email-03-templates');

    // The preview follows the typing, unsaved, filled with the sample customer.
    const live = page.getByTestId('template-preview');
    await live.getByRole('tab', { name: 'Plain text' }).click();
    await live.getByTestId('preview-text').filter({ hasText: 'Hi Zoë Adams,' }).waitFor();
    await page.getByTestId('template-body').fill(`${spelt}\n\nP.S. [First Name], thank you for waiting.`);
    await live.getByTestId('preview-text').filter({ hasText: 'P.S. Zoë, thank you for waiting.' }).waitFor({ timeout: 5_000 });
    assert.equal(await page.getByTestId('save-template').isDisabled(), false, 'the change is not saved yet');
    await live.getByRole('tab', { name: 'HTML' }).click();
    await live.getByTestId('preview-html').waitFor();
    await screenshot(page, 'email-03b-template-live-preview');
    // Back to the saved text: nothing is left unsaved.
    await page.getByTestId('template-body').fill(spelt);
    await live.getByRole('tab', { name: 'Plain text' }).click();
    await page.waitForFunction(() => {
      const text = document.querySelector('[data-testid="template-preview"] [data-testid="preview-text"]')?.textContent;
      return text?.includes('Hi Zoë Adams,') && !text.includes('P.S.');
    });
    assert.equal(await page.getByTestId('save-template').isDisabled(), true, 'the saved text is back');

    // Reply with it (T), fill in the tracking number, send.
    await page.evaluate((id) => (location.hash = `#/tickets/${id}`), ticketId);
    await page.getByTestId('ticket-view').waitFor();
    await page.getByTestId('message').first().waitFor();
    await page.keyboard.press('t');
    await page.getByTestId('template-picker').waitFor();
    await page.getByTestId('template-search').fill('parcel');
    await page.getByTestId('template-option').filter({ hasText: templateName }).click();
    await page.getByTestId('compose-fill').waitFor();
    const text = page.getByTestId('composer-text');
    await page.waitForFunction(() => document.querySelector('[data-testid="composer-text"]')?.value.includes('Hi Dana Fox,'));
    assert.match(await text.inputValue(), /\[Tracking Number\]/, 'the unfilled placeholder stays in the text');
    await page.getByTestId('compose-hint').filter({ hasText: 'Fill in [Tracking Number] to send' }).waitFor();
    assert.equal(await page.getByTestId('send').isDisabled(), true, 'no sending while a placeholder is unfilled');
    await screenshot(page, 'email-04-reply-template');
    await page.getByTestId('ask-tracking-number').fill(tracking);
    await page.waitForFunction((t) => document.querySelector('[data-testid="composer-text"]')?.value.includes(t), tracking);
    assert.doesNotMatch(await text.inputValue(), /\[Tracking Number\]/);
    await page.getByTestId('send').click();
    await toast(page, 'Reply queued');
    const reply = page.locator('[data-testid="message"][data-kind="reply"]').filter({ hasText: tracking });
    await reply.waitFor();
    await page.locator('[data-testid="email-status"][data-state="sent"]').waitFor();
    await screenshot(page, 'email-05-reply-sent');

    // The customer's copy, in the test inbox.
    await page.getByTestId('nav-test-inbox').click();
    await page.getByTestId('inbox-reader').waitFor();
    const subject = await page.getByTestId('inbox-subject').textContent();
    assert.match(subject, /\[#1001\]/, 'the subject carries the ticket number');
    assert.match(subject, /Where is my parcel\?/);
    await page.getByTestId('inbox-html').waitFor();
    assert.equal(await page.getByTestId('inbox-html').getAttribute('sandbox'), '', 'the HTML is shown sandboxed');
    await screenshot(page, 'email-06-test-inbox-html');
    await page.getByTestId('inbox-tab-text').click();
    const plain = await page.getByTestId('inbox-text').textContent();
    assert.match(plain, new RegExp(tracking), 'the plain text has the tracking number');
    assert.match(plain, /Hi Dana Fox,/);
    await screenshot(page, 'email-07-test-inbox-text');

    // Resolve the ticket (E), then ask its customer for feedback.
    await page.evaluate((id) => (location.hash = `#/tickets/${id}`), ticketId);
    await page.getByTestId('ticket-view').waitFor();
    await page.getByTestId('message').first().waitFor();
    await page.keyboard.press('e');
    await toast(page, 'Ticket resolved');

    await page.getByTestId('nav-feedback').click();
    await page.getByTestId('feedback-candidate').filter({ hasText: customer.email }).waitFor();
    assert.equal(await page.getByTestId('feedback-candidate').count(), 1);
    await page.getByTestId('feedback-ask-survey-link').fill(survey);
    await page.getByTestId('feedback-ask-discount-code').fill(discount);
    await page.getByTestId('feedback-preview-tab-text').click();
    await page.getByTestId('feedback-preview-text').filter({ hasText: discount }).waitFor();
    const preview = await page.getByTestId('feedback-preview-text').textContent();
    assert.match(preview, /Dear Dana Fox,/, 'the preview is personalised');
    assert.ok(preview.includes(survey), 'the preview has the survey link');
    await screenshot(page, 'email-08-feedback-new');
    await page.getByRole('button', { name: 'Send to 1 customer' }).click();
    await page.getByTestId('batch').waitFor();
    await page.getByTestId('batch-all-sent').waitFor();
    const bar = page.getByTestId('batch').getByTestId('batch-progress');
    assert.equal(await bar.getAttribute('data-sent'), '1');
    assert.equal(await bar.getAttribute('data-total'), '1');
    assert.equal(await page.getByTestId('batch-state').textContent(), 'Finished');
    await screenshot(page, 'email-09-feedback-progress');

    // Both emails went out; nothing needs the owner.
    await page.getByTestId('nav-outbox').click();
    await page.locator('[data-testid="outbox-row"][data-state="sent"]').nth(1).waitFor();
    assert.equal(await page.getByTestId('outbox-row').count(), 2);
    assert.equal(await page.getByTestId('count-outbox').textContent(), '');
    await page.getByTestId('test-mode-banner').waitFor();
    await screenshot(page, 'email-10-outbox');

    await page.getByTestId('nav-test-inbox').click();
    await page.getByTestId('inbox-item').nth(1).waitFor();
    await page.getByTestId('inbox-item').first().click();
    await page.getByTestId('inbox-tab-text').click();
    const feedback = await page.getByTestId('inbox-text').textContent();
    assert.ok(feedback.includes(survey) && feedback.includes(discount), 'the feedback email has both values');

    assert.deepEqual(app.pageErrors, [], 'no uncaught error in the page');
  } catch (err) {
    await screenshot(page, 'email-failed').catch(() => {});
    throw err;
  } finally {
    const r = await app.stop();
    assert.deepEqual(r, { code: 0, signal: null }, `Shopdesk quits cleanly\n${app.logs().slice(-2000)}`);
  }
});

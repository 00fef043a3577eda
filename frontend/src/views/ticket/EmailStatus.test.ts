import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { OutboxMessage } from '../../lib/mail-types';
import EmailStatus from './EmailStatus.svelte';

afterEach(cleanup);

const zero = '0001-01-01T00:00:00Z';
const email = (more: Partial<OutboxMessage>): OutboxMessage => ({
  id: 1,
  ticketId: 1,
  batchId: 0,
  replyId: 0,
  to: 'ann@example.com',
  toName: 'Ann',
  subject: 'Re: parcel [#1001]',
  text: 'Hi',
  html: '',
  messageId: '',
  inReplyTo: '',
  references: [],
  state: 'queued',
  attempts: 0,
  nextAttemptAt: zero,
  lastError: '',
  lastHint: '',
  createdAt: zero,
  updatedAt: zero,
  sentAt: zero,
  attemptedAt: zero,
  route: '',
  ...more,
});

describe('EmailStatus', () => {
  it("shows a refusal in the server's words, as text", () => {
    const lastError = 'sending to ann@example.com: the server refused the recipient (550 <b>no such user</b>)';
    const { container } = render(EmailStatus, { email: email({ state: 'failed', lastError, lastHint: 'Check the address' }) });
    const line = screen.getByTestId('email-status');
    expect(line.dataset.state).toBe('failed');
    expect(line.textContent).toContain('Email not sent');
    expect(line.textContent).toContain('Sending to ann@example.com: the server refused the recipient (550 <b>no such user</b>). Check the address');
    expect(container.querySelector('b')).toBeNull();
  });
  it('says a sent email went to whom', () => {
    render(EmailStatus, { email: email({ state: 'sent', sentAt: '2025-03-10T12:00:00Z' }) });
    expect(screen.getByTestId('email-status').textContent).toContain('Emailed to ann@example.com');
  });
});

import { describe, expect, it } from 'vitest';
import { categoryLabel } from './labels';
import { emailStatus, isZeroTime, outboxStateLabel, outboxStates, templateCategories, templateCategoryLabel } from './mail-labels';
import type { OutboxMessage, OutboxState } from './mail-types';
import { hashOf, parseRoute, type Route } from './route';

const now = new Date('2025-03-10T12:00:00Z');
const zero = '0001-01-01T00:00:00Z';

function email(state: OutboxState, more: Partial<OutboxMessage> = {}): OutboxMessage {
  return {
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
    state,
    attempts: 0,
    nextAttemptAt: zero,
    lastError: '',
    lastHint: '',
    createdAt: '2025-03-10T11:00:00Z',
    updatedAt: '2025-03-10T11:00:00Z',
    sentAt: zero,
  attemptedAt: zero,
  route: '',
    ...more,
  };
}

describe('isZeroTime', () => {
  it("knows Go's zero time", () => {
    expect(isZeroTime(zero)).toBe(true);
    expect(isZeroTime('')).toBe(true);
    expect(isZeroTime('2025-03-10T11:00:00Z')).toBe(false);
  });
});

describe('emailStatus', () => {
  it('says every state in words', () => {
    for (const s of outboxStates) expect(emailStatus(email(s), now).label).not.toBe('');
    expect(outboxStateLabel.uncertain).toBe('May have been sent');
  });
  it('says when a retry comes, and why', () => {
    const s = emailStatus(
      email('retry', {
        nextAttemptAt: '2025-03-10T12:02:00Z',
        lastError: 'sending to ann@example.com: the server is busy (451 try later)',
        lastHint: 'Shopdesk tries again by itself',
      }),
      now,
    );
    expect(s).toEqual({
      tone: 'warn',
      label: 'Not sent yet, trying again in 2m',
      detail: 'sending to ann@example.com: the server is busy (451 try later). Shopdesk tries again by itself',
    });
  });
  it("gives a refused email the server's words", () => {
    const s = emailStatus(email('failed', { lastError: 'the server refused the recipient (550 5.1.1 user unknown)' }), now);
    expect(s.tone).toBe('bad');
    expect(s.detail).toContain('550 5.1.1 user unknown');
  });
  it('tells to check with the customer when it may have been sent', () => {
    expect(emailStatus(email('uncertain'), now).detail).toMatch(/check with the customer/);
  });
});

describe('email routes', () => {
  const routes: Route[] = [
    { name: 'templates' },
    { name: 'templates', id: 4 },
    { name: 'outbox' },
    { name: 'outbox', state: 'uncertain' },
    { name: 'test-inbox' },
    { name: 'feedback' },
    { name: 'feedback', batch: 3 },
  ];
  it.each(routes)('%o survives the URL', (r) => {
    expect(parseRoute(hashOf(r))).toEqual(r);
  });
  it('ignores an unknown outbox state', () => {
    expect(parseRoute('#/outbox/lost')).toEqual({ name: 'outbox' });
  });
});

describe('template categories', () => {
  it('names exactly the template categories, ticket ones as tickets do', () => {
    expect(Object.keys(templateCategoryLabel).sort()).toEqual([...templateCategories].sort());
    expect(templateCategoryLabel.shipping_delay).toBe(categoryLabel.shipping_delay);
    expect(templateCategoryLabel.return_refund).toBe('Return or refund');
  });
});

describe('emailStatus and where the mail really went', () => {
  it('never says "Emailed" for a message that reached only the test inbox', () => {
    const s = emailStatus(email('sent', { route: 'test-inbox', to: 'aaron@example.com' }), now);
    expect(s.label).toBe('In the test inbox — not sent to the customer');
    expect(s.label).not.toMatch(/Emailed|Sent/);
    expect(emailStatus(email('sent', { route: 'server', to: 'aaron@example.com' }), now).label).toBe('Emailed to aaron@example.com');
  });

  it('says a waiting reply waits because sending is paused, and why', () => {
    const paused = { error: 'sending: the server refused the username or password (535 5.7.8 bad credentials)', hint: 'Check the password.', until: zero };
    for (const st of ['queued', 'retry'] as const) {
      expect(emailStatus(email(st), now, paused).label).toBe('Waiting: the mail server refused the username or password');
    }
    expect(emailStatus(email('queued'), now, null).label).toBe('Email queued');
  });
});

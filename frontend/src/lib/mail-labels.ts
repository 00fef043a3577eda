// Names people read for the email side's values, and how an email's state
// is said on a ticket and in the outbox.

import { categoryLabel } from './labels';
import { span } from './time';
import type { BatchState, Blocked, OutboxMessage, OutboxState, PlaceholderSource, Security, TemplateCategory, TemplateChannel } from './mail-types';

/** Template categories in the order Go lists them. */
export const templateCategories: TemplateCategory[] = [
  'feedback',
  'shipping_delay',
  'incorrect_item',
  'item_missing',
  'cancellation',
  'out_of_stock',
  'complaint',
  'return_refund',
  'escalation',
  'social',
  'general',
];

/** Ticket categories that templates share, named as tickets name them. */
const { product_question: _q, other: _o, ...ticketCategoryLabel } = categoryLabel;

export const templateCategoryLabel: Record<TemplateCategory, string> = {
  feedback: 'Feedback',
  ...ticketCategoryLabel,
  escalation: 'Escalation',
  social: 'Social media',
  general: 'General',
};

export const channelLabel: Record<TemplateChannel, string> = {
  email: 'Email to the customer',
  clipboard: 'Copy for social media',
};

export const securityLabel: Record<Security, string> = {
  starttls: 'STARTTLS (required)',
  tls: 'TLS from the start (implicit)',
  none: 'None',
};

export const sourceLabel: Record<PlaceholderSource, string> = {
  customer: 'From the customer',
  ticket: 'From the ticket',
  shop: 'From the shop',
  agent: 'From you',
  ask: 'Typed in when sending',
};

/** Outbox states in the order the tabs show them. */
export const outboxStates: OutboxState[] = ['queued', 'sending', 'retry', 'sent', 'failed', 'uncertain'];

export const outboxStateLabel: Record<OutboxState, string> = {
  queued: 'Queued',
  sending: 'Sending',
  sent: 'Sent',
  retry: 'Retrying',
  failed: 'Failed',
  uncertain: 'May have been sent',
};

export const batchStateLabel: Record<BatchState, string> = {
  running: 'Sending',
  paused: 'Paused',
  done: 'Finished',
};

/** isZeroTime tells Go's zero time ("0001-01-01T00:00:00Z") and empty or bad times. */
export function isZeroTime(iso: string): boolean {
  const at = Date.parse(iso);
  return !iso || Number.isNaN(at) || new Date(at).getUTCFullYear() < 1971;
}

export type Tone = 'waiting' | 'ok' | 'warn' | 'bad';

export interface EmailStatus {
  tone: Tone;
  /** A few words: "Emailed", "Retrying in 2m". */
  label: string;
  /** The server's reason and what to do, or "". */
  detail: string;
}

/** The words for a message that reached only the built-in test inbox. */
export const inTestInbox = 'In the test inbox — not sent to the customer';

/**
 * emailStatus says where an email is, for the line under a reply. paused
 * is why all sending is paused (Mail.Status), if it is: a waiting email
 * says so rather than "queued".
 */
export function emailStatus(m: OutboxMessage, now: Date = new Date(), paused: Blocked | null = null): EmailStatus {
  const why = [m.lastError, m.lastHint].filter(Boolean).join('. ');
  if (paused?.error && (m.state === 'queued' || m.state === 'retry')) {
    return { tone: 'warn', label: `Waiting: ${pauseReason(paused.error)}`, detail: paused.hint };
  }
  switch (m.state) {
    case 'queued':
      return { tone: 'waiting', label: 'Email queued', detail: '' };
    case 'sending':
      return { tone: 'waiting', label: 'Sending email…', detail: '' };
    case 'sent':
      if (m.route === 'test-inbox') return { tone: 'warn', label: inTestInbox, detail: '' };
      return { tone: 'ok', label: `Emailed to ${m.to}`, detail: '' };
    case 'retry': {
      const left = Date.parse(m.nextAttemptAt) - now.getTime();
      const when = isZeroTime(m.nextAttemptAt) || left <= 0 ? 'soon' : `in ${span(left)}`;
      return { tone: 'warn', label: `Not sent yet, trying again ${when}`, detail: why };
    }
    case 'failed':
      return { tone: 'bad', label: 'Email not sent', detail: why };
    case 'uncertain':
      return {
        tone: 'warn',
        label: 'Email may have been sent',
        detail: why || 'The connection broke after the message went out: check with the customer before sending it again.',
      };
  }
}

/**
 * pauseReason turns Go's "sending: the server refused
 * the username or password (535 …)" into "the mail server refused the
 * username or password": the cause, without the address and the code.
 */
export function pauseReason(error: string): string {
  let r = error.replace(/^[^:]*:\s*/, '').replace(/\s*\([^)]*\)\s*$/, '');
  r = r.replace(/^the server\b/i, 'the mail server');
  return r || error;
}

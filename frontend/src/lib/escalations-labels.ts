// Names people read for the escalation values Go uses, in Go's order.

import type { Reason, Step } from './escalations-types';

export const reasons: Reason[] = ['fraud', 'repeated_complaint', 'vip', 'refund_above_limit', 'other'];

export const reasonLabel: Record<Reason, string> = {
  fraud: 'Fraud',
  repeated_complaint: 'Repeated complaint',
  vip: 'VIP customer',
  refund_above_limit: 'Refund above the limit',
  other: 'Other',
};

/** One line under each reason in the Escalate dialog. */
export const reasonHint: Record<Reason, string> = {
  fraud: 'A suspicious order, payment or claim.',
  repeated_complaint: 'The customer has raised this before and it is still not solved.',
  vip: 'A customer the shop looks after in person.',
  refund_above_limit: 'The refund is more than a rep may give.',
  other: 'Say in a few words why.',
};

/** The seed's names for the five steps. */
export const stepNames: Record<Step, string> = {
  1: 'Identify issue',
  2: 'Notify manager',
  3: 'Investigate issue',
  4: 'Communicate with customer',
  5: 'Close case',
};

export const steps: Step[] = [1, 2, 3, 4, 5];

// Names people read for the returns values Go uses, in the order Go lists
// them (backend/returns: Reasons, Wishes, Conditions, Methods, Tabs).

import type { ActionKind, Condition, Method, Reason, ReturnState, Tab, Wish } from './returns-types';

export const reasons: Reason[] = ['wrong_size', 'damaged', 'incorrect_item', 'not_as_described', 'changed_mind', 'arrived_late', 'other'];
export const wishes: Wish[] = ['refund', 'exchange', 'store_credit'];
export const conditions: Exclude<Condition, ''>[] = ['as_new', 'opened', 'used', 'damaged', 'wrong_item'];
export const methods: Method[] = ['original_payment', 'store_credit', 'other'];
export const tabs: Tab[] = ['approval', 'waiting', 'inspect', 'refund', 'done'];

export const reasonLabel: Record<Reason, string> = {
  wrong_size: 'Wrong size',
  damaged: 'Damaged',
  incorrect_item: 'Incorrect item',
  not_as_described: 'Not as described',
  changed_mind: 'Changed mind',
  arrived_late: 'Arrived late',
  other: 'Other',
};

export const wishLabel: Record<Wish, string> = {
  refund: 'Refund',
  exchange: 'Exchange',
  store_credit: 'Store credit',
};

export const conditionLabel: Record<Condition, string> = {
  '': 'Not back yet',
  as_new: 'As new',
  opened: 'Opened',
  used: 'Used',
  damaged: 'Damaged',
  wrong_item: 'Wrong item sent back',
};

export const methodLabel: Record<Method, string> = {
  original_payment: 'Original payment',
  store_credit: 'Store credit',
  other: 'Other',
};

export const stateLabel: Record<ReturnState, string> = {
  requested: 'Requested',
  approved: 'Approved',
  rejected: 'Rejected',
  received: 'Received',
  inspected: 'Inspected',
  refunded: 'Refunded',
  exchanged: 'Exchanged',
  credited: 'Credited',
  closed: 'Closed',
  cancelled: 'Cancelled',
};

/** The pill colours of a state, as token pairs (text, fill). */
export const stateTone: Record<ReturnState, string> = {
  requested: 'new',
  approved: 'pending',
  rejected: 'closed',
  received: 'escalated',
  inspected: 'escalated',
  refunded: 'open',
  exchanged: 'open',
  credited: 'open',
  closed: 'resolved',
  cancelled: 'closed',
};

export const tabLabel: Record<Tab, string> = {
  approval: 'Needs approval',
  waiting: 'Waiting for the item',
  inspect: 'To inspect',
  refund: 'To refund',
  done: 'Done',
};

export const tabEmpty: Record<Tab, string> = {
  approval: 'No request waits for a decision.',
  waiting: 'No approved return is on its way back.',
  inspect: 'Nothing has come back to inspect.',
  refund: 'Nothing is waiting for its refund, exchange or credit.',
  done: 'No return has been finished yet.',
};

/** The button for each transition. */
export const actionLabel: Record<ActionKind, string> = {
  approve: 'Approve',
  reject: 'Reject',
  receive: 'Item received',
  inspect: 'Inspected',
  refund: 'Record refund',
  exchange: 'Exchange shipped',
  credit: 'Give store credit',
  close: 'Close',
  cancel: 'Cancel request',
};

/** What a timeline line says for an event's kind. */
export const eventLabel: Record<string, string> = {
  created: 'Request opened',
  edited: 'Details changed',
  email: 'Email sent',
  approve: 'Approved',
  reject: 'Rejected',
  receive: 'Item received',
  inspect: 'Inspected',
  refund: 'Refund recorded',
  exchange: 'Exchange shipped',
  credit: 'Store credit given',
  close: 'Closed',
  cancel: 'Cancelled',
};

/** returnNumber is how people see a request: "R-1001". */
export function returnNumber(n: number): string {
  return `R-${n}`;
}

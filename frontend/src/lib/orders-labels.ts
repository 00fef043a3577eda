// Names people read for the orders values Go uses, in the order Go lists them.

import type { Format, Fulfilment, Payment, ReturnState } from './orders-types';

export const payments: Payment[] = ['pending', 'authorized', 'partially_paid', 'paid', 'partially_refunded', 'refunded', 'voided'];
export const fulfilments: Fulfilment[] = ['unfulfilled', 'partial', 'fulfilled', 'delivered', 'cancelled'];

export const paymentLabel: Record<Payment, string> = {
  pending: 'Payment pending',
  authorized: 'Authorized',
  partially_paid: 'Partially paid',
  paid: 'Paid',
  partially_refunded: 'Partially refunded',
  refunded: 'Refunded',
  voided: 'Voided',
};

export const fulfilmentLabel: Record<Fulfilment, string> = {
  unfulfilled: 'Unfulfilled',
  partial: 'Partially fulfilled',
  fulfilled: 'Fulfilled',
  delivered: 'Delivered',
  cancelled: 'Cancelled',
};

/** A status token pair for a pill: [text colour, fill]. */
type Tone = [string, string];
const tone = (name: string): Tone => [`var(--c-status-${name})`, `var(--c-status-${name}-bg)`];

export const paymentTone: Record<Payment, Tone> = {
  pending: tone('pending'),
  authorized: tone('new'),
  partially_paid: tone('pending'),
  paid: ['var(--c-success)', 'var(--c-success-soft)'],
  partially_refunded: tone('escalated'),
  refunded: tone('closed'),
  voided: tone('closed'),
};

export const fulfilmentTone: Record<Fulfilment, Tone> = {
  unfulfilled: tone('open'),
  partial: tone('pending'),
  fulfilled: tone('new'),
  delivered: ['var(--c-success)', 'var(--c-success-soft)'],
  cancelled: tone('closed'),
};

export const formatLabel: Record<Format, string> = {
  auto: 'Find out from the header',
  shopify: 'Shopify orders export',
  woocommerce: 'WooCommerce order export',
  csv: 'Plain CSV (Shopdesk’s columns)',
};

export const returnStateLabel: Record<ReturnState, string> = {
  requested: 'Requested',
  approved: 'Approved',
  rejected: 'Rejected',
  received: 'Item received',
  inspected: 'Inspected',
  refunded: 'Refunded',
  exchanged: 'Exchanged',
  credited: 'Store credit given',
  closed: 'Closed',
  cancelled: 'Cancelled',
};

export const returnReasonLabel: Record<string, string> = {
  wrong_size: 'Wrong size',
  damaged: 'Damaged',
  incorrect_item: 'Incorrect item',
  not_as_described: 'Not as described',
  changed_mind: 'Changed mind',
  arrived_late: 'Arrived late',
  other: 'Other',
};

/** The route form of a return request, as the returns screen addresses it. */
export const returnHref = (id: number) => `#/return/${id}`;

/** The return's number as people read it: "R-1042". */
export const returnNumber = (n: number) => `R-${n}`;

// The shapes of the orders side of the Go API, as JSON. They mirror
// backend/orders and app.OrderView; bindings-check/orders.ts compares them
// with the generated bindings, so a drift fails `npm run check`. Money is
// integer minor units of the order's currency (see ./money).

import type { Customer, Summary as TicketSummary } from './types';

export type Source = 'shopify' | 'woocommerce' | 'csv' | 'manual';
export type Payment = 'pending' | 'authorized' | 'partially_paid' | 'paid' | 'partially_refunded' | 'refunded' | 'voided';
export type Fulfilment = 'unfulfilled' | 'partial' | 'fulfilled' | 'delivered' | 'cancelled';
export type Format = 'auto' | 'shopify' | 'woocommerce' | 'csv';
export type ImportState = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

/** One line of an order; line is its place (1-based), fixed once given. */
export interface Item {
  line: number;
  product: string;
  sku: string;
  quantity: number;
  /** Minor units, before discounts. */
  unitPrice: number;
  /** This line's own discount for all its units. */
  discount: number;
}

export interface Order {
  id: number;
  /** The shop's own, "#1001". */
  number: string;
  source: Source;
  customerId: number;
  name: string;
  email: string;
  placedAt: string;
  paidAt?: string;
  fulfilledAt?: string;
  deliveredAt?: string;
  cancelledAt?: string;
  items: Item[];
  currency: string;
  subtotal: number;
  discount: number;
  shipping: number;
  tax: number;
  total: number;
  refunded: number;
  payment: Payment;
  paymentMethod: string;
  fulfilment: Fulfilment;
  carrier: string;
  tracking: string;
  notes: string;
  createdAt: string;
  updatedAt: string;
  /** Counts saves; an edit names the version it started from. */
  version: number;
  digest?: string;
}

/** An order in a list. items counts units. */
export interface OrderSummary {
  id: number;
  number: string;
  customerId: number;
  name: string;
  placedAt: string;
  currency: string;
  total: number;
  refunded: number;
  items: number;
  payment: Payment;
  fulfilment: Fulfilment;
  tracking: string;
}

/** A new order typed in by hand, or a full edit. Dates are YYYY-MM-DD or RFC 3339; "" for none. */
export interface OrderInput {
  number: string;
  customerId: number;
  name: string;
  email: string;
  placedAt: string;
  paidAt: string;
  fulfilledAt: string;
  deliveredAt: string;
  items: Item[];
  currency: string;
  discount: number;
  shipping: number;
  tax: number;
  payment: Payment;
  paymentMethod: string;
  fulfilment: Fulfilment;
  carrier: string;
  tracking: string;
  notes: string;
}

export interface OrderQuery {
  search: string;
  customerId: number;
  cursor: string;
  limit: number;
}

export interface OrderPage {
  items: OrderSummary[];
  total: number;
  /** "" on the last page. */
  next: string;
}

export type ReturnState =
  | 'requested'
  | 'approved'
  | 'rejected'
  | 'received'
  | 'inspected'
  | 'refunded'
  | 'exchanged'
  | 'credited'
  | 'closed'
  | 'cancelled';
export type ReturnReason = 'wrong_size' | 'damaged' | 'incorrect_item' | 'not_as_described' | 'changed_mind' | 'arrived_late' | 'other';
export type ReturnWish = 'refund' | 'exchange' | 'store_credit';

/** A return request in a list (returns.Row). */
export interface ReturnRow {
  id: number;
  number: number;
  state: ReturnState;
  customerId: number;
  customerName: string;
  orderId: number;
  orderNumber: string;
  ticketId: number;
  reason: ReturnReason;
  wish: ReturnWish;
  products: string;
  amount: number;
  currency: string;
  since: string;
  needsOwner: string;
  late: boolean;
}

/** An order with who bought it and what came of it. */
export interface OrderView {
  order: Order;
  customer: Customer;
  tickets: TicketSummary[];
  returns: ReturnRow[];
}

export interface Skipped {
  /** 1-based line of the file; the header is line 1. */
  line: number;
  order: string;
  reason: string;
}

export interface ImportReport {
  state: ImportState;
  file: string;
  format: Format;
  bytesDone: number;
  bytesAll: number;
  rows: number;
  orders: number;
  added: number;
  updated: number;
  unchanged: number;
  newCustomers: number;
  /** The first 500. */
  skipped: Skipped[];
  skippedAll: number;
  error: string;
  startedAt: string;
  finishedAt: string;
}

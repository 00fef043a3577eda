// The shapes of the returns side of the Go API (app.Returns), as JSON. They
// mirror backend/returns/request.go; bindings-check/returns.ts compares them
// with the generated bindings, so a drift fails `npm run check`. Money is
// integer minor units of its currency, never a float.

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

export type Reason = 'wrong_size' | 'damaged' | 'incorrect_item' | 'not_as_described' | 'changed_mind' | 'arrived_late' | 'other';
export type Wish = 'refund' | 'exchange' | 'store_credit';
/** '' while the item has not come back. */
export type Condition = '' | 'as_new' | 'opened' | 'used' | 'damaged' | 'wrong_item';
export type Method = 'original_payment' | 'store_credit' | 'other';
export type ActionKind = 'approve' | 'reject' | 'receive' | 'inspect' | 'refund' | 'exchange' | 'credit' | 'close' | 'cancel';
export type Tab = 'approval' | 'waiting' | 'inspect' | 'refund' | 'done';

/** A returned order line, and what was paid for each unit after discounts. */
export interface ReturnItem {
  line: number;
  product: string;
  sku: string;
  quantity: number;
  unitPaid: number;
}

/** One step of a request's life: its timeline. */
export interface ReturnEvent {
  at: string;
  byId: number;
  by: string;
  /** The action, "created", "edited" or "email". */
  kind: string;
  from?: ReturnState | '';
  to?: ReturnState | '';
  note?: string;
  /** Why the owner approved against the policy. */
  override?: string;
}

export interface Refund {
  amount: number;
  currency: string;
  method: Method;
  reference: string;
  at: string;
  byId: number;
  by: string;
}

export interface ReturnRequest {
  id: number;
  /** People see "R-1001". */
  number: number;
  customerId: number;
  orderId: number;
  orderNumber: string;
  /** 0 when none. */
  ticketId: number;
  items: ReturnItem[];
  currency: string;
  reason: Reason;
  reasonText: string;
  wish: Wish;
  condition: Condition;
  notes: string;
  state: ReturnState;
  /** When it entered its state. */
  since: string;
  rejectReason: string;
  labelLink: string;
  tracking: string;
  refund?: Refund;
  receivedAt?: string;
  events: ReturnEvent[];
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface Policy {
  windowDays: number;
  restockingPercent: number;
  shippingFee: number;
  freeShipping: Reason[];
  repLimit: number;
  currency: string;
  refundDays: number;
}

export interface Action {
  kind: ActionKind;
  note: string;
  reason: string;
  labelLink: string;
  condition: Condition;
  amount: number;
  method: Method | '';
  reference: string;
  tracking: string;
}

export interface ReturnCounts {
  tabs: Partial<Record<Tab, number>>;
  /** The sidebar's count for the owner: requests only the owner may approve or refund. */
  needsOwner: number;
  late: number;
}

export interface ReturnRow {
  id: number;
  number: number;
  state: ReturnState;
  customerId: number;
  customerName: string;
  orderId: number;
  orderNumber: string;
  ticketId: number;
  reason: Reason;
  wish: Wish;
  products: string;
  amount: number;
  currency: string;
  since: string;
  /** Why only the owner may take the next step; "" when anyone may. */
  needsOwner: string;
  late: boolean;
}

export interface QueueQuery {
  tab: Tab;
  reason: Reason | '';
  product: string;
  days: number;
  cursor: string;
  limit: number;
}

export interface QueuePage {
  items: ReturnRow[];
  counts: ReturnCounts;
  next: string;
}

export interface Check {
  day: number;
  windowDays: number;
  from: string;
  within: boolean;
  text: string;
  itemsPaid: number;
  restocking: number;
  shippingFee: number;
  refundDue: number;
  refundCap: number;
}

export interface Step {
  text: string;
  note: string;
  done: boolean;
  at?: string;
  by: string;
}

export interface EmailChoice {
  templateId: number;
  name: string;
  step: string;
}

export interface ReturnView {
  request: ReturnRequest;
  customer: string;
  email: string;
  check: Check;
  steps: Step[];
  next: ActionKind[];
  needsOwner: string;
  late: boolean;
  emails: EmailChoice[];
}

export interface ItemRequest {
  line: number;
  quantity: number;
}

export interface NewRequest {
  orderId: number;
  ticketId: number;
  items: ItemRequest[];
  reason: Reason;
  reasonText: string;
  wish: Wish;
  notes: string;
}

export interface DraftOrder {
  id: number;
  number: string;
  placedAt: string;
}

export interface Draft {
  orderId: number;
  orderNumber: string;
  ticketId: number;
  items: ReturnItem[];
  /** The order's currency: the items' unitPaid and the check's amounts. */
  currency: string;
  reason: Reason | '';
  check: Check;
  orders: DraftOrder[];
}

export interface Edit {
  items: ItemRequest[];
  reason: Reason;
  reasonText: string;
  wish: Wish;
  notes: string;
}

export interface TrendCount {
  /** The reason, or the product's SKU (its name if none). */
  key: string;
  label: string;
  count: number;
}

export interface Trends {
  days: number;
  total: number;
  reasons: TrendCount[];
  products: TrendCount[];
}

export interface ReturnCompose {
  templateId: number;
  subject: string;
  body: string;
  missing: string[];
  to: string;
}

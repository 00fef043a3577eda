// The shapes the Go side sends and takes, as JSON. They mirror the Go
// structs in backend/ and app/; bindings-check/ compares them with the
// generated bindings whenever those exist, so a drift fails `npm run check`.

export type Status = 'new' | 'open' | 'pending' | 'escalated' | 'resolved' | 'closed';
export type Priority = 'urgent' | 'high' | 'normal' | 'low';
export type Channel = 'email' | 'chat' | 'phone' | 'social' | 'marketplace' | 'webform';
export type Category =
  | 'shipping_delay'
  | 'incorrect_item'
  | 'item_missing'
  | 'cancellation'
  | 'out_of_stock'
  | 'complaint'
  | 'return_refund'
  | 'product_question'
  | 'other';
export type Role = 'owner' | 'rep';
export type View = 'mine' | 'unassigned' | 'overdue' | 'open' | 'resolved' | 'all';
export type Sort = 'updated' | 'priority' | 'due' | 'created';
export type MessageKind = 'customer' | 'reply' | 'note';

export interface Person {
  id: number;
  name: string;
  email: string;
  role: Role;
  active: boolean;
  createdAt: string;
}

export interface NewPerson {
  name: string;
  email: string;
  role: Role;
  password: string;
}

export interface PersonChange {
  name?: string;
  email?: string;
  role?: Role;
  active?: boolean;
  password?: string;
}

export interface Choice {
  id: number;
  name: string;
  role: Role;
}

export interface SessionState {
  openError: string;
  /** damaged, locked, foreign or other; '' when the file opened. */
  openErrorKind: string;
  dataPath: string;
  needsSetup: boolean;
  storeName: string;
  people: Choice[];
  current?: Person | null;
  passwordNeeded: boolean;
}

export interface SetupInput {
  storeName: string;
  name: string;
  email: string;
  password: string;
}

export interface Customer {
  id: number;
  name: string;
  email: string;
  phone: string;
  notes: string;
  tags: string[];
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface CustomerInput {
  name: string;
  email: string;
  phone: string;
  notes: string;
  tags: string[];
}

export type CustomerSort = 'name' | 'open' | 'orders' | 'spent';

export interface CustomerQuery {
  search: string;
  tag: string;
  offset: number;
  limit: number;
  /** "name" (the default), "open" tickets, "orders" or "spent"; desc reverses it. */
  sort: CustomerSort;
  desc: boolean;
}

/** Beside each customer in the list: open tickets, orders and what they spent (minor units, the shop's currency). */
export interface CustomerStats {
  openTickets: number;
  orders: number;
  spent: number;
  currency: string;
}

export interface CustomerPage {
  items: Customer[];
  total: number;
  /** Parallel to items. */
  stats: CustomerStats[];
}

export interface Profile {
  customer: Customer;
  tickets: Summary[];
}

export interface TicketQuery {
  view: View;
  statuses: Status[];
  priorities: Priority[];
  categories: Category[];
  channels: Channel[];
  /** -1 (or unset): anyone; 0: nobody; otherwise a person's id. */
  assignee?: number;
  tag: string;
  customerId: number;
  /** Words to find; results then come newest first and total is -1. */
  search: string;
  sort: Sort;
  cursor: string;
  limit: number;
}

export interface Summary {
  id: number;
  number: number;
  subject: string;
  customerId: number;
  customerName: string;
  customerEmail: string;
  orderNumber: string;
  channel: Channel;
  category: Category;
  priority: Priority;
  status: Status;
  assigneeId: number;
  tags: string[];
  preview: string;
  messageCount: number;
  createdAt: string;
  updatedAt: string;
  /** RFC 3339, or "" when nothing is due. */
  dueAt: string;
  overdue: boolean;
  version: number;
}

export interface TicketPage {
  items: Summary[];
  /** Cursor of the next page; "" at the end. */
  next: string;
  /** All matches, or -1 for a search. */
  total: number;
}

export interface Ticket {
  id: number;
  number: number;
  subject: string;
  customerId: number;
  orderNumber: string;
  channel: Channel;
  category: Category;
  priority: Priority;
  status: Status;
  assigneeId: number;
  tags: string[];
  createdAt: string;
  updatedAt: string;
  firstResponseAt?: string;
  resolvedAt?: string;
  firstResponseDue: string;
  resolutionDue: string;
  /** Targets in business minutes; waiting on the customer adds to resolution. */
  firstResponseTarget: number;
  resolutionTarget: number;
  pausedMs: number;
  pendingSince?: string;
  reopenedAt?: string;
  /** The estimate its open escalation gives: while escalated, the ticket is due then. */
  escalationDue?: string;
  messageCount: number;
  preview: string;
  version: number;
  updatedBy: string;
}

export interface Message {
  id: number;
  ticketId: number;
  kind: MessageKind;
  authorId: number;
  authorName: string;
  body: string;
  createdAt: string;
}

export interface TicketEvent {
  kind: string;
  at: string;
  by: number;
  from?: string;
  to?: string;
}

export interface Detail {
  ticket: Ticket;
  dueAt: string;
  overdue: boolean;
  customer: Customer;
  messages: Message[];
  events: TicketEvent[];
  others: Summary[];
}

export interface NewTicket {
  subject: string;
  customerId: number;
  customerName: string;
  customerEmail: string;
  customerPhone: string;
  orderNumber: string;
  channel: Channel;
  category: Category;
  priority: Priority;
  assigneeId: number;
  tags: string[];
  message: string;
}

export interface TicketChange {
  subject?: string;
  orderNumber?: string;
  channel?: Channel;
  category?: Category;
  priority?: Priority;
  status?: Status;
  assigneeId?: number;
  tags?: string[];
  /** Resolving or closing with a playbook's required steps unticked: why (kept with the playbook). */
  why?: string;
}

/** One change for many tickets (the inbox's bulk actions); addTag adds to each ticket's tags. */
export interface BulkChange {
  status?: Status;
  priority?: Priority;
  assigneeId?: number;
  addTag?: string;
}

export type Counts = Partial<Record<View, number>>;

export interface Targets {
  firstResponse: Record<string, number>;
  chatFirstResponse: number;
  resolution: Record<string, number>;
}

export interface Shop {
  storeName: string;
  /** The shop's web address ("" for none), filled into [Store Website]. */
  website: string;
  targets: Targets;
  hours: Hours;
  hoursHistory: Schedule[];
  rememberedUser: number;
  leaveNewUnassigned: boolean;
  gettingStartedDismissed: boolean;
}

export interface GettingStarted {
  mailConnected: boolean;
  repAdded: boolean;
  ticketLogged: boolean;
  dismissed: boolean;
}

/** One weekday's hours, "09:00" to "17:00". */
export interface Day {
  closed: boolean;
  open: string;
  close: string;
}

/** Business hours: seven days Monday first, or none for around the clock. */
export interface Hours {
  timeZone: string;
  week: Day[];
  holidays: string[];
}

export interface Schedule {
  from: string;
  hours: Hours;
}

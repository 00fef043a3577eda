// Escalations as Go sends them (backend/escalations), checked against the
// generated bindings by bindings-check/escalations.ts.

export type Reason = 'fraud' | 'repeated_complaint' | 'vip' | 'refund_above_limit' | 'other';

/** The seed's five steps: 1 identified … 5 closed. */
export type Step = 1 | 2 | 3 | 4 | 5;

/** One step done: who and when, and what they recorded. */
export interface Done {
  step: number;
  at: string;
  byId: number;
  by: string;
  note: string;
}

export interface Escalation {
  id: number;
  /** 0 for a refund waiting on a return request without a ticket. */
  ticketId: number;
  ticketNumber: number;
  /** The return request whose refund waits, for "refund above limit". */
  returnId: number;
  subject: string;
  customer: string;
  orderNumber: string;
  reason: string;
  /** What the reason is, for "other"; why the refund waits. */
  text: string;
  details: string;
  /** The last step done. */
  step: number;
  frontlineId: number;
  frontline: string;
  managerId: number;
  manager: string;
  emailed: boolean;
  eta?: string;
  contacted: string;
  outcome: string;
  satisfied: boolean;
  steps: Done[];
  openedAt: string;
  closedAt?: string;
  version: number;
  /** Open and past its estimated resolution time. */
  late: boolean;
}

export interface NewEscalation {
  reason: Reason | '';
  text: string;
  details: string;
}

export interface Investigation {
  /** RFC 3339. */
  eta: string;
  contacted: string;
  note: string;
}

export interface Closing {
  outcome: string;
  satisfied: boolean;
  /** Passed on to the ticket: why required playbook steps stay unticked. */
  why: string;
}

export interface Counts {
  open: number;
  /** Not yet investigated. */
  waiting: number;
  late: number;
}

export interface Board {
  open: Escalation[];
  closed: Escalation[];
  counts: Counts;
}

export interface EscalationSettings {
  /** 0: the owner alone. */
  managerId: number;
  email: boolean;
  version: number;
}

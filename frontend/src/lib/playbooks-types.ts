// Playbooks as Go sends them (backend/playbooks), checked against the
// generated bindings by bindings-check/playbooks.ts.

/** Live help a step shows from the ticket's order: "" none. */
export type Hint = '' | 'shipped' | 'tracking';

export interface Step {
  /** Unique within its playbook; 0 for a step not saved yet. */
  id: number;
  title: string;
  /** Guidance for the step. */
  note: string;
  required: boolean;
  /** The defaultKey of the saved reply that fits the step ("" none). */
  reply: string;
  hint: Hint;
}

export interface Playbook {
  /** 0 for a playbook not saved yet. */
  id: number;
  name: string;
  /** Guidance for the whole playbook. */
  note: string;
  steps: Step[];
  /** The ticket categories that bring it by themselves; each belongs to one playbook. */
  categories: string[];
  defaultKey?: string;
  lastStep: number;
  /** Goes up on every save; a save naming an old version is refused. */
  version: number;
  updatedAt: string;
}

export interface TicketStep extends Step {
  done: boolean;
  doneAt?: string;
  doneBy: string;
  /** What the step's hint says about the ticket's order now. */
  live: string;
  /** The saved reply the step suggests (0 when there is none). */
  replyId: number;
  replyName: string;
}

/** One tick, untick or reason in a ticket's playbook history. */
export interface PlaybookChange {
  at: string;
  byId: number;
  by: string;
  /** 0 for a reason to close. */
  stepId: number;
  done: boolean;
  why?: string;
}

/** A playbook on a ticket: a copy of its steps from when the ticket began it. */
export interface Attached {
  ticketId: number;
  playbookId: number;
  name: string;
  note: string;
  /** "category": brought by the ticket's category; "hand": added by someone. */
  how: 'category' | 'hand';
  steps: TicketStep[];
  history: PlaybookChange[];
  /** The latest reason for closing with required steps unticked, with who and when. */
  why: string;
  whyBy: string;
  whyAt?: string;
  removed: boolean;
  kept: boolean;
}

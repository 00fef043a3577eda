// End-of-day summaries as Go sends them (backend/summaries), checked
// against the generated bindings by bindings-check/summaries.ts.

/** A ticket behind a figure. */
export interface Ref {
  id: number;
  number: number;
  subject: string;
}

/** A count and the tickets behind it (the first 200). */
export interface Figure {
  count: number;
  tickets: Ref[];
}

export interface Amount {
  currency: string;
  /** Minor units. */
  amount: number;
}

export interface RefundRef {
  returnId: number;
  number: number;
  amount: Amount;
  ticketId: number;
}

export interface Refunds {
  count: number;
  totals: Amount[];
  returns: RefundRef[];
}

export interface Tasks {
  done: number;
  late: number;
  skipped: number;
  counted: number;
  /** Checklists nobody opened. */
  missing: number;
}

export interface Figures {
  received: Figure;
  resolved: Figure;
  pending: Figure;
  refunds: Refunds;
  escalationsOpened: Figure;
  escalationsClosed: Figure;
  tasks: Tasks;
}

export interface Candidate {
  kind: 'reopened' | 'overdue' | 'escalated' | string;
  ticket: Ref;
  note: string;
}

export interface Edit {
  at: string;
  byId: number;
  by: string;
  notable: string;
  highlights: string;
}

export interface Sent {
  at: string;
  by: string;
  to: string;
  mail: number;
}

export interface Summary {
  date: string;
  figures: Figures;
  notable: string;
  highlights: string;
  preparedById: number;
  preparedBy: string;
  savedAt: string;
  edits: Edit[];
  emailed: Sent[];
  version: number;
}

export interface SummaryDay {
  date: string;
  today: boolean;
  live: Figures;
  candidates: Candidate[];
  saved?: Summary;
}

export interface SummaryText {
  notable: string;
  highlights: string;
  /** The saved version the text started from; 0 for a first save. */
  version: number;
}

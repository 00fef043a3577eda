// Quality reviews as Go sends them (backend/reviews), checked against the
// generated bindings by bindings-check/reviews.ts.

export type Scale = '1-5' | '1-3' | 'pass-fail';

export interface Category {
  id: number;
  name: string;
  criteria: string;
  scale: Scale | string;
  /** 1 to 100; all 1 (equal) by default. */
  weight: number;
  mayBeNA: boolean;
  /** Scored below half its scale, the whole review is 0 %. */
  critical: boolean;
}

export interface Scorecard {
  id: number;
  version: number;
  name: string;
  categories: Category[];
}

export interface Mark {
  categoryId: number;
  score: number;
  na: boolean;
  comment: string;
}

export interface Result {
  /** 0–100; meaningless when scored is false (every category N/A). */
  percent: number;
  scored: boolean;
  failedCritical: string[];
}

export interface Timeliness {
  offered: boolean;
  suggested: number;
  firstResponse?: string;
  firstDue: string;
  resolved?: string;
  resolutionDue: string;
  firstMet: boolean;
  resolutionMet: boolean;
  categoryId: number;
  changedByHuman: boolean;
}

export interface Dispute {
  categoryId: number;
  comment: string;
  at: string;
  answer: string;
  answeredAt?: string;
  answeredBy: string;
  from: number;
  to: number;
}

export interface ReviewStep {
  at: string;
  byId: number;
  by: string;
  what: string;
}

export interface Review {
  id: number;
  ticketId: number;
  ticketNumber: number;
  subject: string;
  repId: number;
  rep: string;
  reviewerId: number;
  reviewer: string;
  /** The rep's own scoring, at the owner's asking. */
  self: boolean;
  cardId: number;
  cardVersion: number;
  marks: Mark[];
  comment: string;
  timeliness: Timeliness;
  state: 'draft' | 'submitted' | string;
  result?: Result;
  createdAt: string;
  submittedAt?: string;
  acknowledged?: string;
  disputes: Dispute[];
  history: ReviewStep[];
  version: number;
}

export interface Suggestion {
  ticketId: number;
  number: number;
  subject: string;
  repId: number;
  rep: string;
  /** sample, escalated, reopened, refund, low_rating */
  why: string[];
}

export interface ReviewWeek {
  /** The Monday, "2026-11-30". */
  start: string;
  reviews: number;
  average: number;
  scored: number;
  criticalFails: number;
  categories: Record<string, number>;
  reviewIds: number[];
}

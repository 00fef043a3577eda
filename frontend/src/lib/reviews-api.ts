// The quality-review side of the Go API, through call() in ./api. Who may
// read or change which review is checked in Go; its messages arrive as
// ApiErrors.

import { call, change } from './api';
import type { Mark, Review, ReviewWeek, Scorecard, Suggestion } from './reviews-types';

const arr = <T>(v: T[] | null | undefined): T[] => v ?? [];

function card(c: Scorecard): Scorecard {
  return { ...c, categories: arr(c.categories) };
}
function review(r: Review): Review {
  return {
    ...r,
    marks: arr(r.marks),
    disputes: arr(r.disputes),
    history: arr(r.history),
    result: r.result ? { ...r.result, failedCritical: arr(r.result.failedCritical) } : undefined,
  };
}

export const Reviews = {
  cards: async (): Promise<Scorecard[]> => arr(await call<Scorecard[] | null>('Reviews', 'Cards')).map(card),
  /** version 0 is the latest. */
  card: async (id: number, version: number): Promise<Scorecard> => card(await call<Scorecard>('Reviews', 'Card', id, version)),
  /** Owner only. A changed scorecard is its next version. */
  saveCard: async (c: Scorecard): Promise<Scorecard> => card(await change<Scorecard>('Reviews', 'SaveCard', c)),
  /** Owner only. A draft review of one rep's part in a ticket. */
  start: async (ticketId: number, repId: number): Promise<Review> => review(await change<Review>('Reviews', 'Start', ticketId, repId)),
  save: async (id: number, version: number, marks: Mark[], comment: string): Promise<Review> =>
    review(await change<Review>('Reviews', 'Save', id, version, marks, comment)),
  submit: async (id: number, version: number): Promise<Review> => review(await change<Review>('Reviews', 'Submit', id, version)),
  /** Owner only: the rep scores their own part in the ticket first. */
  askSelf: async (ticketId: number, repId: number): Promise<Review> => review(await change<Review>('Reviews', 'AskSelf', ticketId, repId)),
  /** Owner only: the rep's self-review of a ticket (id 0: none was asked). */
  selfReview: async (ticketId: number, repId: number): Promise<Review> =>
    review(await call<Review>('Reviews', 'SelfReview', ticketId, repId)),
  get: async (id: number): Promise<Review> => review(await call<Review>('Reviews', 'Get', id)),
  /** The signed-in person's submitted reviews, newest first. */
  mine: async (): Promise<Review[]> => arr(await call<Review[] | null>('Reviews', 'Mine')).map(review),
  acknowledge: async (id: number, version: number): Promise<Review> => review(await change<Review>('Reviews', 'Acknowledge', id, version)),
  dispute: async (id: number, version: number, category: number, comment: string): Promise<Review> =>
    review(await change<Review>('Reviews', 'Dispute', id, version, category, comment)),
  /** Owner only: to null keeps the score. */
  answer: async (id: number, version: number, category: number, to: number | null, reply: string): Promise<Review> =>
    review(await change<Review>('Reviews', 'Answer', id, version, category, to, reply)),
  /** Owner only: the week of day ("" this week); perRep 0 is the default. */
  queue: async (day: string, perRep: number): Promise<Suggestion[]> =>
    arr(await call<Suggestion[] | null>('Reviews', 'Queue', day, perRep)).map((s) => ({ ...s, why: arr(s.why) })),
  /** Owner only: rep 0 is the team. */
  trends: async (rep: number, weeks: number): Promise<ReviewWeek[]> =>
    arr(await call<ReviewWeek[] | null>('Reviews', 'Trends', rep, weeks)).map((w) => ({ ...w, reviewIds: arr(w.reviewIds) })),
};

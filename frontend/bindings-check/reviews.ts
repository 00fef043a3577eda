// Compile-time check that src/lib/reviews-types.ts and
// src/lib/reviews-api.ts still match the generated bindings.

import type { reviews } from '../wailsjs/go/models';
import type * as GoReviews from '../wailsjs/go/app/Reviews';
import type { Reviews } from '../src/lib/reviews-api';
import type * as T from '../src/lib/reviews-types';
import type { ArgsFit, Fits, Mirrors, SameMethods } from './match';

export const checks: true[] = [
  true satisfies Mirrors<T.Scorecard, reviews.Scorecard>,
  true satisfies Mirrors<T.Category, reviews.Category>,
  true satisfies Mirrors<T.Mark, reviews.Mark>,
  true satisfies Mirrors<T.Result, reviews.Result>,
  true satisfies Mirrors<T.Timeliness, reviews.Timeliness>,
  true satisfies Mirrors<T.Dispute, reviews.Dispute>,
  true satisfies Mirrors<T.ReviewStep, reviews.Step>,
  true satisfies Mirrors<T.Review, reviews.Review>,
  true satisfies Mirrors<T.Suggestion, reviews.Suggestion>,
  true satisfies Mirrors<T.ReviewWeek, reviews.Week>,
  true satisfies Fits<T.Mark, reviews.Mark>,

  true satisfies SameMethods<typeof Reviews, typeof GoReviews>,
  true satisfies ArgsFit<typeof Reviews.cards, typeof GoReviews.Cards>,
  true satisfies ArgsFit<typeof Reviews.card, typeof GoReviews.Card>,
  true satisfies ArgsFit<typeof Reviews.saveCard, typeof GoReviews.SaveCard>,
  true satisfies ArgsFit<typeof Reviews.start, typeof GoReviews.Start>,
  // answer sends null for "keep the score" where the generated type says number.
  true satisfies ArgsFit<typeof Reviews.save, typeof GoReviews.Save>,
  true satisfies ArgsFit<typeof Reviews.submit, typeof GoReviews.Submit>,
  true satisfies ArgsFit<typeof Reviews.get, typeof GoReviews.Get>,
  true satisfies ArgsFit<typeof Reviews.askSelf, typeof GoReviews.AskSelf>,
  true satisfies ArgsFit<typeof Reviews.selfReview, typeof GoReviews.SelfReview>,
  true satisfies ArgsFit<typeof Reviews.mine, typeof GoReviews.Mine>,
  true satisfies ArgsFit<typeof Reviews.acknowledge, typeof GoReviews.Acknowledge>,
  true satisfies ArgsFit<typeof Reviews.dispute, typeof GoReviews.Dispute>,
  true satisfies ArgsFit<typeof Reviews.queue, typeof GoReviews.Queue>,
  true satisfies ArgsFit<typeof Reviews.trends, typeof GoReviews.Trends>,
];

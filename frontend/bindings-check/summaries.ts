// Compile-time check that src/lib/summaries-types.ts and
// src/lib/summaries-api.ts still match the generated bindings.

import type { summaries } from '../wailsjs/go/models';
import type * as GoSummaries from '../wailsjs/go/app/Summaries';
import type { Summaries } from '../src/lib/summaries-api';
import type * as T from '../src/lib/summaries-types';
import type { ArgsFit, Fits, Mirrors, SameMethods } from './match';

export const checks: true[] = [
  true satisfies Mirrors<T.Ref, summaries.Ref>,
  true satisfies Mirrors<T.Figure, summaries.Figure>,
  true satisfies Mirrors<T.Amount, summaries.Amount>,
  true satisfies Mirrors<T.RefundRef, summaries.RefundRef>,
  true satisfies Mirrors<T.Refunds, summaries.Refunds>,
  true satisfies Mirrors<T.Tasks, summaries.Tasks>,
  true satisfies Mirrors<T.Figures, summaries.Figures>,
  true satisfies Mirrors<T.Candidate, summaries.Candidate>,
  true satisfies Mirrors<T.Edit, summaries.Edit>,
  true satisfies Mirrors<T.Sent, summaries.Sent>,
  true satisfies Mirrors<T.Summary, summaries.Summary>,
  true satisfies Mirrors<T.SummaryDay, summaries.Day>,
  true satisfies Mirrors<T.SummaryText, summaries.Text>,
  true satisfies Fits<T.SummaryText, summaries.Text>,

  true satisfies SameMethods<typeof Summaries, typeof GoSummaries>,
  true satisfies ArgsFit<typeof Summaries.day, typeof GoSummaries.Day>,
  true satisfies ArgsFit<typeof Summaries.save, typeof GoSummaries.Save>,
  true satisfies ArgsFit<typeof Summaries.email, typeof GoSummaries.Email>,
];

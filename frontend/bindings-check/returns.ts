// Compile-time check that src/lib/returns-types.ts and src/lib/returns-api.ts
// still match the bindings Wails generates for app.Returns. Like mail.ts:
// nothing here runs, a mismatch is a type error in `npm run check`.

import type { returns } from '../wailsjs/go/models';
import type * as GoReturns from '../wailsjs/go/app/Returns';
import type { Returns } from '../src/lib/returns-api';
import type * as T from '../src/lib/returns-types';
import type { ArgsFit, Fits, Mirrors, SameMethods } from './match';

export const checks: true[] = [
  // Shapes, field by field.
  true satisfies Mirrors<T.ReturnItem, returns.Item>,
  true satisfies Mirrors<T.ReturnEvent, returns.Event>,
  true satisfies Mirrors<T.Refund, returns.Refund>,
  true satisfies Mirrors<T.ReturnRequest, returns.Request>,
  true satisfies Mirrors<T.Policy, returns.Policy>,
  true satisfies Mirrors<T.Action, returns.Action>,
  true satisfies Mirrors<T.ReturnCounts, returns.Counts>,
  true satisfies Mirrors<T.ReturnRow, returns.Row>,
  true satisfies Mirrors<T.QueueQuery, returns.QueueQuery>,
  true satisfies Mirrors<T.QueuePage, returns.QueuePage>,
  true satisfies Mirrors<T.Check, returns.Check>,
  true satisfies Mirrors<T.Step, returns.Step>,
  true satisfies Mirrors<T.EmailChoice, returns.EmailChoice>,
  true satisfies Mirrors<T.ReturnView, returns.View>,
  true satisfies Mirrors<T.ItemRequest, returns.ItemRequest>,
  true satisfies Mirrors<T.NewRequest, returns.NewRequest>,
  true satisfies Mirrors<T.DraftOrder, returns.DraftOrder>,
  true satisfies Mirrors<T.Draft, returns.Draft>,
  true satisfies Mirrors<T.Edit, returns.Edit>,
  true satisfies Mirrors<T.TrendCount, returns.Count>,
  true satisfies Mirrors<T.Trends, returns.Trends>,
  true satisfies Mirrors<T.ReturnCompose, returns.Compose>,

  // What we send fits what Go takes.
  true satisfies Fits<T.QueueQuery, returns.QueueQuery>,
  true satisfies Fits<T.NewRequest, returns.NewRequest>,
  true satisfies Fits<T.Action, returns.Action>,
  true satisfies Fits<T.Edit, returns.Edit>,
  true satisfies Fits<T.Policy, returns.Policy>,

  // Every bound method has its wrapper, and no wrapper names a missing one.
  true satisfies SameMethods<typeof Returns, typeof GoReturns>,
  // Calls: arguments in Go's order and types.
  true satisfies ArgsFit<typeof Returns.queue, typeof GoReturns.Queue>,
  true satisfies ArgsFit<typeof Returns.counts, typeof GoReturns.Counts>,
  true satisfies ArgsFit<typeof Returns.get, typeof GoReturns.Get>,
  true satisfies ArgsFit<typeof Returns.draft, typeof GoReturns.Draft>,
  true satisfies ArgsFit<typeof Returns.start, typeof GoReturns.Start>,
  true satisfies ArgsFit<typeof Returns.act, typeof GoReturns.Act>,
  true satisfies ArgsFit<typeof Returns.edit, typeof GoReturns.Edit>,
  true satisfies ArgsFit<typeof Returns.forOrder, typeof GoReturns.ForOrder>,
  true satisfies ArgsFit<typeof Returns.forCustomer, typeof GoReturns.ForCustomer>,
  true satisfies ArgsFit<typeof Returns.trends, typeof GoReturns.Trends>,
  true satisfies ArgsFit<typeof Returns.policy, typeof GoReturns.Policy>,
  true satisfies ArgsFit<typeof Returns.savePolicy, typeof GoReturns.SavePolicy>,
  true satisfies ArgsFit<typeof Returns.compose, typeof GoReturns.Compose>,
  true satisfies ArgsFit<typeof Returns.send, typeof GoReturns.Send>,
];

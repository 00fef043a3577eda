// Compile-time check that src/lib/orders-types.ts and src/lib/orders-api.ts
// still match the bindings Wails generates for the orders side of the Go
// API. Like mail.ts: nothing here runs, a mismatch is a type error in
// `npm run check`.

import type { app, orders, returns } from '../wailsjs/go/models';
import type * as GoOrders from '../wailsjs/go/app/Orders';
import type { Orders } from '../src/lib/orders-api';
import type * as T from '../src/lib/orders-types';
import type { ArgsFit, Fits, Mirrors, SameMethods } from './match';

export const checks: true[] = [
  // Shapes, field by field.
  true satisfies Mirrors<T.Order, orders.Order>,
  true satisfies Mirrors<T.Item, orders.Item>,
  true satisfies Mirrors<T.OrderSummary, orders.Summary>,
  true satisfies Mirrors<T.OrderInput, orders.Input>,
  true satisfies Mirrors<T.OrderQuery, orders.ListQuery>,
  true satisfies Mirrors<T.OrderPage, orders.Page>,
  true satisfies Mirrors<T.OrderView, app.OrderView>,
  true satisfies Mirrors<T.ReturnRow, returns.Row>,
  true satisfies Mirrors<T.Skipped, orders.Skipped>,
  true satisfies Mirrors<T.ImportReport, orders.ImportReport>,

  // What we send fits what Go takes.
  true satisfies Fits<T.OrderInput, orders.Input>,
  true satisfies Fits<T.OrderQuery, orders.ListQuery>,

  // Every bound method has its wrapper, and no wrapper names a missing one.
  true satisfies SameMethods<typeof Orders, typeof GoOrders>,
  // Calls: arguments in Go's order and types.
  true satisfies ArgsFit<typeof Orders.list, typeof GoOrders.List>,
  true satisfies ArgsFit<typeof Orders.get, typeof GoOrders.Get>,
  true satisfies ArgsFit<typeof Orders.find, typeof GoOrders.Find>,
  true satisfies ArgsFit<typeof Orders.forCustomer, typeof GoOrders.ForCustomer>,
  true satisfies ArgsFit<typeof Orders.save, typeof GoOrders.Save>,
  true satisfies ArgsFit<typeof Orders.delete, typeof GoOrders.Delete>,
  true satisfies ArgsFit<typeof Orders.pickImportFile, typeof GoOrders.PickImportFile>,
  true satisfies ArgsFit<typeof Orders.import, typeof GoOrders.Import>,
  true satisfies ArgsFit<typeof Orders.importStatus, typeof GoOrders.ImportStatus>,
  true satisfies ArgsFit<typeof Orders.cancelImport, typeof GoOrders.CancelImport>,
];

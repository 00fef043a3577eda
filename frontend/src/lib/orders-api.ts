// The orders side of the Go API. Calls go through call() in ./api, so Go's
// messages arrive as ApiErrors like everywhere else; changes go through
// change(), which asks a remembered owner for the password when Go wants it.

import { call, change } from './api';
import type { Customer } from './types';
import type { Format, ImportReport, Order, OrderInput, OrderPage, OrderQuery, OrderSummary, OrderView } from './orders-types';

const arr = <T>(v: T[] | null | undefined): T[] => v ?? [];

function order(o: Order): Order {
  return { ...o, items: arr(o.items) };
}
function customer(c: Customer): Customer {
  return { ...c, tags: arr(c.tags) };
}
function report(r: ImportReport): ImportReport {
  return { ...r, skipped: arr(r.skipped) };
}

/** Go emits it with an ImportReport while an import runs (at most ten times a second) and once when it ends. */
export const ORDERS_IMPORT = 'orders:import';

export const Orders = {
  /** Newest first; search matches the number's start or the customer's name or email. */
  list: async (q: OrderQuery): Promise<OrderPage> => {
    const p = await call<OrderPage>('Orders', 'List', q);
    return { ...p, items: arr(p.items) };
  },
  get: async (id: number): Promise<OrderView> => {
    const v = await call<OrderView>('Orders', 'Get', id);
    return {
      order: order(v.order),
      customer: customer(v.customer),
      tickets: arr(v.tickets).map((t) => ({ ...t, tags: arr(t.tags) })),
      returns: arr(v.returns),
    };
  },
  /** The order a ticket's order number names; an error when there is none. */
  find: async (number: string) => order(await call<Order>('Orders', 'Find', number)),
  forCustomer: async (customerId: number) => arr(await call<OrderSummary[] | null>('Orders', 'ForCustomer', customerId)),
  /** id 0 adds an order; otherwise an edit of the order saved as version (a stale one is refused). */
  save: async (id: number, version: number, input: OrderInput) => order(await change<Order>('Orders', 'Save', id, version, input)),
  /** Owner only. */
  delete: (id: number) => change<void>('Orders', 'Delete', id),
  /** Owner only. The file dialog; "" when cancelled. */
  pickImportFile: () => call<string>('Orders', 'PickImportFile'),
  /** Owner only. Starts in the background; progress comes as ORDERS_IMPORT and from importStatus. */
  import: async (path: string, format: Format) => report(await change<ImportReport>('Orders', 'Import', path, format)),
  importStatus: async () => report(await call<ImportReport>('Orders', 'ImportStatus')),
  cancelImport: async () => report(await call<ImportReport>('Orders', 'CancelImport')),
};



interface Runtime {
  EventsOn?: (name: string, fn: (...data: unknown[]) => void) => (() => void) | void;
  EventsOff?: (name: string) => void;
}

/**
 * onImport calls fn with each ImportReport Go sends while an import runs.
 * Events sent before it was called are not seen: pull importStatus() too.
 */
export function onImport(fn: (r: ImportReport) => void): () => void {
  const rt = (globalThis as { runtime?: Runtime }).runtime;
  if (typeof rt?.EventsOn !== 'function') return () => {};
  const off = rt.EventsOn(ORDERS_IMPORT, (data) => {
    if (data && typeof data === 'object') fn(report(data as ImportReport));
  });
  return typeof off === 'function' ? off : () => rt.EventsOff?.(ORDERS_IMPORT);
}

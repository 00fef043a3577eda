// The returns side of the Go API (app.Returns). Calls go through call() in
// ./api, so Go's messages arrive as ApiErrors like everywhere else; Go's nil
// slices arrive here as [] so views never check for null.

import { call } from './api';
import type {
  Action,
  Draft,
  Edit,
  NewRequest,
  Policy,
  QueuePage,
  QueueQuery,
  ReturnCompose,
  ReturnCounts,
  ReturnRequest,
  ReturnRow,
  ReturnView,
  Trends,
} from './returns-types';

const arr = <T>(v: T[] | null | undefined): T[] => v ?? [];

function request(r: ReturnRequest): ReturnRequest {
  return { ...r, items: arr(r.items), events: arr(r.events) };
}
function counts(c: ReturnCounts | null | undefined): ReturnCounts {
  return { tabs: c?.tabs ?? {}, needsOwner: c?.needsOwner ?? 0, late: c?.late ?? 0 };
}
export function view(v: ReturnView): ReturnView {
  return { ...v, request: request(v.request), steps: arr(v.steps), next: arr(v.next), emails: arr(v.emails) };
}
function draft(d: Draft): Draft {
  return { ...d, items: arr(d.items), orders: arr(d.orders) };
}
function trends(t: Trends): Trends {
  return { ...t, reasons: arr(t.reasons), products: arr(t.products) };
}
function policy(p: Policy): Policy {
  return { ...p, freeShipping: arr(p.freeShipping) };
}
function compose(c: ReturnCompose): ReturnCompose {
  return { ...c, missing: arr(c.missing) };
}

/** Values typed for the placeholders an email asks for, by name ("[Return Label Link]"). */
export type Values = Record<string, string>;

export const Returns = {
  /** One tab, the longest-waiting first, with every tab's count. */
  queue: async (q: QueueQuery): Promise<QueuePage> => {
    const p = await call<QueuePage>('Returns', 'Queue', q);
    return { items: arr(p.items), counts: counts(p.counts), next: p.next ?? '' };
  },
  counts: async () => counts(await call<ReturnCounts>('Returns', 'Counts')),
  get: async (id: number) => view(await call<ReturnView>('Returns', 'Get', id)),
  /** A new request pre-filled from a ticket, for orderId (0: the order the ticket names). */
  draft: async (ticketId: number, orderId: number) => draft(await call<Draft>('Returns', 'Draft', ticketId, orderId)),
  start: async (r: NewRequest) => view(await call<ReturnView>('Returns', 'Start', r)),
  /** act asks for one transition from version; Go refuses one out of order, saying what must happen first. */
  act: async (id: number, version: number, a: Action) => view(await call<ReturnView>('Returns', 'Act', id, version, a)),
  edit: async (id: number, version: number, e: Edit) => view(await call<ReturnView>('Returns', 'Edit', id, version, e)),
  forOrder: async (orderId: number) => arr(await call<ReturnRow[] | null>('Returns', 'ForOrder', orderId)),
  forCustomer: async (customerId: number) => arr(await call<ReturnRow[] | null>('Returns', 'ForCustomer', customerId)),
  trends: async (days: number) => trends(await call<Trends>('Returns', 'Trends', days)),
  policy: async () => policy(await call<Policy>('Returns', 'Policy')),
  /** Owner only. */
  savePolicy: async (p: Policy) => policy(await call<Policy>('Returns', 'SavePolicy', p)),
  compose: async (id: number, templateId: number, values: Values) =>
    compose(await call<ReturnCompose>('Returns', 'Compose', id, templateId, values)),
  send: async (id: number, templateId: number, values: Values) => view(await call<ReturnView>('Returns', 'Send', id, templateId, values)),
};

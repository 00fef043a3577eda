// Screens are addressed by the URL hash (#/inbox/mine, #/tickets/12 …), so
// the back button works and a reload keeps the place.

import type { View } from './types';
import { views } from './labels';
import type { OutboxState } from './mail-types';
import { outboxStates } from './mail-labels';
import type { Tab } from './returns-types';
import { tabs as returnTabs } from './returns-labels';

export type Route =
  | { name: 'inbox'; view: View }
  | { name: 'ticket'; id: number }
  | { name: 'customers' }
  | { name: 'customer'; id: number }
  | { name: 'people' }
  | { name: 'settings' }
  | { name: 'templates'; id?: number }
  | { name: 'outbox'; state?: OutboxState }
  | { name: 'test-inbox' }
  | { name: 'feedback'; batch?: number }
  | { name: 'orders' }
  | { name: 'order'; id: number }
  | { name: 'returns'; tab?: Tab }
  | { name: 'return'; id: number }
  | { name: 'escalations' }
  | { name: 'today' }
  | { name: 'checklists'; id?: number }
  | { name: 'checklist-history'; date?: string }
  /** The end-of-day summary of a shop-local date ("2026-12-03"); none: today. */
  | { name: 'summary'; date?: string };

export const home: Route = { name: 'inbox', view: 'mine' };

/** A shop-local day as Go writes it: "2026-12-03". */
const isDate = (s: string | undefined): s is string => !!s && /^\d{4}-\d{2}-\d{2}$/.test(s);

/** parseRoute reads a hash like "#/tickets/12"; anything unknown is the inbox. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const id = Number(parts[1]);
  const validId = Number.isSafeInteger(id) && id > 0;
  switch (parts[0]) {
    case 'inbox':
      return views.includes(parts[1] as View) ? { name: 'inbox', view: parts[1] as View } : home;
    case 'tickets':
      return validId ? { name: 'ticket', id } : home;
    case 'customers':
      return validId ? { name: 'customer', id } : { name: 'customers' };
    case 'people':
      return { name: 'people' };
    case 'settings':
      return { name: 'settings' };
    case 'templates':
      return validId ? { name: 'templates', id } : { name: 'templates' };
    case 'outbox':
      return outboxStates.includes(parts[1] as OutboxState) ? { name: 'outbox', state: parts[1] as OutboxState } : { name: 'outbox' };
    case 'test-inbox':
      return { name: 'test-inbox' };
    case 'feedback':
      return validId ? { name: 'feedback', batch: id } : { name: 'feedback' };
    case 'orders':
      return validId ? { name: 'order', id } : { name: 'orders' };
    case 'returns':
      return returnTabs.includes(parts[1] as Tab) ? { name: 'returns', tab: parts[1] as Tab } : { name: 'returns' };
    case 'return':
      return validId ? { name: 'return', id } : { name: 'returns' };
    case 'escalations':
      return { name: 'escalations' };
    case 'today':
      return { name: 'today' };
    case 'summary':
      return isDate(parts[1]) ? { name: 'summary', date: parts[1] } : { name: 'summary' };
    case 'checklists':
      if (parts[1] === 'history') return isDate(parts[2]) ? { name: 'checklist-history', date: parts[2] } : { name: 'checklist-history' };
      return validId ? { name: 'checklists', id } : { name: 'checklists' };
  }
  return home;
}

/** hashOf is the inverse of parseRoute. */
export function hashOf(r: Route): string {
  switch (r.name) {
    case 'inbox':
      return `#/inbox/${r.view}`;
    case 'ticket':
      return `#/tickets/${r.id}`;
    case 'customer':
      return `#/customers/${r.id}`;
    case 'templates':
      return r.id ? `#/templates/${r.id}` : '#/templates';
    case 'outbox':
      return r.state ? `#/outbox/${r.state}` : '#/outbox';
    case 'feedback':
      return r.batch ? `#/feedback/${r.batch}` : '#/feedback';
    case 'order':
      return `#/orders/${r.id}`;
    case 'returns':
      return r.tab ? `#/returns/${r.tab}` : '#/returns';
    case 'return':
      return `#/return/${r.id}`;
    case 'summary':
      return r.date ? `#/summary/${r.date}` : '#/summary';
    case 'checklists':
      return r.id ? `#/checklists/${r.id}` : '#/checklists';
    case 'checklist-history':
      return r.date ? `#/checklists/history/${r.date}` : '#/checklists/history';
    default:
      return `#/${r.name}`;
  }
}

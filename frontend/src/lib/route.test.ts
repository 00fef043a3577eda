import { describe, expect, it } from 'vitest';
import { hashOf, home, parseRoute, type Route } from './route';

describe('routes', () => {
  const routes: Route[] = [
    { name: 'inbox', view: 'overdue' },
    { name: 'ticket', id: 12 },
    { name: 'customers' },
    { name: 'customer', id: 5 },
    { name: 'people' },
    { name: 'settings' },
    { name: 'orders' },
    { name: 'order', id: 1001 },
    { name: 'returns' },
    { name: 'returns', tab: 'inspect' },
    { name: 'return', id: 7 },
    { name: 'escalations' },
    { name: 'today' },
    { name: 'summary' },
    { name: 'summary', date: '2026-12-03' },
    { name: 'checklists' },
    { name: 'checklists', id: 3 },
    { name: 'checklist-history' },
    { name: 'checklist-history', date: '2026-12-03' },
  ];
  it.each(routes)('%o survives the URL', (r) => {
    expect(parseRoute(hashOf(r))).toEqual(r);
  });
  it('addresses the escalations board', () => {
    expect(hashOf({ name: 'escalations' })).toBe('#/escalations');
  });
  it.each(['', '#/', '#/nowhere', '#/inbox/elsewhere', '#/tickets/abc', '#/tickets/-3'])('%s goes home', (h) => {
    expect(parseRoute(h)).toEqual(home);
  });
  it.each(['#/checklists/history/yesterday', '#/checklists/history/2026-12'])('%s opens the history at its default day', (h) => {
    expect(parseRoute(h)).toEqual({ name: 'checklist-history' });
  });
  it('a bad checklist id opens the list', () => {
    expect(parseRoute('#/checklists/abc')).toEqual({ name: 'checklists' });
  });
});

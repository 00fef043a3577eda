import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { TICKETS_CHANGED } from '../../lib/mail-runtime';
import type { TicketPage } from '../../lib/types';
import { InboxState, noFilters, queryOf } from './inbox.svelte';

describe('queryOf', () => {
  it('asks for anyone, nobody or one person', () => {
    expect(queryOf('all', noFilters(), 'updated', '').assignee).toBe(-1);
    expect(queryOf('all', { ...noFilters(), assignee: 0 }, 'updated', '').assignee).toBe(0);
    expect(queryOf('all', { ...noFilters(), assignee: 7 }, 'updated', '').assignee).toBe(7);
  });
  it('pages 50 at a time from a cursor, and trims the search', () => {
    const q = queryOf('open', { ...noFilters(), statuses: ['new'], tag: 'vip' }, 'due', '  vase ', 'abc');
    expect(q).toMatchObject({ view: 'open', statuses: ['new'], tag: 'vip', sort: 'due', search: 'vase', cursor: 'abc', limit: 50 });
  });
});

describe('InboxState and tickets:changed', () => {
  type G = { go?: unknown; runtime?: unknown };
  // The runtime's one subscription to the event lasts for the whole file.
  let emit = () => {};
  beforeAll(() => {
    (globalThis as G).runtime = {
      EventsOn: (name: string, fn: () => void) => {
        if (name === TICKETS_CHANGED) emit = fn;
        return () => {};
      },
    };
  });
  afterAll(() => {
    delete (globalThis as G).runtime;
  });
  afterEach(() => {
    delete (globalThis as G).go;
  });

  /** Go's Tickets.List, answering each call when told to. */
  function fakeGo() {
    const answers: (() => void)[] = [];
    const list = vi.fn(
      () =>
        new Promise<TicketPage>((resolve) => {
          answers.push(() => resolve({ items: [], next: '', total: 0 }));
        }),
    );
    (globalThis as G).go = { app: { Tickets: { List: list } } };
    const answer = async () => {
      answers.shift()?.();
      await new Promise((r) => setTimeout(r, 0));
    };
    return { list, answer };
  }

  it('reads the list again at once while it is shown, and marks it stale while hidden', async () => {
    const go = fakeGo();
    const inbox = new InboxState();
    void inbox.load();
    await go.answer();
    expect(go.list).toHaveBeenCalledTimes(1);

    emit();
    await go.answer();
    expect(go.list).toHaveBeenCalledTimes(1);
    expect(inbox.stale).toBe(true);

    const stop = inbox.follow();
    emit();
    await go.answer();
    expect(go.list).toHaveBeenCalledTimes(2);
    expect(inbox.stale).toBe(false);
    stop();
  });

  it('reads once more after a load that was under way when tickets changed', async () => {
    const go = fakeGo();
    const inbox = new InboxState();
    const stop = inbox.follow();
    void inbox.load();
    expect(go.list).toHaveBeenCalledTimes(1);
    emit();
    emit();
    await new Promise((r) => setTimeout(r, 0));
    expect(go.list).toHaveBeenCalledTimes(1);
    await go.answer();
    expect(go.list).toHaveBeenCalledTimes(2);
    await go.answer();
    expect(go.list).toHaveBeenCalledTimes(2);
    stop();
  });
});

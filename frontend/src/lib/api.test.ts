import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, Session, Tickets, call, messageOf, onChange, sentence } from './api';

type Bridge = Record<string, Record<string, (...a: unknown[]) => Promise<unknown>>>;
function withBridge(app: Bridge) {
  (globalThis as { go?: unknown }).go = { app };
}

afterEach(() => {
  delete (globalThis as { go?: unknown }).go;
});

describe('messageOf', () => {
  it("keeps Go's words", () => {
    expect(messageOf('wrong password: check it and try again')).toBe('wrong password: check it and try again');
    expect(messageOf(new Error('boom'))).toBe('boom');
    expect(messageOf({ message: 'from an object' })).toBe('from an object');
  });
  it('says something calm for nothing useful', () => {
    expect(messageOf(undefined)).toMatch(/something went wrong/);
    expect(messageOf('  ')).toMatch(/something went wrong/);
    expect(messageOf(42)).toMatch(/something went wrong/);
  });
  it('capitalises a message for display', () => {
    expect(sentence('wrong password: check it')).toBe('Wrong password: check it');
    expect(sentence('')).toBe('');
  });
});

describe('call', () => {
  it('passes the arguments and returns the result', async () => {
    const get = vi.fn(async (id: unknown) => ({ id }));
    withBridge({ Tickets: { Get: get } });
    await expect(call('Tickets', 'Get', 7)).resolves.toEqual({ id: 7 });
    expect(get).toHaveBeenCalledWith(7);
  });
  it("turns Go's rejected string into an ApiError with that message", async () => {
    withBridge({ Session: { SignIn: () => Promise.reject('too many wrong passwords: wait 4 seconds, then try again') } });
    const err = await Session.signIn(1, 'x', false).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as Error).message).toBe('too many wrong passwords: wait 4 seconds, then try again');
  });
  it('says so when the window has no connection to Go', async () => {
    await expect(call('Tickets', 'Counts')).rejects.toThrow(/not connected/);
  });
});

describe('changes', () => {
  it('tells listeners after a successful change, not after a read or a failure', async () => {
    withBridge({
      Tickets: {
        Reply: async () => ({ ticket: { tags: null }, customer: { tags: null }, messages: null, events: null, others: null }),
        AddNote: () => Promise.reject('the message is empty: type something first'),
        Counts: async () => ({}),
      },
    });
    const seen = vi.fn();
    const stop = onChange(seen);
    await Tickets.counts();
    await Tickets.addNote(1, '').catch(() => {});
    expect(seen).not.toHaveBeenCalled();
    await Tickets.reply(1, 'hello');
    expect(seen).toHaveBeenCalledTimes(1);
    stop();
    await Tickets.reply(1, 'again');
    expect(seen).toHaveBeenCalledTimes(1);
  });
});

describe("Go's nil slices", () => {
  it('arrive as empty lists', async () => {
    withBridge({
      Tickets: {
        List: async () => ({ items: null, next: '', total: 0 }),
        Get: async () => ({ ticket: { tags: null }, customer: { tags: null }, messages: null, events: null, others: null }),
        Tags: async () => null,
      },
      Session: { State: async () => ({ people: null }) },
    });
    expect((await Tickets.list({} as never)).items).toEqual([]);
    const d = await Tickets.get(1);
    expect([d.messages, d.events, d.others, d.ticket.tags, d.customer.tags]).toEqual([[], [], [], [], []]);
    expect(await Tickets.tags()).toEqual([]);
    expect((await Session.state()).people).toEqual([]);
  });
});

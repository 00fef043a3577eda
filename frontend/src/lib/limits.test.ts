import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, Tickets, call } from './api';
import { callTimeoutMs, limits, tooLarge } from './limits';

type Bridge = Record<string, Record<string, (...a: unknown[]) => Promise<unknown>>>;
function withBridge(app: Bridge) {
  (globalThis as { go?: unknown }).go = { app };
}

afterEach(() => {
  delete (globalThis as { go?: unknown }).go;
  vi.useRealTimers();
});

describe('inputs too large for the window', () => {
  it('a 5 MB message is refused before it is sent, with its size', async () => {
    const reply = vi.fn(async () => ({}));
    withBridge({ Tickets: { Reply: reply } });
    const err = await Tickets.reply(1, 'x'.repeat(5 << 20)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as Error).message).toMatch(/too large to send \(5\.0 MB\)/);
    expect(reply).not.toHaveBeenCalled();
  });
  it('counts bytes, not characters', () => {
    expect(tooLarge(['é'.repeat(limits.callBytes / 2)])).not.toBe('');
    expect(tooLarge(['a'.repeat(limits.messageBody)])).toBe('');
  });
});

describe('a call that never returns', () => {
  it('fails after the timeout with a message that says to try again, and can be retried', async () => {
    vi.useFakeTimers();
    let answer = false;
    const get = vi.fn(() => (answer ? Promise.resolve({ id: 7 }) : new Promise(() => {})));
    withBridge({ Tickets: { Get: get } });
    const first = call('Tickets', 'Get', 7).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(callTimeoutMs);
    const err = await first;
    expect(err).toBeInstanceOf(ApiError);
    expect((err as Error).message).toMatch(/did not answer within 20 seconds: try again/);
    answer = true;
    await expect(call('Tickets', 'Get', 7)).resolves.toEqual({ id: 7 });
  });
  it('the file dialog waits for the person, however long', async () => {
    vi.useFakeTimers();
    let pick: (p: string) => void = () => {};
    withBridge({ Session: { OpenAnother: () => new Promise((r) => (pick = r)) } });
    const picked = call('Session', 'OpenAnother');
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    pick('/shop.db');
    await expect(picked).resolves.toBe('/shop.db');
  });
});

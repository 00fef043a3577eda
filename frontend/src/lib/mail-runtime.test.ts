import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAIL_CHANGED, TICKETS_CHANGED, copyText, mailChanged, onMailChanged, onTicketsChanged } from './mail-runtime';

type G = { runtime?: unknown };

afterEach(() => {
  delete (globalThis as G).runtime;
});

/** A stand-in for Wails' window.runtime that remembers its listeners. */
function fakeRuntime() {
  const on = new Map<string, () => void>();
  const off = vi.fn();
  (globalThis as G).runtime = {
    EventsOn: (name: string, fn: () => void) => {
      on.set(name, fn);
      return () => {
        on.delete(name);
        off();
      };
    },
  };
  return {
    emit: (name = MAIL_CHANGED) => on.get(name)?.(),
    subscribed: (name = MAIL_CHANGED) => on.has(name),
    off,
  };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('onMailChanged', () => {
  it('works without the Wails runtime', async () => {
    const fn = vi.fn();
    const stop = onMailChanged(fn);
    mailChanged();
    await settle();
    expect(fn).toHaveBeenCalledTimes(1);
    stop();
  });

  it('subscribes once to the event and lets go with the last listener', async () => {
    const rt = fakeRuntime();
    const a = vi.fn();
    const b = vi.fn();
    const stopA = onMailChanged(a);
    const stopB = onMailChanged(b);
    expect(rt.subscribed()).toBe(true);
    rt.emit();
    await settle();
    expect(a).toHaveBeenCalledTimes(1);
    expect(b).toHaveBeenCalledTimes(1);
    stopA();
    expect(rt.off).not.toHaveBeenCalled();
    stopB();
    expect(rt.off).toHaveBeenCalledTimes(1);
    expect(rt.subscribed()).toBe(false);
  });

  it('makes one more pull, not one per event, while a pull is under way', async () => {
    const rt = fakeRuntime();
    let finish: () => void = () => {};
    const pull = vi.fn(() => new Promise<void>((r) => (finish = r)));
    const stop = onMailChanged(pull);
    rt.emit();
    await settle();
    expect(pull).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 50; i++) rt.emit();
    finish();
    await settle();
    expect(pull).toHaveBeenCalledTimes(2);
    finish();
    await settle();
    expect(pull).toHaveBeenCalledTimes(2);
    stop();
  });
});

describe('onTicketsChanged', () => {
  it('follows its own event, apart from mail', async () => {
    const rt = fakeRuntime();
    const tickets = vi.fn();
    const mail = vi.fn();
    const stopTickets = onTicketsChanged(tickets);
    const stopMail = onMailChanged(mail);
    expect(rt.subscribed(TICKETS_CHANGED)).toBe(true);
    rt.emit(TICKETS_CHANGED);
    await settle();
    expect(tickets).toHaveBeenCalledTimes(1);
    expect(mail).not.toHaveBeenCalled();
    mailChanged();
    await settle();
    expect(tickets).toHaveBeenCalledTimes(1);
    stopTickets();
    expect(rt.subscribed(TICKETS_CHANGED)).toBe(false);
    expect(rt.subscribed(MAIL_CHANGED)).toBe(true);
    stopMail();
  });

  it('subscribes once the runtime is there, for a listener added before it', async () => {
    const early = vi.fn();
    const stopEarly = onTicketsChanged(early);
    const rt = fakeRuntime();
    const stopLate = onTicketsChanged(() => {});
    rt.emit(TICKETS_CHANGED);
    await settle();
    expect(early).toHaveBeenCalledTimes(1);
    stopEarly();
    stopLate();
  });
});

describe('copyText', () => {
  it('uses the runtime clipboard when there is one', async () => {
    const set = vi.fn(async () => true);
    (globalThis as G).runtime = { ClipboardSetText: set };
    expect(await copyText('hello')).toBe(true);
    expect(set).toHaveBeenCalledWith('hello');
  });
});

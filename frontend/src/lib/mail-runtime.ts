// The window's side of the Wails runtime: the "mail:changed" and
// "tickets:changed" events, and the clipboard. Every use of window.runtime
// is here, guarded, so the views and the unit tests work where there is no
// runtime.

/** Go emits it (no data, at most ten times a second) when outgoing mail changed state, or sending paused or resumed. */
export const MAIL_CHANGED = 'mail:changed';

/** Go emits it (no data, at most ten times a second) after a ticket was created, changed or deleted. */
export const TICKETS_CHANGED = 'tickets:changed';

/** Go emits it (no data, throttled) after a return request was opened or changed. */
export const RETURNS_CHANGED = 'returns:changed';

type EventName = typeof MAIL_CHANGED | typeof TICKETS_CHANGED | typeof RETURNS_CHANGED;

interface Runtime {
  EventsOn?: (name: string, fn: (...data: unknown[]) => void) => (() => void) | void;
  EventsOff?: (name: string) => void;
  ClipboardSetText?: (text: string) => Promise<boolean>;
}

function runtime(): Runtime | undefined {
  return (globalThis as { runtime?: Runtime }).runtime;
}

type Listener = () => void;

/** One event's listeners, and its one subscription to the runtime (made when a listener arrives). */
class Feed {
  readonly listeners = new Set<Listener>();
  private unsubscribe: (() => void) | null = null;

  constructor(private readonly name: EventName) {}

  notify = () => {
    for (const fn of [...this.listeners]) fn();
  };

  add(fn: Listener): () => void {
    this.listeners.add(fn);
    this.subscribe();
    return () => {
      this.listeners.delete(fn);
      if (this.listeners.size === 0 && this.unsubscribe) {
        this.unsubscribe();
        this.unsubscribe = null;
      }
    };
  }

  private subscribe() {
    if (this.unsubscribe) return;
    const rt = runtime();
    if (typeof rt?.EventsOn !== 'function') return;
    const off = rt.EventsOn(this.name, this.notify);
    this.unsubscribe = typeof off === 'function' ? off : () => rt.EventsOff?.(this.name);
  }
}

const mail = new Feed(MAIL_CHANGED);
const tickets = new Feed(TICKETS_CHANGED);
const returns = new Feed(RETURNS_CHANGED);

/**
 * follow adds fn to a feed. While the promise fn returned is pending,
 * further events make one more call after it, not one each: a batch of a
 * thousand emails costs a few pulls, not a pile.
 */
function follow(feed: Feed, fn: () => unknown): () => void {
  let running = false;
  let again = false;
  const run: Listener = () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    void Promise.resolve()
      .then(fn)
      .catch(() => {})
      .finally(() => {
        running = false;
        if (again) {
          again = false;
          run();
        }
      });
  };
  return feed.add(run);
}

/**
 * onMailChanged calls fn whenever outgoing mail changed state, or sending
 * paused or resumed (from Go, or from mailChanged() here), and returns the
 * function that stops it. Views re-pull what they show; the event carries
 * nothing. Calls do not pile up while fn's promise is pending (see follow).
 */
export function onMailChanged(fn: () => unknown): () => void {
  return follow(mail, fn);
}

/** mailChanged tells the listeners at once, after a change made from this window. */
export function mailChanged() {
  mail.notify();
}

/**
 * onTicketsChanged calls fn whenever a ticket was created, changed or
 * deleted, by anyone, and returns the function that stops it. Lists and
 * counts re-pull; calls do not pile up while fn's promise is pending.
 */
export function onTicketsChanged(fn: () => unknown): () => void {
  return follow(tickets, fn);
}

/**
 * onReturnsChanged calls fn whenever a return request was opened or
 * changed, by anyone; calls do not pile up while fn's promise is pending.
 */
export function onReturnsChanged(fn: () => unknown): () => void {
  return follow(returns, fn);
}

/** returnsChanged tells the listeners at once, after a change made from this window. */
export function returnsChanged() {
  returns.notify();
}

/** copyText puts text on the clipboard; it resolves to whether that worked. */
export async function copyText(text: string): Promise<boolean> {
  const rt = runtime();
  if (typeof rt?.ClipboardSetText === 'function') {
    try {
      if (await rt.ClipboardSetText(text)) return true;
    } catch {
      // fall through to the browser's clipboard
    }
  }
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

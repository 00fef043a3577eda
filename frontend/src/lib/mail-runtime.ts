// The window's side of the Wails runtime, for email: the "mail:changed"
// event and the clipboard. Every use of window.runtime is here, guarded, so
// the views and the unit tests work where there is no runtime.

/** Go emits it (no data, at most ten times a second) when outgoing mail changed state. */
export const MAIL_CHANGED = 'mail:changed';

interface Runtime {
  EventsOn?: (name: string, fn: (...data: unknown[]) => void) => (() => void) | void;
  EventsOff?: (name: string) => void;
  ClipboardSetText?: (text: string) => Promise<boolean>;
}

function runtime(): Runtime | undefined {
  return (globalThis as { runtime?: Runtime }).runtime;
}

type Listener = () => void;
const listeners = new Set<Listener>();
let unsubscribe: (() => void) | null = null;

function notify() {
  for (const fn of [...listeners]) fn();
}

/** One subscription to the runtime for all listeners, made when the first one arrives. */
function subscribe() {
  if (unsubscribe) return;
  const rt = runtime();
  if (typeof rt?.EventsOn !== 'function') return;
  const off = rt.EventsOn(MAIL_CHANGED, notify);
  unsubscribe = typeof off === 'function' ? off : () => rt.EventsOff?.(MAIL_CHANGED);
}

/**
 * onMailChanged calls fn whenever outgoing mail changed state (from Go, or
 * from mailChanged() here) and returns the function that stops it. Views
 * re-pull what they show; the event carries nothing. While the promise fn
 * returned is pending, further events make one more call after it, not
 * one each: a batch of a thousand emails costs a few pulls, not a pile.
 */
export function onMailChanged(fn: () => unknown): () => void {
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
  listeners.add(run);
  subscribe();
  return () => {
    listeners.delete(run);
    if (listeners.size === 0 && unsubscribe) {
      unsubscribe();
      unsubscribe = null;
    }
  };
}

/** mailChanged tells the listeners at once, after a change made from this window. */
export function mailChanged() {
  notify();
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

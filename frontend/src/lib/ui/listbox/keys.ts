// The keyboard rules shared by Select and Menu, as plain functions so they
// can be tested without a window: which item an arrow key moves to, and
// which item a typed prefix finds ("type-ahead", as native lists do).

/** What a key does to the highlighted item. */
export type Move = 'next' | 'previous' | 'first' | 'last' | 'page-down' | 'page-up';

const moves: Record<string, Move> = {
  ArrowDown: 'next',
  ArrowUp: 'previous',
  Home: 'first',
  End: 'last',
  PageDown: 'page-down',
  PageUp: 'page-up',
};

/** moveFor names the move a key makes, or null when it makes none. */
export function moveFor(key: string): Move | null {
  return moves[key] ?? null;
}

/** How many items PageUp and PageDown skip. */
export const pageSize = 8;

/**
 * moveIndex returns the item a move lands on, skipping disabled items.
 * From nothing highlighted (-1), "next" lands on the first item and
 * "previous" on the last. Arrows stop at the ends rather than wrap, as a
 * native list does, so holding a key never spins round. With no enabled
 * item it returns -1.
 */
export function moveIndex(move: Move, current: number, disabled: readonly boolean[]): number {
  const n = disabled.length;
  const enabled = (i: number) => i >= 0 && i < n && !disabled[i];
  const firstFrom = (i: number, step: 1 | -1) => {
    for (; i >= 0 && i < n; i += step) if (enabled(i)) return i;
    return -1;
  };
  let found: number;
  switch (move) {
    case 'first':
      return firstFrom(0, 1);
    case 'last':
      return firstFrom(n - 1, -1);
    case 'next':
      if (current < 0) return firstFrom(0, 1);
      found = firstFrom(current + 1, 1);
      break;
    case 'previous':
      if (current < 0) return firstFrom(n - 1, -1);
      found = firstFrom(current - 1, -1);
      break;
    case 'page-down':
      found = firstFrom(Math.min(n - 1, Math.max(current, 0) + pageSize), -1);
      if (found <= current) found = firstFrom(current + 1, 1);
      break;
    case 'page-up':
      found = firstFrom(Math.max(0, current - pageSize), 1);
      if (found >= current) found = firstFrom(current - 1, -1);
      break;
  }
  return found >= 0 ? found : enabled(current) ? current : firstFrom(0, 1);
}

/** How long a pause ends a typed prefix, as in native lists. */
export const typeAheadPause = 700;

/**
 * TypeAhead collects the letters typed in quick succession and finds the
 * first enabled item whose label starts with them. Typing one letter again
 * and again steps through the items that start with it.
 */
export class TypeAhead {
  private typed = '';
  private last = 0;

  constructor(private now: () => number = () => Date.now()) {}

  /** isTypeAheadKey says whether a key press is a letter to search by. */
  static accepts(e: { key: string; ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean }): boolean {
    return e.key.length === 1 && e.key !== ' ' && !e.ctrlKey && !e.metaKey && !e.altKey;
  }

  /**
   * find adds a key to the prefix and returns the index of the item it
   * finds, searching after the current one first, or -1.
   */
  find(key: string, labels: readonly string[], current: number, disabled: readonly boolean[] = []): number {
    const t = this.now();
    this.typed = t - this.last > typeAheadPause ? key : this.typed + key;
    this.last = t;
    const prefix = this.typed.toLocaleLowerCase();
    // "aaa" means "the next item starting with a", not "an item starting with aaa".
    const repeated = [...prefix].every((c) => c === prefix[0]);
    const n = labels.length;
    const matches = (i: number, p: string) => !disabled[i] && labels[i].trim().toLocaleLowerCase().startsWith(p);
    // A longer prefix may still match the current item; one letter moves on.
    const start = prefix.length > 1 && !repeated ? Math.max(current, 0) : current + 1;
    for (let k = 0; k < n; k++) {
      const i = (start + k) % n;
      if (matches(i, prefix)) return i;
    }
    if (repeated) {
      for (let k = 0; k < n; k++) {
        const i = (current + 1 + k) % n;
        if (matches(i, prefix[0])) return i;
      }
    }
    return -1;
  }
}

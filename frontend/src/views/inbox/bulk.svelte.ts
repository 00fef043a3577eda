import { SvelteSet } from 'svelte/reactivity';

import { Tickets, messageOf } from '../../lib/api';
import { toasts } from '../../lib/toast.svelte';
import type { BulkChange } from '../../lib/types';

/** rangeOf lists the ids from row a to row b, either way round. */
export function rangeOf(ids: readonly number[], a: number, b: number): number[] {
  const [lo, hi] = a <= b ? [a, b] : [b, a];
  return ids.slice(Math.max(0, lo), hi + 1);
}

/**
 * BulkSelection is the set of tickets ticked in the list (x, or Shift+X for
 * a range from the last one ticked) and the one change applied to all of
 * them from the action bar.
 */
export class BulkSelection {
  ids = new SvelteSet<number>();
  busy = $state(false);
  private anchor = -1;

  get count() {
    return this.ids.size;
  }

  /** toggle ticks or unticks row i and makes it where a range starts. */
  toggle(rows: readonly number[], i: number) {
    const id = rows[i];
    if (id === undefined) return;
    if (this.ids.has(id)) this.ids.delete(id);
    else this.ids.add(id);
    this.anchor = i;
  }

  /** extend ticks every row from where the last tick was to row i. */
  extend(rows: readonly number[], i: number) {
    if (this.anchor < 0) return this.toggle(rows, i);
    for (const id of rangeOf(rows, this.anchor, i)) this.ids.add(id);
    this.anchor = i;
  }

  clear() {
    this.ids.clear();
    this.anchor = -1;
  }

  /** apply makes one change to every ticked ticket; all change or none does. */
  async apply(c: BulkChange, done: string): Promise<boolean> {
    if (!this.ids.size || this.busy) return false;
    this.busy = true;
    try {
      const changed = await Tickets.updateMany([...this.ids], c);
      toasts.show(`${done} · ${changed.length} ${changed.length === 1 ? 'ticket' : 'tickets'}`);
      this.clear();
      return true;
    } catch (err) {
      toasts.show(messageOf(err), 'error', 6000);
      return false;
    } finally {
      this.busy = false;
    }
  }
}

export const bulk = new BulkSelection();

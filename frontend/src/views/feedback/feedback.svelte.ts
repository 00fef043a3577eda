import { Feedback } from '../../lib/mail-api';
import { MailList } from '../../lib/mail-list.svelte';
import type { Batch } from '../../lib/mail-types';

/**
 * Batches are the feedback requests sent so far, newest first, with their
 * progress, re-pulled whenever outgoing mail changes state.
 */
export class Batches extends MailList<Batch> {
  protected pull() {
    return Feedback.batches();
  }

  get(id: number): Batch | undefined {
    return this.items.find((b) => b.id === id);
  }

  /** others lists every batch but the one shown above the list, so it is listed once. */
  others(current?: number): Batch[] {
    return this.items.filter((b) => b.id !== current);
  }

  /** put shows a batch as Go just returned it (after Pause, Resume or Start). */
  put(b: Batch) {
    const i = this.items.findIndex((x) => x.id === b.id);
    if (i >= 0) this.items[i] = b;
    else this.items = [b, ...this.items];
  }
}

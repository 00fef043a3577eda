import { messageOf } from '../../lib/api';
import { Feedback } from '../../lib/mail-api';
import { onMailChanged } from '../../lib/mail-runtime';
import type { Batch } from '../../lib/mail-types';

/**
 * Batches are the feedback requests sent so far, newest first, with their
 * progress, re-pulled whenever outgoing mail changes state.
 */
export class Batches {
  list = $state<Batch[]>([]);
  loaded = $state(false);
  error = $state('');
  private seq = 0;

  start(): () => void {
    void this.load();
    return onMailChanged(() => this.load());
  }

  async load() {
    const seq = ++this.seq;
    try {
      const list = await Feedback.batches();
      if (seq !== this.seq) return;
      this.list = list;
      this.error = '';
    } catch (err) {
      if (seq === this.seq) this.error = messageOf(err);
    } finally {
      if (seq === this.seq) this.loaded = true;
    }
  }

  get(id: number): Batch | undefined {
    return this.list.find((b) => b.id === id);
  }

  /** put shows a batch as Go just returned it (after Pause, Resume or Start). */
  put(b: Batch) {
    const i = this.list.findIndex((x) => x.id === b.id);
    if (i >= 0) this.list[i] = b;
    else this.list = [b, ...this.list];
  }
}

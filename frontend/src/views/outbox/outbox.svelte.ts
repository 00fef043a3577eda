import { messageOf } from '../../lib/api';
import { Mail } from '../../lib/mail-api';
import { onMailChanged } from '../../lib/mail-runtime';
import type { OutboxMessage, OutboxState } from '../../lib/mail-types';

/** The most the list shows, as Go's Mail.Outbox returns at most 200. */
export const LIMIT = 200;

/**
 * OutboxList is the outbox screen's list: the messages in one state (or
 * all), newest first, re-pulled whenever mail changes state.
 */
export class OutboxList {
  state = $state<OutboxState | ''>('');
  items = $state<OutboxMessage[]>([]);
  loaded = $state(false);
  error = $state('');
  private seq = 0;

  /** start loads and follows changes; it returns the function that stops. */
  start(): () => void {
    void this.load();
    return onMailChanged(() => this.load());
  }

  show(state: OutboxState | '') {
    if (state === this.state && this.loaded) return;
    this.state = state;
    this.loaded = false;
    void this.load();
  }

  async load() {
    const seq = ++this.seq;
    try {
      const items = await Mail.outbox(this.state);
      if (seq !== this.seq) return;
      this.items = items;
      this.error = '';
    } catch (err) {
      if (seq === this.seq) this.error = messageOf(err);
    } finally {
      if (seq === this.seq) this.loaded = true;
    }
  }
}

import { messageOf } from '../../lib/api';
import { Mail } from '../../lib/mail-api';
import { outboxStates } from '../../lib/mail-labels';
import { onMailChanged } from '../../lib/mail-runtime';
import type { OutboxMessage, OutboxState } from '../../lib/mail-types';

/** The most the list shows, as Go's Mail.Outbox returns at most 200 per state. */
export const LIMIT = 200;

/**
 * everything lists all states, newest first. Mail.Outbox("") should do it,
 * but Go's outbox.List finds nothing for "" (its index is by state), so
 * the states are asked one by one and merged.
 */
async function everything(): Promise<OutboxMessage[]> {
  const lists = await Promise.all(outboxStates.map((s) => Mail.outbox(s)));
  return lists
    .flat()
    .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.id - a.id)
    .slice(0, LIMIT);
}

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
      const items = this.state ? await Mail.outbox(this.state) : await everything();
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

import { Mail } from '../../lib/mail-api';
import { MailList } from '../../lib/mail-list.svelte';
import type { OutboxMessage, OutboxState } from '../../lib/mail-types';

/** The most the list shows, as Go's Mail.Outbox returns at most 200. */
export const LIMIT = 200;

/**
 * OutboxList is the outbox screen's list: the messages in one state (or
 * all), newest first, re-pulled whenever mail changes state.
 */
export class OutboxList extends MailList<OutboxMessage> {
  state = $state<OutboxState | ''>('');

  show(state: OutboxState | '') {
    if (state === this.state && this.loaded) return;
    this.state = state;
    this.loaded = false;
    void this.load();
  }

  protected pull() {
    return Mail.outbox(this.state);
  }
}

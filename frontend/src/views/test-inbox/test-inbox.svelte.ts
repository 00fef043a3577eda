import { messageOf } from '../../lib/api';
import { Mail } from '../../lib/mail-api';
import { onMailChanged } from '../../lib/mail-runtime';
import type { InboxItem } from '../../lib/mail-types';

/**
 * TestInboxState is what the built-in test inbox received, newest first,
 * re-pulled whenever outgoing mail changes state (a message sent in test
 * mode lands here).
 */
export class TestInboxState {
  items = $state<InboxItem[]>([]);
  selected = $state<number | null>(null);
  loaded = $state(false);
  error = $state('');
  private seq = 0;

  current = $derived(this.items.find((i) => i.id === this.selected) ?? this.items[0] ?? null);

  start(): () => void {
    void this.load();
    return onMailChanged(() => this.load());
  }

  async load() {
    const seq = ++this.seq;
    try {
      const items = await Mail.testInbox();
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

import { Mail } from '../../lib/mail-api';
import { MailList } from '../../lib/mail-list.svelte';
import type { InboxItem } from '../../lib/mail-types';

/**
 * TestInboxState is what the built-in test inbox received, newest first,
 * re-pulled whenever outgoing mail changes state (a message sent in test
 * mode lands here).
 */
export class TestInboxState extends MailList<InboxItem> {
  selected = $state<number | null>(null);

  current = $derived(this.items.find((i) => i.id === this.selected) ?? this.items[0] ?? null);

  protected pull() {
    return Mail.testInbox();
  }
}

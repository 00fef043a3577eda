import { Mail } from '../../lib/mail-api';
import { onMailChanged } from '../../lib/mail-runtime';
import type { OutboxMessage } from '../../lib/mail-types';

/**
 * TicketEmails are the emails of one open ticket and where each one is,
 * re-pulled whenever outgoing mail changes state, so a reply's line goes
 * from "queued" to "emailed" (or says why not) without a click.
 */
export class TicketEmails {
  list = $state<OutboxMessage[]>([]);
  private seq = 0;

  constructor(public readonly ticketId: number) {}

  /** start loads them and follows changes; it returns the function that stops. */
  start(): () => void {
    void this.load();
    return onMailChanged(() => this.load());
  }

  async load() {
    const seq = ++this.seq;
    try {
      const list = await Mail.ticketEmails(this.ticketId);
      if (seq === this.seq) this.list = list;
    } catch {
      // The conversation shows without email lines; the next change tries again.
    }
  }
}

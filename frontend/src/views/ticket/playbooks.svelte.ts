import { messageOf } from '../../lib/api';
import { Playbooks } from '../../lib/playbooks-api';
import { addable } from '../../lib/playbooks-text';
import type { Attached, Playbook, TicketStep } from '../../lib/playbooks-types';

/** One playbook's required steps still unticked, for the reason dialog. */
export interface OpenSteps {
  name: string;
  steps: TicketStep[];
}

/**
 * TicketPlaybooks is the playbooks on one open ticket: what the panel
 * shows, and what the reason dialog lists. Every call answers with the
 * ticket's playbooks as they are after it, so the list is replaced whole.
 */
export class TicketPlaybooks {
  list = $state<Attached[]>([]);
  /** Every playbook the shop has, for "Add playbook". */
  all = $state<Playbook[]>([]);
  loaded = $state(false);
  error = $state('');
  /** "playbook/step" being ticked, or "playbook" being added or removed. */
  busy = $state('');

  /** Only the latest call's answer is shown: one begun earlier may have read before a tick. */
  private seq = 0;

  constructor(public readonly ticketId: number) {}

  /** What "Add playbook" offers: those not on the ticket yet. */
  get addable(): Playbook[] {
    return addable(this.all, this.list);
  }

  /** The required steps still open, by playbook. */
  get open(): OpenSteps[] {
    return this.list
      .map((a) => ({ name: a.name, steps: a.steps.filter((s) => s.required && !s.done) }))
      .filter((o) => o.steps.length > 0);
  }

  async load() {
    const seq = ++this.seq;
    try {
      const [list, all] = await Promise.all([Playbooks.forTicket(this.ticketId), Playbooks.list()]);
      // The shop's playbooks are not changed by a tick: always take them.
      this.all = all;
      if (seq !== this.seq) return;
      this.list = list;
      this.error = '';
    } catch (err) {
      if (seq === this.seq) this.error = messageOf(err);
    } finally {
      this.loaded = true;
    }
  }

  tick(a: Attached, s: TicketStep, done: boolean) {
    return this.run(`${a.playbookId}/${s.id}`, () => Playbooks.tick(this.ticketId, a.playbookId, s.id, done));
  }

  attach(playbookId: number) {
    return this.run(String(playbookId), () => Playbooks.attach(this.ticketId, playbookId));
  }

  remove(a: Attached) {
    return this.run(String(a.playbookId), () => Playbooks.remove(this.ticketId, a.playbookId));
  }

  private async run(what: string, call: () => Promise<Attached[]>) {
    const seq = ++this.seq;
    this.busy = what;
    try {
      const list = await call();
      if (seq === this.seq) this.list = list;
      this.error = '';
    } catch (err) {
      this.error = messageOf(err);
    } finally {
      this.busy = '';
    }
  }
}

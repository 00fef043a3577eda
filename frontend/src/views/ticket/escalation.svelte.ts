import { messageOf } from '../../lib/api';
import { Escalations } from '../../lib/escalations-api';
import type { Closing, Escalation, Investigation, NewEscalation } from '../../lib/escalations-types';
import { mailDesk } from '../../lib/mail.svelte';
import { toasts } from '../../lib/toast.svelte';
import type { TicketState } from './ticket.svelte';

/**
 * TicketEscalation is where a ticket's escalation stands, shared by the
 * header's Escalate button and the panel in the right column. Each step
 * names the version it started from; when Go refuses (someone else moved
 * it first, or the step is not this person's), its message shows as it is
 * and the escalation reloads.
 */
export class TicketEscalation {
  /** The ticket's escalations, oldest first. */
  list = $state<Escalation[]>([]);
  loaded = $state(false);
  loadError = $state('');
  /** Go's refusal of the last step, shown as it is. */
  error = $state('');
  busy = $state(false);

  /** The open case, or else the last one closed. */
  current = $derived<Escalation | null>(this.list.find((e) => e.step < 5) ?? this.list.at(-1) ?? null);
  open = $derived(this.list.some((e) => e.step < 5));

  constructor(private readonly ticket: TicketState) {}

  async load() {
    try {
      this.list = await Escalations.forTicket(this.ticket.id);
      this.loadError = '';
    } catch (err) {
      this.loadError = messageOf(err);
    } finally {
      this.loaded = true;
    }
  }

  private put(e: Escalation) {
    this.list = this.list.some((x) => x.id === e.id) ? this.list.map((x) => (x.id === e.id ? e : x)) : [...this.list, e];
  }

  /** escalate does steps 1 and 2; the dialog shows a refusal itself, so it is thrown on. */
  async escalate(input: NewEscalation): Promise<Escalation> {
    const d = this.ticket.detail;
    if (!d) throw new Error('the ticket is still loading: try again in a moment');
    const out = await Escalations.escalate(this.ticket.id, d.ticket.version, input);
    this.ticket.detail = out.ticket;
    this.put(out.escalation);
    return out.escalation;
  }

  private async step(run: (e: Escalation) => Promise<Escalation>, done: string, reloadTicket = false): Promise<boolean> {
    const e = this.current;
    if (!e || this.busy) return false;
    this.busy = true;
    this.error = '';
    try {
      this.put(await run(e));
      toasts.show(done);
      if (reloadTicket) await this.ticket.load();
      return true;
    } catch (err) {
      this.error = messageOf(err);
      await this.load();
      return false;
    } finally {
      this.busy = false;
    }
  }

  investigate(input: Investigation) {
    // The estimate becomes the ticket's due time: the ticket is reloaded too.
    return this.step((e) => Escalations.investigate(e.id, e.version, input), 'Investigation recorded', true);
  }

  /** communicate sends the update as a reply: the conversation shows it. */
  communicate(body: string) {
    // Queued, never "sent": the line under the reply says when it goes.
    const done = mailDesk.testInbox ? 'Update queued for the test inbox — not sent to the customer' : 'Customer update queued';
    return this.step((e) => Escalations.communicate(e.id, e.version, body), done, true);
  }

  /** close records the outcome; Go resolves the ticket with it. */
  close(input: Closing) {
    return this.step((e) => Escalations.close(e.id, e.version, input), 'Case closed, ticket resolved', true);
  }
}

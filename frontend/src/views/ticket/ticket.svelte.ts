import { Tickets, messageOf } from '../../lib/api';
import { mailDesk } from '../../lib/mail.svelte';
import { isOpenSteps } from '../../lib/playbooks-text';
import { toasts } from '../../lib/toast.svelte';
import type { Detail, TicketChange } from '../../lib/types';

export type ComposeMode = 'reply' | 'note' | 'customer';

/** Drafts per ticket and mode: leaving a ticket never loses a half-written reply. */
const drafts = $state<Record<string, string>>({});

export function draftKey(id: number, mode: ComposeMode) {
  return `${id}:${mode}`;
}

export { drafts };

/** A close Go refused because a playbook's required steps are unticked: the change to try again with a reason. */
export interface Closing {
  change: TicketChange;
  /** The toast once it goes through. */
  done?: string;
  /** Go's refusal, as it said it. */
  message: string;
}

/**
 * TicketState is one open ticket: its detail, and the changes and messages
 * made to it. A change names the version it started from; when Go answers
 * that someone else saved first, the message shows and the ticket reloads,
 * so nobody overwrites anybody without seeing it.
 */
export class TicketState {
  detail = $state<Detail | null>(null);
  loadError = $state('');
  /** Why the last change to the ticket's fields failed. */
  changeError = $state('');
  /** Why the last message could not be added. */
  sendError = $state('');
  saving = $state(false);
  sending = $state(false);
  /** Set while the closer is asked why required steps are unticked. */
  closing = $state<Closing | null>(null);

  constructor(public readonly id: number) {}

  async load() {
    try {
      this.detail = await Tickets.get(this.id);
      this.loadError = '';
    } catch (err) {
      this.loadError = messageOf(err);
    }
  }

  /**
   * update saves a change; on failure it shows why and reloads the ticket.
   * A close refused for unticked required steps is not a failure to show:
   * it waits in closing for the closer to say why (see closeWithReason).
   */
  async update(change: TicketChange, done?: string): Promise<boolean> {
    if (!this.detail) return false;
    this.saving = true;
    this.changeError = '';
    try {
      this.detail = await Tickets.update(this.id, this.detail.ticket.version, change);
      if (done) toasts.show(done);
      return true;
    } catch (err) {
      const message = messageOf(err);
      if (!change.why && isOpenSteps(message)) {
        this.closing = { change, done, message };
        return false;
      }
      this.changeError = message;
      await this.load();
      return false;
    } finally {
      this.saving = false;
    }
  }

  /**
   * closeWithReason makes the refused close again with the closer's reason.
   * A failure is thrown for the dialog to show (the ticket is reloaded
   * first, so trying again starts from its latest version).
   */
  async closeWithReason(why: string): Promise<void> {
    const c = this.closing;
    if (!c || !this.detail) return;
    this.saving = true;
    try {
      this.detail = await Tickets.update(this.id, this.detail.ticket.version, { ...c.change, why });
      this.closing = null;
      if (c.done) toasts.show(c.done);
    } catch (err) {
      await this.load();
      throw err;
    } finally {
      this.saving = false;
    }
  }

  /** send adds a reply, note or customer message; the draft is cleared only when it is saved. */
  async send(mode: ComposeMode, body: string, resolve = false): Promise<boolean> {
    this.sending = true;
    this.sendError = '';
    try {
      const add = mode === 'reply' ? Tickets.reply : mode === 'note' ? Tickets.addNote : Tickets.addCustomerMessage;
      this.detail = await add(this.id, body);
      drafts[draftKey(this.id, mode)] = '';
      this.changeError = '';
      // Queued, never "sent": the server has not accepted it yet; the line
      // under the reply says when it does.
      const queued = mailDesk.testInbox ? 'Reply queued for the test inbox — not sent to the customer' : 'Reply queued';
      if (resolve) {
        const ok = await this.update({ status: 'resolved' });
        toasts.show(ok ? `${queued}, ticket resolved` : queued);
        // Refused for unticked steps: the reason dialog says so once it goes through.
        if (!ok && this.closing) this.closing.done = 'Ticket resolved';
      } else {
        const logged = !this.detail?.customer.email; // no address: logged, not emailed
        toasts.show(mode === 'reply' ? (logged ? 'Reply logged' : queued) : mode === 'note' ? 'Note added' : 'Customer message logged');
      }
      return true;
    } catch (err) {
      this.sendError = messageOf(err);
      return false;
    } finally {
      this.sending = false;
    }
  }
}

import { coalesce } from './coalesce';
import { Mail, Templates } from './mail-api';
import { onMailChanged } from './mail-runtime';
import type { Blocked, Placeholder } from './mail-types';
import { placeholderIndex, type PlaceholderIndex } from './mail-text';

/**
 * MailDesk holds what every screen shares about outgoing mail, for every
 * person (Go's Mail.Status): how many messages need the owner (failed, or
 * may have been sent) for the sidebar, whether all sending is paused,
 * whether mail goes to the test inbox, and the placeholders templates may
 * use. It re-pulls on "mail:changed", which Go also sends when sending
 * pauses or resumes.
 */
class MailDesk {
  failed = $state(0);
  uncertain = $state(0);
  /** The count the sidebar shows beside Outbox. */
  attention = $derived(this.failed + this.uncertain);
  /** Waiting to be sent: queued, being sent or to be tried again. */
  waiting = $state(0);
  /** Set aside because the data file could not be read for them: never sent. */
  damaged = $state(0);
  blocked = $state<Blocked | null>(null);
  /** Sending is paused until the owner enters the mail password (the data file came without it). */
  passwordMissing = $state(false);
  /** Mail goes to the built-in test inbox: test mode, or no server set up yet. */
  testInbox = $state(false);
  placeholders = $state<Placeholder[]>([]);
  index = $derived<PlaceholderIndex>(placeholderIndex(this.placeholders));

  private off: (() => void) | undefined;
  private readonly pulls = coalesce(() => this.pull());

  start() {
    this.stop();
    void this.refresh();
    void this.loadPlaceholders();
    this.off = onMailChanged(() => this.refresh());
  }

  stop() {
    this.off?.();
    this.off = undefined;
    this.failed = 0;
    this.uncertain = 0;
    this.waiting = 0;
    this.blocked = null;
    this.passwordMissing = false;
    this.testInbox = false;
  }

  /**
   * refresh re-pulls the status. While a pull is under way (it may have
   * read before the change), every call shares one more pull after it, and
   * resolves when that one is done.
   */
  refresh(): Promise<void> {
    return this.pulls();
  }

  private async pull() {
    try {
      const st = await Mail.status();
      this.failed = st.failed;
      this.uncertain = st.uncertain;
      this.waiting = st.waiting;
      this.damaged = st.damaged ?? 0;
      this.blocked = st.blocked.error ? st.blocked : null;
      this.passwordMissing = st.passwordMissing;
      this.testInbox = st.testMode;
    } catch {
      // The next event tries again; the sidebar keeps the last numbers.
    }
  }

  async loadPlaceholders() {
    if (this.placeholders.length) return;
    try {
      this.placeholders = await Templates.placeholders();
    } catch {
      // Without the list, unfilled placeholders are still refused by Go.
    }
  }
}

export const mailDesk = new MailDesk();

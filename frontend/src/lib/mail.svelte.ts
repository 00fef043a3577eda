import { Mail, Templates } from './mail-api';
import { onMailChanged } from './mail-runtime';
import type { Blocked, MailServer, Placeholder } from './mail-types';
import { placeholderIndex, type PlaceholderIndex } from './mail-text';

const REFRESH_MS = 30_000;

/**
 * MailDesk holds what every screen shares about outgoing mail: how many
 * messages need the owner (failed, or may have been sent) for the sidebar,
 * whether all sending is paused, whether mail goes to the test inbox, and
 * the placeholders templates may use. It re-pulls on "mail:changed" and
 * every 30 seconds (a pause starts and ends without a message changing).
 */
class MailDesk {
  failed = $state(0);
  uncertain = $state(0);
  /** The count the sidebar shows beside Outbox. */
  attention = $derived(this.failed + this.uncertain);
  blocked = $state<Blocked | null>(null);
  /**
   * The saved mail settings, for the owner (reps may not read them):
   * null until loaded or for a rep.
   */
  server = $state<MailServer | null>(null);
  /** Mail goes to the built-in test inbox: test mode, or no server set up yet. */
  testInbox = $derived(!!this.server && (this.server.testMode || !this.server.host || !this.server.fromAddress));
  placeholders = $state<Placeholder[]>([]);
  index = $derived<PlaceholderIndex>(placeholderIndex(this.placeholders));

  private owner = false;
  private timer: ReturnType<typeof setInterval> | undefined;
  private off: (() => void) | undefined;
  private running: Promise<void> | null = null;
  private again = false;

  start(owner: boolean) {
    this.stop();
    this.owner = owner;
    void this.refresh();
    void this.loadServer();
    void this.loadPlaceholders();
    this.timer = setInterval(() => void this.refresh(), REFRESH_MS);
    this.off = onMailChanged(() => this.refresh());
  }

  stop() {
    clearInterval(this.timer);
    this.off?.();
    this.timer = undefined;
    this.off = undefined;
    this.server = null;
  }

  /** refresh re-pulls the counts; a burst of calls makes one more pull, not many. */
  refresh(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.pull().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        void this.refresh();
      }
    });
    return this.running;
  }

  private async pull() {
    try {
      const [failed, uncertain, blocked] = await Promise.all([
        Mail.outbox('failed'),
        Mail.outbox('uncertain'),
        Mail.blocked(),
      ]);
      this.failed = failed.length;
      this.uncertain = uncertain.length;
      this.blocked = blocked.error ? blocked : null;
    } catch {
      // The next event or tick tries again; the sidebar keeps the last numbers.
    }
  }

  /** loadServer reads the mail settings (owner only); the settings screen calls it after a save. */
  async loadServer() {
    if (!this.owner) return;
    try {
      this.server = (await Mail.settings()).settings;
    } catch {
      // Shown on the settings screen when it is opened.
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

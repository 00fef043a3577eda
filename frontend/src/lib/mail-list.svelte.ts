import { messageOf } from './api';
import { onMailChanged } from './mail-runtime';

/**
 * MailList is a list Go keeps on the email side (the outbox, the test
 * inbox, feedback batches), pulled on start and again whenever outgoing
 * mail changes state. When pulls overlap, only the newest one's answer
 * is shown.
 */
export abstract class MailList<T> {
  items = $state<T[]>([]);
  loaded = $state(false);
  error = $state('');
  private seq = 0;

  /** pull asks Go for the list as it is now. */
  protected abstract pull(): Promise<T[]>;

  /** start loads and follows changes; it returns the function that stops. */
  start(): () => void {
    void this.load();
    return onMailChanged(() => this.load());
  }

  async load() {
    const seq = ++this.seq;
    try {
      const items = await this.pull();
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

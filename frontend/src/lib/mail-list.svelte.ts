import { messageOf } from './api';
import { coalesce } from './coalesce';
import { onMailChanged } from './mail-runtime';

/**
 * MailList is a list Go keeps on the email side (the outbox, the test
 * inbox, feedback batches), pulled on start and again whenever outgoing
 * mail changes state. Changes that come while a pull is under way share
 * one more pull after it (a batch sends many changes a second), and only
 * the newest answer is shown.
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

  private readonly pulls = coalesce(() => this.pullNow());

  /** load pulls the list again; calls during a pull share the next one. */
  load(): Promise<void> {
    return this.pulls();
  }

  private async pullNow() {
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

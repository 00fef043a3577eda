import { onChange } from './api';
import { coalesce } from './coalesce';
import { Escalations } from './escalations-api';
import type { Counts } from './escalations-types';
import { onReturnsChanged, onTicketsChanged } from './mail-runtime';

/** Lateness changes with the clock, not only with changes: pull each minute. */
const REFRESH_MS = 60_000;

const none: Counts = { open: 0, waiting: 0, late: 0 };

/**
 * EscalationsDesk holds the sidebar's escalation count, for everyone: open
 * cases, shown in red when any is past its estimated time. It re-pulls
 * after a change made in this window, when Go says tickets or returns
 * changed (escalating, updating and closing change the ticket; a refund
 * above the limit comes with its return request), and each minute.
 */
class EscalationsDesk {
  counts = $state<Counts>({ ...none });

  private timer: ReturnType<typeof setInterval> | undefined;
  private offs: (() => void)[] = [];
  private readonly pulls = coalesce(() => this.pull());

  start() {
    this.stop();
    void this.refresh();
    this.timer = setInterval(() => void this.refresh(), REFRESH_MS);
    this.offs = [onChange(() => void this.refresh()), onTicketsChanged(() => this.refresh()), onReturnsChanged(() => this.refresh())];
  }

  stop() {
    clearInterval(this.timer);
    for (const off of this.offs) off();
    this.timer = undefined;
    this.offs = [];
    this.counts = { ...none };
  }

  refresh(): Promise<void> {
    return this.pulls();
  }

  /** set takes counts that came with the owner's board, fresher than the last pull. */
  set(c: Counts) {
    this.counts = c;
  }

  private async pull() {
    try {
      this.counts = await Escalations.counts();
    } catch {
      // The next change or minute tries again; the sidebar keeps the last number.
    }
  }
}

export const escalationsDesk = new EscalationsDesk();

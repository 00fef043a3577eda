import { messageOf } from './api';
import { coalesce } from './coalesce';
import { Checklists } from './checklists-api';
import type { Run } from './checklists-types';

/** Lateness changes with the clock, not only with changes: pull each minute. */
const REFRESH_MS = 60_000;

/**
 * ShiftDesk holds the signed-in person's checklists for today, shared by
 * the Today screen and the sidebar's count of late tasks. It starts after
 * the first frame (today's runs are created on the first pull).
 */
class ShiftDesk {
  runs = $state<Run[]>([]);
  loaded = $state(false);
  error = $state('');
  late = $derived(this.runs.reduce((n, r) => n + r.tasks.filter((t) => t.late).length, 0));

  private timer: ReturnType<typeof setInterval> | undefined;
  private readonly pulls = coalesce(() => this.pull());

  start() {
    this.stop();
    void this.refresh();
    this.timer = setInterval(() => void this.refresh(), REFRESH_MS);
  }

  stop() {
    clearInterval(this.timer);
    this.timer = undefined;
    this.runs = [];
    this.loaded = false;
  }

  refresh(): Promise<void> {
    return this.pulls();
  }

  /** put takes a run Go sent back after a tick. */
  put(r: Run) {
    this.runs = this.runs.map((x) => (x.templateId === r.templateId && x.date === r.date ? r : x));
  }

  private async pull() {
    try {
      this.runs = await Checklists.today();
      this.error = '';
    } catch (err) {
      this.error = messageOf(err);
    } finally {
      this.loaded = true;
    }
  }
}

export const shift = new ShiftDesk();

import { coalesce } from './coalesce';
import { onReturnsChanged } from './mail-runtime';
import { Returns } from './returns-api';
import type { ReturnCounts } from './returns-types';
import { session } from './session.svelte';

/**
 * ReturnsDesk holds the returns counts every screen shares: the sidebar's
 * number beside Returns and the queue's tab counts. The owner's number is
 * the requests only the owner may approve or refund; a rep's is the Needs
 * approval tab. It re-pulls on "returns:changed" (anyone's change).
 */
class ReturnsDesk {
  counts = $state<ReturnCounts>({ tabs: {}, needsOwner: 0, late: 0 });
  /** The sidebar's count. */
  badge = $derived(session.isOwner ? this.counts.needsOwner : (this.counts.tabs.approval ?? 0));

  private off: (() => void) | undefined;
  private readonly pulls = coalesce(() => this.pull());

  start() {
    this.stop();
    void this.refresh();
    this.off = onReturnsChanged(() => this.refresh());
  }

  stop() {
    this.off?.();
    this.off = undefined;
    this.counts = { tabs: {}, needsOwner: 0, late: 0 };
  }

  refresh(): Promise<void> {
    return this.pulls();
  }

  /** set takes counts that came with a queue page, fresher than the last pull. */
  set(c: ReturnCounts) {
    this.counts = c;
  }

  private async pull() {
    try {
      this.counts = await Returns.counts();
    } catch {
      // The next change tries again; the sidebar keeps the last number.
    }
  }
}

export const returnsDesk = new ReturnsDesk();

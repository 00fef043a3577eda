import { messageOf, onChange } from '../../lib/api';
import { coalesce } from '../../lib/coalesce';
import { Escalations } from '../../lib/escalations-api';
import type { Board } from '../../lib/escalations-types';
import { escalationsDesk } from '../../lib/escalations.svelte';
import { onReturnsChanged, onTicketsChanged } from '../../lib/mail-runtime';

/** Lateness changes with the clock: read again each minute. */
const REFRESH_MS = 60_000;

/**
 * EscalationsBoard is the owner's list: every open case, late first, and
 * the latest closed. It reads again on the changes that move a case, and
 * its counts go to the sidebar, fresher than the sidebar's own pull.
 */
export class EscalationsBoard {
  board = $state<Board | null>(null);
  error = $state('');

  private readonly pulls = coalesce(() => this.pull());

  load(): Promise<void> {
    return this.pulls();
  }

  follow(): () => void {
    const timer = setInterval(() => void this.load(), REFRESH_MS);
    const offs = [onChange(() => void this.load()), onTicketsChanged(() => this.load()), onReturnsChanged(() => this.load())];
    return () => {
      clearInterval(timer);
      offs.forEach((off) => off());
    };
  }

  private async pull() {
    try {
      this.board = await Escalations.board();
      this.error = '';
      escalationsDesk.set(this.board.counts);
    } catch (err) {
      this.error = messageOf(err);
    }
  }
}

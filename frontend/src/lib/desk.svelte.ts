import { People, Tickets, onChange } from './api';
import type { Counts, Person } from './types';

const REFRESH_MS = 30_000;

/**
 * Desk holds what every screen of the signed-in desk shares: the view
 * counts in the sidebar, the people (for assignees) and the tags in use.
 * Counts refresh after every change and every 30 seconds.
 */
class Desk {
  counts = $state<Counts>({});
  people = $state<Person[]>([]);
  tags = $state<string[]>([]);

  private timer: ReturnType<typeof setInterval> | undefined;
  private unsubscribe: (() => void) | undefined;

  start() {
    this.stop();
    void this.refresh();
    void this.loadPeople();
    this.timer = setInterval(() => void this.refresh(), REFRESH_MS);
    this.unsubscribe = onChange(() => {
      void this.refresh();
    });
  }

  stop() {
    clearInterval(this.timer);
    this.unsubscribe?.();
    this.timer = undefined;
    this.unsubscribe = undefined;
  }

  /** refresh reloads counts and tags; a failure keeps the last numbers. */
  async refresh() {
    try {
      const [counts, tags] = await Promise.all([Tickets.counts(), Tickets.tags()]);
      this.counts = counts;
      this.tags = tags;
    } catch {
      // The next tick tries again; the sidebar keeps the last numbers.
    }
  }

  async loadPeople() {
    try {
      this.people = await People.list();
    } catch {
      // Assignee names fall back to "Someone"; the next change reloads.
    }
  }

  person(id: number): Person | undefined {
    return this.people.find((p) => p.id === id);
  }

  /** assignable are the people a ticket can be given to. */
  get assignable(): Person[] {
    return this.people.filter((p) => p.active);
  }
}

export const desk = new Desk();

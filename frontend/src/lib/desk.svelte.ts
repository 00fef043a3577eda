import { People, Tickets, onChange } from './api';
import { coalesce } from './coalesce';
import { onTicketsChanged } from './mail-runtime';
import type { Counts, Person } from './types';

/** A safety net only: Go's "tickets:changed" event brings changes at once. */
const REFRESH_MS = 60_000;

/**
 * Desk holds what every screen of the signed-in desk shares: the view
 * counts in the sidebar, the people (for assignees) and the tags in use.
 * Counts refresh after every change made here, whenever Go says tickets
 * changed (anyone's change), and every minute in case an event was missed.
 */
class Desk {
  counts = $state<Counts>({});
  people = $state<Person[]>([]);
  tags = $state<string[]>([]);

  private timer: ReturnType<typeof setInterval> | undefined;
  private unsubscribe: (() => void)[] = [];
  private readonly pulls = coalesce(() => this.pull());

  /** seed fills in what start-up fetched (boot.ts); start refreshes it. */
  seed(b: { counts: Counts | null; people: Person[] | null; tags: string[] | null }) {
    if (b.counts) this.counts = b.counts;
    if (b.people) this.people = b.people;
    if (b.tags) this.tags = b.tags;
  }

  start() {
    this.stop();
    void this.refresh();
    void this.loadPeople();
    this.timer = setInterval(() => void this.refresh(), REFRESH_MS);
    this.unsubscribe = [onChange(() => void this.refresh()), onTicketsChanged(() => this.refresh())];
  }

  stop() {
    clearInterval(this.timer);
    for (const off of this.unsubscribe) off();
    this.timer = undefined;
    this.unsubscribe = [];
  }

  /**
   * refresh reloads counts and tags; a failure keeps the last numbers.
   * While a reload is under way (it may have read before the change),
   * every call shares one more after it.
   */
  refresh(): Promise<void> {
    return this.pulls();
  }

  private async pull() {
    try {
      const [counts, tags] = await Promise.all([Tickets.counts(), Tickets.tags()]);
      this.counts = counts;
      this.tags = tags;
    } catch {
      // The next change or tick tries again; the sidebar keeps the last numbers.
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

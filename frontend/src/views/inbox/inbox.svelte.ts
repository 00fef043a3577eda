import { Diagnostics, Tickets, messageOf, onChange } from '../../lib/api';
import { onTicketsChanged } from '../../lib/mail-runtime';
import type { Sort, Summary, TicketPage, View } from '../../lib/types';
import { PAGE, defaultSort, noFilters, queryOf, type Filters } from './query';

export { PAGE, noFilters, queryOf, type Filters };

const MAX_PAGE = 200;
/** A safety net only: Go's "tickets:changed" event brings changes at once. */
const SAFETY_MS = 60_000;

let shownReported = false;
let reported: () => void = () => {};
/**
 * firstReport settles once Go has heard that the first page is on screen
 * (or never, on a start that opens elsewhere): the other screens' code
 * loads after it, since fetching it held back the report by 25 ms.
 */
export const firstReport = new Promise<void>((r) => (reported = r));

/**
 * InboxState is the ticket list: which view, filters, sort and search, the
 * rows loaded so far (one page at a time), and the selected row. It lives
 * for the whole session, so coming back from a ticket finds it as it was.
 */
export class InboxState {
  view = $state<View>('mine');
  filters = $state<Filters>(noFilters());
  sort = $state<Sort>(defaultSort);
  /** The search being shown (what was typed, once applied). */
  search = $state('');

  items = $state<Summary[]>([]);
  next = $state('');
  /** All matches, or -1 for a search. */
  total = $state(0);
  /** True until the first page of the current query arrived. */
  loading = $state(true);
  loadingMore = $state(false);
  error = $state('');
  selected = $state(0);
  scrollTop = 0;
  /** Set to focus the search box when the inbox shows next. */
  wantSearchFocus = false;
  /** A change was made since the list was loaded. */
  stale = false;

  private seq = 0;
  /** Whether any load started since the session began. */
  private started = false;
  /** How many screens show the list (see follow). */
  private following = 0;

  constructor() {
    onChange(() => {
      this.stale = true;
    });
    // Anyone's change to any ticket: the list on screen reads it at once; a
    // hidden one when it shows again.
    onTicketsChanged(() => this.refresh());
  }

  /**
   * follow keeps the list fresh while it is on screen: at once after
   * tickets changed, and every minute in case an event was missed. It
   * returns the function that stops.
   */
  follow(): () => void {
    this.following++;
    const timer = setInterval(() => void this.refresh(), SAFETY_MS);
    return () => {
      this.following--;
      clearInterval(timer);
    };
  }

  /**
   * refresh re-reads the rows in place, keeping the selected one, if the
   * list is on screen; otherwise it is marked stale for when it shows. A
   * load under way may have read before the change: one more follows it.
   */
  refresh(): Promise<void> | undefined {
    this.stale = true;
    if (!this.following || this.loading || this.loadingMore) return;
    return this.load({ keep: true });
  }

  /** After a load, one more if tickets changed meanwhile and the list is on screen. */
  private catchUp() {
    if (this.stale && this.following && !this.loading && !this.loadingMore) void this.load({ keep: true });
  }

  /** reset forgets everything, for the next person to sign in. */
  reset() {
    this.seq++;
    this.started = false;
    this.view = 'mine';
    this.filters = noFilters();
    this.sort = defaultSort;
    this.search = '';
    this.items = [];
    this.next = '';
    this.total = 0;
    this.loading = true;
    this.error = '';
    this.selected = 0;
    this.scrollTop = 0;
  }

  get filtered(): boolean {
    const f = this.filters;
    return (
      f.statuses.length + f.priorities.length + f.categories.length + f.channels.length > 0 ||
      f.assignee !== null ||
      f.tag !== ''
    );
  }

  /** load fetches the first page again; rows on screen stay until it arrives. */
  async load(opts: { keep?: boolean } = {}) {
    const seq = ++this.seq;
    this.started = true;
    const keepId = opts.keep ? this.items[this.selected]?.id : undefined;
    const limit = opts.keep ? Math.min(MAX_PAGE, Math.max(PAGE, this.items.length)) : PAGE;
    if (!opts.keep) this.loading = true;
    this.stale = false;
    try {
      const page = await Tickets.list(queryOf(this.view, this.filters, this.sort, this.search, '', limit));
      if (seq !== this.seq) return;
      this.items = page.items;
      this.next = page.next;
      this.total = page.total;
      this.error = '';
      const at = keepId === undefined ? -1 : page.items.findIndex((s) => s.id === keepId);
      this.selected = at >= 0 ? at : opts.keep ? Math.min(this.selected, Math.max(0, page.items.length - 1)) : 0;
    } catch (err) {
      if (seq !== this.seq) return;
      this.error = messageOf(err);
      if (!opts.keep) this.items = [];
    } finally {
      if (seq === this.seq) {
        this.loading = false;
        this.catchUp();
      }
    }
  }

  /** loadMore appends the next page, if there is one. */
  async loadMore() {
    if (!this.next || this.loadingMore || this.loading) return;
    const seq = this.seq;
    this.loadingMore = true;
    try {
      const page = await Tickets.list(queryOf(this.view, this.filters, this.sort, this.search, this.next));
      if (seq !== this.seq) return;
      const have = new Set(this.items.map((s) => s.id));
      this.items = [...this.items, ...page.items.filter((s) => !have.has(s.id))];
      this.next = page.next;
      this.error = '';
    } catch (err) {
      if (seq === this.seq) this.error = messageOf(err);
    } finally {
      this.loadingMore = false;
      this.catchUp();
    }
  }

  /** show puts a first page fetched at start-up (boot.ts) on screen, as load would have. */
  show(view: View, page: TicketPage) {
    this.seq++;
    this.started = true;
    this.view = view;
    this.items = page.items;
    this.next = page.next;
    this.total = page.total;
    this.error = '';
    this.selected = 0;
    this.loading = false;
    this.stale = false;
  }

  setView(v: View) {
    if (v === this.view && this.started) return;
    this.view = v;
    this.selected = 0;
    this.scrollTop = 0;
    void this.load();
  }

  setFilters(f: Partial<Filters>) {
    this.filters = { ...this.filters, ...f };
    this.selected = 0;
    void this.load();
  }

  clearFilters() {
    this.filters = noFilters();
    this.selected = 0;
    void this.load();
  }

  setSort(s: Sort) {
    this.sort = s;
    this.selected = 0;
    void this.load();
  }

  setSearch(q: string) {
    if (q.trim() === this.search.trim()) return;
    this.search = q.trim();
    this.selected = 0;
    void this.load();
  }

  move(by: number) {
    if (this.items.length === 0) return;
    this.selected = Math.max(0, Math.min(this.items.length - 1, this.selected + by));
    if (this.selected >= this.items.length - 5) void this.loadMore();
  }

  /**
   * neighbour finds the ticket before (-1) or after (+1) id in the list,
   * loading the next page when id is the last one loaded.
   */
  async neighbour(id: number, dir: 1 | -1): Promise<number | null> {
    let at = this.items.findIndex((s) => s.id === id);
    if (at < 0) return null;
    if (dir === 1 && at === this.items.length - 1 && this.next) {
      await this.loadMore();
      at = this.items.findIndex((s) => s.id === id);
    }
    const n = this.items[at + dir];
    if (!n) return null;
    this.selected = at + dir;
    return n.id;
  }

  /** position says where id is in the list ("3 of 24"), if it is there. */
  position(id: number): { index: number; count: number; more: boolean } | null {
    const at = this.items.findIndex((s) => s.id === id);
    if (at < 0) return null;
    return { index: at, count: this.total >= 0 ? this.total : this.items.length, more: !!this.next };
  }

  /** reportShown tells Go, once per start, that the first page is on screen. */
  reportShown() {
    if (shownReported) return;
    shownReported = true;
    void Diagnostics.inboxShown()
      .catch(() => {})
      .finally(() => reported());
  }
}

export const inbox = new InboxState();

import { messageOf } from '../../lib/api';
import { onReturnsChanged } from '../../lib/mail-runtime';
import { Returns } from '../../lib/returns-api';
import { returnsDesk } from '../../lib/returns.svelte';
import type { Reason, ReturnRow, Tab } from '../../lib/returns-types';

export const PAGE = 50;

/** What a bar of the trends chart narrowed the queue to. */
export interface QueueFilter {
  reason: Reason | '';
  /** A product's key (its SKU, or its name when it has none). */
  product: string;
  /** What the chip says for the product. */
  productLabel: string;
  days: number;
}

export const noFilter: QueueFilter = { reason: '', product: '', productLabel: '', days: 0 };

/**
 * ReturnsQueue is one tab of the returns queue, page by page (Go's cursor),
 * with the filter a trends bar set. It kept across visits, so going back
 * from a request finds the same list; it re-pulls its first pages on
 * "returns:changed".
 */
class ReturnsQueue {
  tab = $state<Tab>('approval');
  filter = $state<QueueFilter>({ ...noFilter });
  items = $state<ReturnRow[]>([]);
  next = $state('');
  loading = $state(false);
  loadingMore = $state(false);
  loaded = $state(false);
  error = $state('');
  filtered = $derived(!!(this.filter.reason || this.filter.product));
  /** Bumped by every new load, so a late answer for an old tab is dropped. */
  private generation = 0;

  setTab(t: Tab) {
    if (t === this.tab && this.loaded) return;
    this.tab = t;
    void this.load();
  }

  setFilter(f: QueueFilter) {
    this.filter = f;
    void this.load();
  }

  clearFilter() {
    this.setFilter({ ...noFilter });
  }

  private query(cursor: string, limit = PAGE) {
    const f = this.filter;
    return { tab: this.tab, reason: f.reason, product: f.product, days: f.reason || f.product ? f.days : 0, cursor, limit };
  }

  /** load shows the first page; keep keeps as many rows as are on screen (a refresh). */
  async load(keep = false) {
    const gen = ++this.generation;
    this.loading = true;
    this.error = '';
    const limit = keep ? Math.min(Math.max(PAGE, this.items.length), 500) : PAGE;
    try {
      const p = await Returns.queue(this.query('', limit));
      if (gen !== this.generation) return;
      this.items = p.items;
      this.next = p.next;
      returnsDesk.set(p.counts);
    } catch (err) {
      if (gen !== this.generation) return;
      this.error = messageOf(err);
      if (!keep) {
        this.items = [];
        this.next = '';
      }
    } finally {
      if (gen === this.generation) {
        this.loading = false;
        this.loaded = true;
      }
    }
  }

  async loadMore() {
    if (!this.next || this.loadingMore || this.loading) return;
    const gen = this.generation;
    this.loadingMore = true;
    try {
      const p = await Returns.queue(this.query(this.next));
      if (gen !== this.generation) return;
      const seen = new Set(this.items.map((r) => r.id));
      this.items = [...this.items, ...p.items.filter((r) => !seen.has(r.id))];
      this.next = p.next;
      returnsDesk.set(p.counts);
    } catch (err) {
      if (gen === this.generation) this.error = messageOf(err);
    } finally {
      this.loadingMore = false;
    }
  }

  /** follow re-pulls what is on screen when anyone changes a request; returns the stop. */
  follow(): () => void {
    return onReturnsChanged(() => this.load(true));
  }
}

export const queue = new ReturnsQueue();

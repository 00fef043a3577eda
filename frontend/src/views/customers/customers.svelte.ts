import { Customers, messageOf } from '../../lib/api';
import type { FieldRules } from '../../lib/field-errors';
import type { Customer, CustomerInput, CustomerSort, CustomerStats } from '../../lib/types';

export const PAGE = 50;

/** Rules to put Go's customer messages under the right field. */
export const customerRules: FieldRules<keyof CustomerInput> = [
  ['name', /^customer name/i],
  ['phone', /^phone/i],
  ['notes', /^notes/i],
  ['tags', /tag/i],
  ['email', /email|address/i],
];

export const blankCustomer = (): CustomerInput => ({ name: '', email: '', phone: '', notes: '', tags: [] });

export const inputOf = (c: Customer): CustomerInput => ({
  name: c.name,
  email: c.email,
  phone: c.phone,
  notes: c.notes,
  tags: [...c.tags],
});

/** CustomerListState is one page of the customer list, by name, with a search. */
class CustomerListState {
  search = $state('');
  offset = $state(0);
  items = $state<Customer[]>([]);
  /** Parallel to items. */
  stats = $state<CustomerStats[]>([]);
  sort = $state<CustomerSort>('name');
  desc = $state(false);
  total = $state(0);
  loading = $state(true);
  error = $state('');
  private seq = 0;

  async load() {
    const seq = ++this.seq;
    this.loading = true;
    try {
      const page = await Customers.list({ search: this.search.trim(), tag: '', offset: this.offset, limit: PAGE, sort: this.sort, desc: this.desc });
      if (seq !== this.seq) return;
      this.items = page.items;
      this.stats = page.stats;
      this.total = page.total;
      this.error = '';
    } catch (err) {
      if (seq === this.seq) this.error = messageOf(err);
    } finally {
      if (seq === this.seq) this.loading = false;
    }
  }

  setSearch(q: string) {
    this.search = q;
    this.offset = 0;
    void this.load();
  }

  /** sortBy sorts by a column; the same column again reverses it. Numbers start with the most. */
  sortBy(by: CustomerSort) {
    if (this.sort === by) this.desc = !this.desc;
    else {
      this.sort = by;
      this.desc = by !== 'name';
    }
    this.offset = 0;
    void this.load();
  }

  page(dir: 1 | -1) {
    this.offset = Math.max(0, this.offset + dir * PAGE);
    void this.load();
  }
}

export const customerList = new CustomerListState();

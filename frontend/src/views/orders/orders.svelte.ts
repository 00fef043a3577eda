import { messageOf } from '../../lib/api';
import type { FieldRules } from '../../lib/field-errors';
import { decimal } from '../../lib/money';
import { Orders } from '../../lib/orders-api';
import type { Order, OrderInput, OrderSummary } from '../../lib/orders-types';

export const PAGE = 50;

/** OrderListState is the order list, newest first, paged by Go's cursor. */
class OrderListState {
  search = $state('');
  items = $state<OrderSummary[]>([]);
  total = $state(0);
  next = $state('');
  loading = $state(true);
  more = $state(false);
  error = $state('');
  private seq = 0;

  async load() {
    const seq = ++this.seq;
    this.loading = true;
    try {
      const p = await Orders.list({ search: this.search.trim(), customerId: 0, cursor: '', limit: PAGE });
      if (seq !== this.seq) return;
      this.items = p.items;
      this.total = p.total;
      this.next = p.next;
      this.error = '';
    } catch (err) {
      if (seq === this.seq) this.error = messageOf(err);
    } finally {
      if (seq === this.seq) this.loading = false;
    }
  }

  /** loadMore appends the next page. */
  async loadMore() {
    if (!this.next || this.more) return;
    const seq = this.seq;
    this.more = true;
    try {
      const p = await Orders.list({ search: this.search.trim(), customerId: 0, cursor: this.next, limit: PAGE });
      if (seq !== this.seq) return;
      const seen = new Set(this.items.map((o) => o.id));
      this.items = [...this.items, ...p.items.filter((o) => !seen.has(o.id))];
      this.total = p.total;
      this.next = p.next;
    } catch (err) {
      if (seq === this.seq) this.error = messageOf(err);
    } finally {
      this.more = false;
    }
  }

  setSearch(q: string) {
    this.search = q;
    void this.load();
  }
}

export const orderList = new OrderListState();

/** One row of the editor's items, with the unit price and discount as typed. */
export interface ItemRow {
  key: number;
  line: number;
  product: string;
  sku: string;
  quantity: string;
  unitPrice: string;
  discount: string;
}

/** The order editor's form: amounts as typed, read with lib/money on the way out. */
export interface OrderForm {
  number: string;
  customerId: number;
  name: string;
  email: string;
  placedAt: string;
  paidAt: string;
  fulfilledAt: string;
  deliveredAt: string;
  items: ItemRow[];
  currency: string;
  discount: string;
  shipping: string;
  tax: string;
  payment: OrderInput['payment'];
  paymentMethod: string;
  fulfilment: OrderInput['fulfilment'];
  carrier: string;
  tracking: string;
  notes: string;
}

export type OrderField = 'customer' | 'number' | 'dates' | 'items' | 'currency' | 'amounts' | 'tracking' | 'notes';

/** Someone else saved the order first: shown with a Reload action, not under a field. */
export const isStale = (msg: string) => /saved this order while you were editing/i.test(msg);

/** Rules to put Go's order messages next to the right part of the form. */
export const orderRules: FieldRules<OrderField> = [
  ['customer', /customer|email address/i],
  ['number', /no number|order number/i],
  ['dates', /date|placed|future|paid at|delivered|shipped/i],
  ['items', /^line \d|has no items|\d+ items|product|quantity|price|sku/i],
  ['currency', /currency/i],
  ['amounts', /discount|shipping|tax|total|refunded/i],
  ['tracking', /tracking|carrier/i],
  ['notes', /notes/i],
];

let keys = 0;
export const blankItem = (line = 0): ItemRow => ({ key: ++keys, line, product: '', sku: '', quantity: '1', unitPrice: '', discount: '' });

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
/** The date part of a Go time for a date input ("" for none). */
export const dateOf = (iso?: string) => (iso ? iso.slice(0, 10) : '');

export const blankOrder = (over: Partial<OrderForm> = {}): OrderForm => ({
  number: '',
  customerId: 0,
  name: '',
  email: '',
  placedAt: today(),
  paidAt: '',
  fulfilledAt: '',
  deliveredAt: '',
  items: [blankItem()],
  currency: 'USD',
  discount: '',
  shipping: '',
  tax: '',
  payment: 'paid',
  paymentMethod: '',
  fulfilment: 'unfulfilled',
  carrier: '',
  tracking: '',
  notes: '',
  ...over,
});

const amount = (minor: number, currency: string) => (minor ? decimal(minor, currency) : '');

export const formOf = (o: Order): OrderForm => ({
  number: o.number,
  customerId: o.customerId,
  name: o.name,
  email: o.email,
  placedAt: dateOf(o.placedAt),
  paidAt: dateOf(o.paidAt),
  fulfilledAt: dateOf(o.fulfilledAt),
  deliveredAt: dateOf(o.deliveredAt),
  items: o.items.map((i) => ({
    key: ++keys,
    line: i.line,
    product: i.product,
    sku: i.sku,
    quantity: String(i.quantity),
    unitPrice: decimal(i.unitPrice, o.currency),
    discount: amount(i.discount, o.currency),
  })),
  currency: o.currency,
  discount: amount(o.discount, o.currency),
  shipping: amount(o.shipping, o.currency),
  tax: amount(o.tax, o.currency),
  payment: o.payment,
  paymentMethod: o.paymentMethod,
  fulfilment: o.fulfilment,
  carrier: o.carrier,
  tracking: o.tracking,
  notes: o.notes,
});

/** OrderEditorState opens the order editor from anywhere (the list, an order, a ticket). */
class OrderEditorState {
  open = $state(false);
  /** 0 for a new order. */
  id = $state(0);
  version = $state(0);
  form = $state<OrderForm>(blankOrder());
  /** Called with the saved order. */
  onsaved: ((o: Order) => void) | null = null;

  start(over: Partial<OrderForm> = {}, onsaved?: (o: Order) => void) {
    this.id = 0;
    this.version = 0;
    this.form = blankOrder(over);
    this.onsaved = onsaved ?? null;
    this.open = true;
  }

  edit(o: Order, onsaved?: (o: Order) => void) {
    this.id = o.id;
    this.version = o.version;
    this.form = formOf(o);
    this.onsaved = onsaved ?? null;
    this.open = true;
  }
}

export const orderEditor = new OrderEditorState();

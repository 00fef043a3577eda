// The order editor's arithmetic: the typed amounts read into minor units
// and the totals worked out as Go does (subtotal = Σ quantity × unit price −
// line discounts; total = subtotal − discount + shipping + tax), all in
// integers.

import { parseAmount } from '../../lib/money';
import type { Item, OrderInput } from '../../lib/orders-types';
import type { OrderForm } from './orders.svelte';

export interface Totals {
  subtotal: number;
  total: number;
  /** Problems by place: "item-3-unitPrice", "shipping" …; empty when the form reads. */
  problems: Record<string, string>;
}

const optional = (s: string, currency: string): { minor: number; error: string } => {
  if (s.trim() === '') return { minor: 0, error: '' };
  const p = parseAmount(s, currency);
  return p.ok ? { minor: p.minor, error: '' } : { minor: 0, error: p.error };
};

function quantity(s: string): { n: number; error: string } {
  const t = s.trim();
  if (!/^\d+$/.test(t)) return { n: 0, error: 'quantity is a whole number' };
  const n = Number(t);
  if (n < 1) return { n: 0, error: 'quantity is at least 1' };
  if (n > 100000) return { n: 0, error: 'quantity is too large' };
  return { n, error: '' };
}

/** read turns the form into Go's Input and the totals, or says what does not read. */
export function read(f: OrderForm): { input: OrderInput; totals: Totals } {
  const problems: Record<string, string> = {};
  const items: Item[] = [];
  let subtotal = 0;
  f.items.forEach((r, i) => {
    const blank = !r.product.trim() && !r.sku.trim() && !r.unitPrice.trim();
    if (blank && f.items.length > 1) return;
    const q = quantity(r.quantity);
    if (q.error) problems[`item-${i}-quantity`] = q.error;
    let unit = 0;
    if (r.unitPrice.trim() === '') problems[`item-${i}-unitPrice`] = 'unit price is empty';
    else {
      const p = parseAmount(r.unitPrice, f.currency);
      if (p.ok) unit = p.minor;
      else problems[`item-${i}-unitPrice`] = p.error;
    }
    const d = optional(r.discount, f.currency);
    if (d.error) problems[`item-${i}-discount`] = d.error;
    if (q.n * unit < d.minor) problems[`item-${i}-discount`] = 'discount is more than the line';
    subtotal += q.n * unit - d.minor;
    items.push({ line: r.line, product: r.product.trim(), sku: r.sku.trim(), quantity: q.n, unitPrice: unit, discount: d.minor });
  });
  const discount = optional(f.discount, f.currency);
  const shipping = optional(f.shipping, f.currency);
  const tax = optional(f.tax, f.currency);
  if (discount.error) problems.discount = discount.error;
  if (shipping.error) problems.shipping = shipping.error;
  if (tax.error) problems.tax = tax.error;
  if (discount.minor > subtotal) problems.discount = 'discount is more than the items';
  const total = subtotal - discount.minor + shipping.minor + tax.minor;
  const input: OrderInput = {
    number: f.number.trim(),
    customerId: f.customerId,
    name: f.name.trim(),
    email: f.email.trim(),
    placedAt: f.placedAt,
    paidAt: f.paidAt,
    fulfilledAt: f.fulfilledAt,
    deliveredAt: f.deliveredAt,
    items,
    currency: f.currency.trim().toUpperCase(),
    discount: discount.minor,
    shipping: shipping.minor,
    tax: tax.minor,
    payment: f.payment,
    paymentMethod: f.paymentMethod.trim(),
    fulfilment: f.fulfilment,
    carrier: f.carrier.trim(),
    tracking: f.tracking.trim(),
    notes: f.notes,
  };
  return { input, totals: { subtotal, total, problems } };
}

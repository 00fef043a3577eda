import { describe, expect, it } from 'vitest';
import { read } from './order-form';
import { blankItem, blankOrder } from './orders.svelte';

describe('the order editor arithmetic', () => {
  it('adds up lines, discounts, shipping and tax in minor units', () => {
    const f = blankOrder({
      currency: 'USD',
      items: [
        { ...blankItem(), product: 'Linen throw', quantity: '2', unitPrice: '49.95', discount: '5' },
        { ...blankItem(), product: 'Mug', quantity: '3', unitPrice: '0.10' },
      ],
      discount: '1.00',
      shipping: '4.5',
      tax: '7.29',
    });
    const { input, totals } = read(f);
    expect(totals.problems).toEqual({});
    expect(input.items.map((i) => [i.quantity, i.unitPrice, i.discount])).toEqual([
      [2, 4995, 500],
      [3, 10, 0],
    ]);
    expect(totals.subtotal).toBe(9990 - 500 + 30);
    expect(totals.total).toBe(9520 - 100 + 450 + 729);
  });
  it('follows the currency digits', () => {
    const f = blankOrder({ currency: 'JPY', items: [{ ...blankItem(), product: 'Tea', quantity: '2', unitPrice: '1,200' }] });
    expect(read(f).totals.total).toBe(2400);
    const k = blankOrder({ currency: 'KWD', items: [{ ...blankItem(), product: 'Tea', quantity: '1', unitPrice: '1.005' }] });
    expect(read(k).totals.total).toBe(1005);
  });
  it('says what does not read, by place', () => {
    const f = blankOrder({
      items: [{ ...blankItem(), product: 'Tea', quantity: '0', unitPrice: '1.2.3' }],
      shipping: 'free',
    });
    const p = read(f).totals.problems;
    expect(p['item-0-quantity']).toMatch(/at least 1/);
    expect(p['item-0-unitPrice']).toMatch(/not an amount/);
    expect(p.shipping).toMatch(/not an amount/);
  });
  it('leaves out blank extra rows', () => {
    const f = blankOrder({ items: [{ ...blankItem(), product: 'Tea', unitPrice: '3' }, blankItem()] });
    expect(read(f).input.items).toHaveLength(1);
  });
});

describe("where Go's order messages go", () => {
  it('puts each next to its part of the form', async () => {
    const { fieldFor } = await import('../../lib/field-errors');
    const { orderRules, isStale } = await import('./orders.svelte');
    const at = (m: string) => fieldFor(m, orderRules);
    expect(at('the order has no customer: pick one, or type their name and email address')).toBe('customer');
    expect(at('the order has no number: type the shop\'s order number, such as #1001')).toBe('number');
    expect(at('order #7 has no order date: type the day it was placed')).toBe('dates');
    expect(at('placed at 3 Jan 2030 is in the future: check the date')).toBe('dates');
    expect(at('line 2 of order #7: the discount $9.00 is more than the line costs')).toBe('items');
    expect(at('order #7 has no items: add at least one product')).toBe('items');
    expect(at('order #7: the discount $9.00 is more than the items cost ($5.00)')).toBe('amounts');
    expect(at('currency "US" is not a three-letter code such as USD or EUR')).toBe('currency');
    expect(isStale('someone else saved this order while you were editing it: reload it to see their changes, then make yours again')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { decimal, digits, formatMoney, parseMoney } from './returns-money';

describe('parseMoney', () => {
  it.each([
    ['12.50', 'USD', 1250],
    ['19.99', 'USD', 1999],
    ['0.10', 'EUR', 10],
    ['12', 'USD', 1200],
    ['$12.50', 'USD', 1250],
    ['€ 7,5', 'EUR', 750],
    ['12,50', 'EUR', 1250],
    ['1,299.00', 'USD', 129900],
    ['1,299', 'USD', 129900],
    ['12.50 EUR', 'EUR', 1250],
    ['12.500', 'USD', 1250],
    ['1299', 'JPY', 1299],
    ['1.234', 'KWD', 1234],
    ['.5', 'USD', 50],
  ])('%s %s is %i minor units, exactly', (text, cur, want) => {
    expect(parseMoney(text, cur)).toEqual({ ok: true, minor: want });
  });

  it('keeps every cent of amounts floats get wrong', () => {
    // 1.005 * 100 is 100.49999… as a float; 0.29 * 100 is 28.999…
    expect(parseMoney('0.29', 'USD')).toEqual({ ok: true, minor: 29 });
    expect(parseMoney('4.35', 'USD')).toEqual({ ok: true, minor: 435 });
    expect(parseMoney('1.10', 'USD')).toEqual({ ok: true, minor: 110 });
  });

  it.each([
    ['', 'is empty'],
    ['-5', 'below zero'],
    ['12.345', 'more decimals'],
    ['abc', 'not a number'],
    ['1.2.3', 'not a number'],
    ['99999999999', 'too large'],
  ])('refuses %j: %s', (text, why) => {
    const p = parseMoney(text, 'USD');
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.error).toContain(why);
  });
});

describe('decimal and formatMoney', () => {
  it('writes minor units with the currency digits', () => {
    expect(decimal(1250, 'USD')).toBe('12.50');
    expect(decimal(5, 'USD')).toBe('0.05');
    expect(decimal(0, 'EUR')).toBe('0.00');
    expect(decimal(1299, 'JPY')).toBe('1299');
    expect(decimal(1234, 'KWD')).toBe('1.234');
    expect(decimal(-250, 'USD')).toBe('-2.50');
    expect(digits('usd')).toBe(2);
  });
  it('shows a currency for reading', () => {
    expect(formatMoney(129900, 'USD', 'en-US')).toBe('$1,299.00');
    expect(formatMoney(1299, 'JPY', 'en-US')).toBe('¥1,299');
    expect(formatMoney(1250, '', 'en-US')).toBe('12.50');
  });
  it('round-trips what it shows', () => {
    for (const m of [0, 1, 99, 100, 1999, 123456789]) {
      expect(parseMoney(decimal(m, 'USD'), 'USD')).toEqual({ ok: true, minor: m });
    }
  });
});

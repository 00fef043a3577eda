import { describe, expect, it } from 'vitest';
import { decimal, digits, formatMoney, parseAmount } from './money';

const minor = (s: string, c = 'USD') => {
  const p = parseAmount(s, c);
  return p.ok ? p.minor : p.error;
};

describe('parseAmount', () => {
  it('reads amounts into minor units without floats', () => {
    expect(minor('12.5')).toBe(1250);
    expect(minor('1,299.00')).toBe(129900);
    expect(minor('$12')).toBe(1200);
    expect(minor('0.29')).toBe(29);
    expect(minor('.5')).toBe(50);
    expect(minor('12,50', 'EUR')).toBe(1250);
    expect(minor('1,299', 'USD')).toBe(129900);
    expect(minor('19.99')).toBe(1999);
    expect(minor('9999999.99')).toBe(999999999);
  });
  it('follows the currency digits', () => {
    expect(digits('JPY')).toBe(0);
    expect(minor('1200', 'JPY')).toBe(1200);
    expect(minor('1,200', 'JPY')).toBe(1200);
    expect(minor('12.5', 'JPY')).toBe('JPY has no decimals');
    expect(minor('1.234', 'KWD')).toBe(1234);
    expect(minor('1.5', 'kwd')).toBe(1500);
    expect(minor('1.2345', 'KWD')).toBe('KWD has 3 decimals at most');
    expect(minor('1.500', 'USD')).toBe(150);
  });
  it('refuses what is not an amount', () => {
    expect(minor('')).toBe('amount is empty');
    expect(minor('-3')).toBe('amount is below zero');
    expect(minor('abc')).toMatch(/not an amount/);
    expect(minor('1.2.3')).toMatch(/not an amount/);
    expect(minor('12.345')).toMatch(/2 decimals/);
    expect(minor('100000000000')).toBe('amount is too large');
  });
});

describe('decimal and formatMoney', () => {
  it('writes minor units as a decimal string', () => {
    expect(decimal(129900, 'USD')).toBe('1299.00');
    expect(decimal(5, 'USD')).toBe('0.05');
    expect(decimal(1200, 'JPY')).toBe('1200');
    expect(decimal(1234, 'KWD')).toBe('1.234');
    expect(decimal(-250, 'EUR')).toBe('-2.50');
  });
  it('formats with the currency, exactly for large values', () => {
    const usd = formatMoney(999999999, 'USD');
    expect(usd).toContain('9,999,999.99');
    expect(usd).toContain('$');
    expect(formatMoney(1200, 'JPY')).toContain('1,200');
    expect(formatMoney(1200, 'JPY')).not.toContain('.');
    expect(formatMoney(1234, 'KWD')).toContain('1.234');
    expect(formatMoney(1, 'USD')).toContain('0.01');
  });
});

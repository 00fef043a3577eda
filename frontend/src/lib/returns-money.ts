// Money for the returns screens: integer minor units with the currency's
// digits, as in backend/money. Text is turned into minor units digit by
// digit, never through a float, so "19.99" is 1999 exactly. (A shared
// lib/money.ts may replace this; the rules are Go's: money.Digits/Parse.)

const zero = new Set(['JPY', 'KRW', 'VND', 'CLP', 'ISK', 'HUF', 'TWD', 'UGX', 'XAF', 'XOF', 'PYG']);
const three = new Set(['BHD', 'KWD', 'OMR', 'JOD', 'TND', 'IQD', 'LYD']);

/** The largest amount Go accepts (money.Max), in minor units. */
export const MAX_MINOR = 1_000_000_000;

/** digits is how many minor digits a currency has (ISO 4217); most have 2. */
export function digits(currency: string): number {
  const c = currency.toUpperCase();
  if (zero.has(c)) return 0;
  if (three.has(c)) return 3;
  return 2;
}

/** decimal writes minor units as a plain decimal: 129900 USD → "1299.00". */
export function decimal(minor: number, currency: string): string {
  const d = digits(currency);
  const sign = minor < 0 ? '-' : '';
  const s = String(Math.abs(Math.trunc(minor)));
  if (d === 0) return sign + s;
  const padded = s.padStart(d + 1, '0');
  return `${sign}${padded.slice(0, -d)}.${padded.slice(-d)}`;
}

/** formatMoney shows an amount for reading: "$1,299.00", "€12.50"; an unknown currency as "12.50 XYZ". */
export function formatMoney(minor: number, currency: string, locale?: string): string {
  const text = decimal(minor, currency);
  if (!currency) return text;
  const d = digits(currency);
  try {
    const f = new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: d, maximumFractionDigits: d });
    // A decimal string is formatted exactly (Intl.NumberFormat v3), not through a float.
    return f.format(text as unknown as number);
  } catch {
    return `${text} ${currency.toUpperCase()}`;
  }
}

export type Parsed = { ok: true; minor: number } | { ok: false; error: string };

/**
 * parseMoney reads what a person typed ("12.50", "1,299.00", "12", "$12.50",
 * "12,50") as minor units of currency, like Go's money.Parse: a comma is a
 * thousands separator unless it is the only separator with other than three
 * digits after it, then it is the decimal mark.
 */
export function parseMoney(input: string, currency: string): Parsed {
  const cur = currency.toUpperCase();
  let s = input.trim().replace(/^[$€£¥\s]+/, '').trim();
  if (cur && s.toUpperCase().endsWith(cur)) s = s.slice(0, -cur.length).trim();
  if (cur && s.toUpperCase().startsWith(cur)) s = s.slice(cur.length).trim();
  if (!s) return { ok: false, error: 'amount is empty' };
  if (s.startsWith('-')) return { ok: false, error: `amount "${input.trim()}" is below zero` };
  const d = digits(cur);
  if ((s.match(/,/g) ?? []).length === 1 && !s.includes('.')) {
    const i = s.indexOf(',');
    if (s.length - i - 1 !== 3 || d === 3) s = s.replace(',', '.');
  }
  s = s.replaceAll(',', '');
  const dot = s.indexOf('.');
  let whole = dot < 0 ? s : s.slice(0, dot);
  let frac = dot < 0 ? '' : s.slice(dot + 1);
  if (!/^\d*$/.test(whole) || !/^\d*$/.test(frac)) return { ok: false, error: `amount "${input.trim()}" is not a number` };
  if (frac.length > d) {
    if (/[^0]/.test(frac.slice(d))) return { ok: false, error: `amount "${input.trim()}" has more decimals than ${cur || 'the currency'} has` };
    frac = frac.slice(0, d);
  }
  frac = frac.padEnd(d, '0');
  if (!whole) whole = '0';
  const all = whole + frac;
  if (!/^\d+$/.test(all)) return { ok: false, error: `amount "${input.trim()}" is not a number` };
  let v = 0;
  for (const ch of all) {
    v = v * 10 + (ch.charCodeAt(0) - 48);
    if (v > MAX_MINOR) return { ok: false, error: `amount "${input.trim()}" is too large: Shopdesk takes at most ${decimal(MAX_MINOR, cur)} ${cur}` };
  }
  return { ok: true, minor: v };
}

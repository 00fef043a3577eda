// Money in the window is integer minor units with its currency, as in Go
// (backend/money). Typed amounts are read with string arithmetic and shown
// through Intl.NumberFormat over a decimal string, so no amount ever passes
// through a float.

const zeroDigits = new Set(['JPY', 'KRW', 'VND', 'CLP', 'ISK', 'HUF', 'TWD', 'UGX', 'XAF', 'XOF', 'PYG']);
const threeDigits = new Set(['BHD', 'KWD', 'OMR', 'JOD', 'TND', 'IQD', 'LYD']);

/** The largest amount Go accepts, in minor units (backend/money.Max). */
export const maxMinor = 1_000_000_000;

/** The currencies the order editor offers first; any three-letter code is accepted. */
export const currencies = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'NZD', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'JPY', 'KWD'];

/** digits is how many minor digits a currency has (ISO 4217); most have 2. */
export function digits(currency: string): number {
  const c = currency.toUpperCase();
  if (zeroDigits.has(c)) return 0;
  if (threeDigits.has(c)) return 3;
  return 2;
}

export type Parsed = { ok: true; minor: number } | { ok: false; error: string };

/**
 * parseAmount reads a typed amount ("12.5", "1,299.00", "$12", "12,50") into
 * minor units of currency. A comma is a thousands separator, unless it is
 * the only separator with one or two digits after it (a European decimal).
 */
export function parseAmount(input: string, currency: string): Parsed {
  const d = digits(currency);
  let s = input.trim().replace(/^[$€£¥\s]+/, '').replace(/\s/g, '');
  if (s === '') return { ok: false, error: 'amount is empty' };
  if (s.startsWith('-')) return { ok: false, error: 'amount is below zero' };
  if (!s.includes('.') && (s.match(/,/g) ?? []).length === 1 && /,\d{1,2}$/.test(s)) s = s.replace(',', '.');
  s = s.replace(/,/g, '');
  if (!/^\d*(\.\d*)?$/.test(s) || s === '.' ) return { ok: false, error: `“${input.trim()}” is not an amount` };
  const [whole0, frac0 = ''] = s.split('.');
  let frac = frac0;
  if (frac.length > d) {
    if (/[^0]/.test(frac.slice(d))) {
      return { ok: false, error: d === 0 ? `${currency} has no decimals` : `${currency} has ${d} decimals at most` };
    }
    frac = frac.slice(0, d);
  }
  frac = frac.padEnd(d, '0');
  const digitsStr = ((whole0 || '0') + frac).replace(/^0+(?=\d)/, '');
  if (digitsStr.length > 10) return { ok: false, error: 'amount is too large' };
  const minor = Number(digitsStr);
  if (minor > maxMinor) return { ok: false, error: 'amount is too large' };
  return { ok: true, minor };
}

/** decimal writes minor units as a plain decimal string ("1299.00"), no float involved. */
export function decimal(minor: number, currency: string): string {
  const d = digits(currency);
  const neg = minor < 0;
  let s = String(Math.abs(Math.trunc(minor)));
  if (d > 0) {
    s = s.padStart(d + 1, '0');
    s = `${s.slice(0, -d)}.${s.slice(-d)}`;
  }
  return neg ? `-${s}` : s;
}

const formats = new Map<string, Intl.NumberFormat>();

// The window's locale, unless it is the bare "C" locale of a minimal system
// (no digit grouping, "$ 1376.50"): then English, as the rest of the app.
let locale: string | undefined;
function appLocale(): string | undefined {
  if (locale === undefined) {
    const plain = new Intl.NumberFormat(undefined).format(1234.5);
    locale = /\d[^\d]\d{3}/.test(plain) ? new Intl.NumberFormat().resolvedOptions().locale : 'en-US';
  }
  return locale;
}

function formatter(currency: string): Intl.NumberFormat | null {
  const c = currency.toUpperCase();
  let f = formats.get(c);
  if (!f) {
    try {
      const d = digits(c);
      f = new Intl.NumberFormat(appLocale(), { style: 'currency', currency: c, minimumFractionDigits: d, maximumFractionDigits: d });
    } catch {
      return null;
    }
    formats.set(c, f);
  }
  return f;
}

/**
 * formatMoney shows minor units for people ("$1,299.00", "¥1,200"). The
 * formatter is given the decimal string, which Intl formats exactly.
 */
export function formatMoney(minor: number, currency: string): string {
  const dec = decimal(minor, currency);
  const f = formatter(currency);
  if (!f) return `${dec} ${currency}`;
  // format() takes a string decimal and keeps every digit of it.
  return f.format(dec as unknown as number);
}

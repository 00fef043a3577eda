// The trends charts' data, shaped from Go's Trends here (not in the chart),
// so it can be tested without a canvas.

import type { Reason, TrendCount } from './returns-types';
import { reasonLabel } from './returns-labels';

export interface Bars {
  /** What each bar names, for the axis and the table. */
  labels: string[];
  values: number[];
  /** What a click on bar i filters the queue by (a reason, or a product key). */
  keys: string[];
  /** One sentence for screen readers: the chart in words. */
  summary: string;
}

/** The periods the trends offer, in days. */
export const periods = [30, 90, 365] as const;
export type Period = (typeof periods)[number];

function summarise(title: string, labels: string[], values: number[], unit: [string, string]): string {
  if (labels.length === 0) return `${title}: none yet.`;
  const parts = labels.map((l, i) => `${l} ${values[i]}`);
  const total = values.reduce((a, b) => a + b, 0);
  return `${title}, ${total} ${total === 1 ? unit[0] : unit[1]}: ${parts.join(', ')}.`;
}

/**
 * reasonBars are the return reasons, most first as Go sends them; reasons
 * with no request are left out, so the chart shows what happened.
 */
export function reasonBars(counts: TrendCount[], days: number): Bars {
  const shown = counts.filter((c) => c.count > 0);
  const labels = shown.map((c) => reasonLabel[c.key as Reason] ?? c.label ?? c.key);
  const values = shown.map((c) => c.count);
  return { labels, values, keys: shown.map((c) => c.key), summary: summarise(`Return reasons, last ${days} days`, labels, values, ['request', 'requests']) };
}

/** productBars are the most returned products by units, as Go ranks them (at most ten). */
export function productBars(counts: TrendCount[], days: number): Bars {
  const shown = counts.filter((c) => c.count > 0).slice(0, 10);
  const labels = shown.map((c) => c.label || c.key);
  const values = shown.map((c) => c.count);
  return { labels, values, keys: shown.map((c) => c.key), summary: summarise(`Most returned products, last ${days} days`, labels, values, ['unit', 'units']) };
}

// Small pieces of text the returns screens show, kept here to be tested.

import type { ReturnEvent } from './returns-types';
import { stateLabel } from './returns-labels';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/** waited says how long a request has been in its state: "12 min", "5 h", "3 d". */
export function waited(since: string, now: Date = new Date()): string {
  const at = Date.parse(since);
  if (Number.isNaN(at)) return '';
  const ms = Math.max(0, now.getTime() - at);
  if (ms < HOUR) return `${Math.max(1, Math.floor(ms / MIN))} min`;
  if (ms < DAY) return `${Math.floor(ms / HOUR)} h`;
  return `${Math.floor(ms / DAY)} d`;
}

/** transition says an event's move in words: "Requested → Approved", or "" when it moved nothing. */
export function transition(e: ReturnEvent): string {
  if (!e.from || !e.to || e.from === e.to) return e.to && !e.from ? stateLabel[e.to] : '';
  return `${stateLabel[e.from]} → ${stateLabel[e.to]}`;
}

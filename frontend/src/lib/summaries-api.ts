// The end-of-day summary side of the Go API, through call() in ./api.

import { call, change } from './api';
import type { Figure, Figures, Summary, SummaryDay, SummaryText } from './summaries-types';

const arr = <T>(v: T[] | null | undefined): T[] => v ?? [];

function figure(f: Figure): Figure {
  return { ...f, tickets: arr(f.tickets) };
}
function figures(f: Figures): Figures {
  return {
    ...f,
    received: figure(f.received),
    resolved: figure(f.resolved),
    pending: figure(f.pending),
    escalationsOpened: figure(f.escalationsOpened),
    escalationsClosed: figure(f.escalationsClosed),
    refunds: { ...f.refunds, totals: arr(f.refunds.totals), returns: arr(f.refunds.returns) },
  };
}
function summary(s: Summary): Summary {
  return { ...s, figures: figures(s.figures), edits: arr(s.edits), emailed: arr(s.emailed) };
}

export const Summaries = {
  /** A day's figures now, the candidates, and the saved summary; date "" is today. */
  day: async (date: string): Promise<SummaryDay> => {
    const d = await call<SummaryDay>('Summaries', 'Day', date);
    return { ...d, live: figures(d.live), candidates: arr(d.candidates), saved: d.saved ? summary(d.saved) : undefined };
  },
  /** The first save fixes the figures; a later one is kept as an edit. */
  save: async (date: string, text: SummaryText): Promise<Summary> => summary(await change<Summary>('Summaries', 'Save', date, text)),
  /** Sends the saved summary to the owner through the outbox. */
  email: async (date: string): Promise<Summary> => summary(await change<Summary>('Summaries', 'Email', date)),
};

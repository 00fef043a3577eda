// Compile-time check that src/lib/escalations-types.ts and
// src/lib/escalations-api.ts still match the generated bindings. Nothing
// here runs: a mismatch is a type error in `npm run check`.

import type { app, escalations } from '../wailsjs/go/models';
import type * as GoEscalations from '../wailsjs/go/app/Escalations';
import type { Escalated, Escalations } from '../src/lib/escalations-api';
import type * as T from '../src/lib/escalations-types';
import type { ArgsFit, Fits, Mirrors, SameMethods } from './match';

export const checks: true[] = [
  true satisfies Mirrors<T.Escalation, escalations.Escalation>,
  true satisfies Mirrors<T.Done, escalations.Done>,
  true satisfies Mirrors<T.NewEscalation, escalations.NewEscalation>,
  true satisfies Mirrors<T.Investigation, escalations.Investigation>,
  true satisfies Mirrors<T.Closing, escalations.Closing>,
  true satisfies Mirrors<T.Counts, escalations.Counts>,
  true satisfies Mirrors<T.Board, escalations.Board>,
  true satisfies Mirrors<T.EscalationSettings, escalations.Settings>,
  true satisfies Mirrors<Escalated, app.Escalated>,
  true satisfies Fits<T.NewEscalation, escalations.NewEscalation>,
  true satisfies Fits<T.Investigation, escalations.Investigation>,
  true satisfies Fits<T.Closing, escalations.Closing>,
  true satisfies Fits<T.EscalationSettings, escalations.Settings>,

  true satisfies SameMethods<typeof Escalations, typeof GoEscalations>,
  true satisfies ArgsFit<typeof Escalations.escalate, typeof GoEscalations.Escalate>,
  true satisfies ArgsFit<typeof Escalations.forTicket, typeof GoEscalations.ForTicket>,
  true satisfies ArgsFit<typeof Escalations.get, typeof GoEscalations.Get>,
  true satisfies ArgsFit<typeof Escalations.investigate, typeof GoEscalations.Investigate>,
  true satisfies ArgsFit<typeof Escalations.updateTemplates, typeof GoEscalations.UpdateTemplates>,
  true satisfies ArgsFit<typeof Escalations.draft, typeof GoEscalations.Draft>,
  true satisfies ArgsFit<typeof Escalations.communicate, typeof GoEscalations.Communicate>,
  true satisfies ArgsFit<typeof Escalations.close, typeof GoEscalations.Close>,
  true satisfies ArgsFit<typeof Escalations.counts, typeof GoEscalations.Counts>,
  true satisfies ArgsFit<typeof Escalations.board, typeof GoEscalations.Board>,
  true satisfies ArgsFit<typeof Escalations.settings, typeof GoEscalations.Settings>,
  true satisfies ArgsFit<typeof Escalations.saveSettings, typeof GoEscalations.SaveSettings>,
];

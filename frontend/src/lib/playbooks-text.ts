// What the playbook screens work out, kept apart from them so it is
// unit-tested: progress, which playbooks can still be added, Go's refusal
// to close with required steps unticked, and the owner's editing of steps.

import { stamp } from './time';
import type { Attached, Hint, Playbook, Step, TicketStep } from './playbooks-types';

/** The sizes Go allows (backend/playbooks: MaxName …), so the fields stop where Go would refuse. */
export const playbookLimits = { name: 100, steps: 30, title: 200, note: 1_000, why: 1_000 } as const;

/** How far through a playbook: steps done of all, and required steps still open. */
export function progress(steps: TicketStep[]): { done: number; all: number; requiredOpen: number } {
  return {
    done: steps.filter((s) => s.done).length,
    all: steps.length,
    requiredOpen: steps.filter((s) => s.required && !s.done).length,
  };
}

/** progressText says it in words: "2 of 3 done". */
export function progressText(steps: TicketStep[]): string {
  const p = progress(steps);
  return `${p.done} of ${p.all} done`;
}

/** addable is the playbooks not on the ticket yet, by name. */
export function addable(all: Playbook[], on: Attached[]): Playbook[] {
  const have = new Set(on.map((a) => a.playbookId));
  return all.filter((p) => !have.has(p.id)).sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * isOpenSteps tells Go's refusal to close a ticket whose playbook has
 * required steps unticked ("… not ticked (…): tick them, or say why you
 * are closing without them") from any other failure.
 */
export function isOpenSteps(message: string): boolean {
  return /say why you are closing without them\s*$/i.test(message.trim());
}

/** byWhen is who did something and when: "Riley Rep · 14:05" (another day: "Mar 3, 14:05"). */
export function byWhen(by: string, at: string | undefined, now: Date = new Date()): string {
  const when = at ? stamp(at, now) : '';
  return [by, when].filter(Boolean).join(' · ');
}

/** What a step's hint shows, for the owner's editor. */
export const hintLabel: Record<Hint, string> = {
  '': 'Nothing',
  shipped: 'Whether the order has shipped',
  tracking: 'The tracking number',
};
export const hints: Hint[] = ['', 'shipped', 'tracking'];

/** moveStep moves step i one place up (-1) or down (1); out of range it is left where it is. */
export function moveStep<S>(steps: S[], i: number, dir: -1 | 1): S[] {
  const j = i + dir;
  if (i < 0 || i >= steps.length || j < 0 || j >= steps.length) return steps;
  const out = [...steps];
  [out[i], out[j]] = [out[j], out[i]];
  return out;
}

/** moveStepTo moves step from to place to (a drag and drop), one place at a time with moveStep. */
export function moveStepTo<S>(steps: S[], from: number, to: number): S[] {
  if (from < 0 || from >= steps.length) return steps;
  to = Math.max(0, Math.min(to, steps.length - 1));
  let out = steps;
  for (let i = from; i !== to; ) {
    const dir = i < to ? 1 : -1;
    out = moveStep(out, i, dir);
    i += dir;
  }
  return out;
}

/** blankStep is a new step as the editor adds it; Go gives it its id on save. */
export function blankStep(): Step {
  return { id: 0, title: '', note: '', required: false, reply: '', hint: '' };
}

/** Go's zero time: a new playbook has no time yet, and Go cannot read "" (the call would never answer). */
const ZERO_TIME = '0001-01-01T00:00:00Z';

/** blankPlaybook is a new playbook with one empty step to fill in. */
export function blankPlaybook(): Playbook {
  return { id: 0, name: '', note: '', steps: [blankStep()], categories: [], lastStep: 0, version: 0, updatedAt: ZERO_TIME };
}

/**
 * owners says which other playbook brings each category now, so the editor
 * can say that ticking it here takes it from there.
 */
export function owners(all: Playbook[], editing: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of all) {
    if (p.id === editing) continue;
    for (const c of p.categories) out[c] = p.name;
  }
  return out;
}

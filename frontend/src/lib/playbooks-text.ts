// What the playbook screens work out, kept apart from them so it is
// unit-tested: progress, which playbooks can still be added, Go's refusal
// to close with required steps unticked, and the owner's editing of steps.

import { stamp } from './time';
import type { Attached, Hint, Playbook, Step, TicketStep } from './playbooks-types';

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

/** blankStep is a new step as the editor adds it; Go gives it its id on save. */
export function blankStep(): Step {
  return { id: 0, title: '', note: '', required: false, reply: '', hint: '' };
}

/** blankPlaybook is a new playbook with one empty step to fill in. */
export function blankPlaybook(): Playbook {
  return { id: 0, name: '', note: '', steps: [blankStep()], categories: [], lastStep: 0, version: 0, updatedAt: '' };
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

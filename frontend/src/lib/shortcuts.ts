// The keyboard map: one table, used both to act on keys and to draw the
// help overlay, so the two never disagree.

export type Scope = 'everywhere' | 'inbox' | 'ticket';

export type Action =
  | 'help'
  | 'search'
  | 'new-ticket'
  | 'next'
  | 'previous'
  | 'open'
  | 'select'
  | 'select-range'
  | 'clear-selection'
  | 'bulk-assign'
  | 'bulk-status'
  | 'bulk-priority'
  | 'bulk-tag'
  | 'reply'
  | 'note'
  | 'insert-template'
  | 'assign-me'
  | 'resolve'
  | 'start-return'
  | 'escalate'
  | 'back';

export interface Shortcut {
  /** Key names as keyName() produces them; the first is shown in help. */
  keys: string[];
  action: Action;
  scope: Scope;
  /** What it does, for the help overlay. */
  label: string;
  /** Whether it works while typing in a field. */
  whileTyping?: boolean;
}

export const shortcuts: Shortcut[] = [
  { keys: ['?'], action: 'help', scope: 'everywhere', label: 'Show keyboard shortcuts' },
  { keys: ['Ctrl+K', '/'], action: 'search', scope: 'everywhere', label: 'Search tickets', whileTyping: false },
  { keys: ['c'], action: 'new-ticket', scope: 'everywhere', label: 'New ticket' },
  { keys: ['j', 'ArrowDown'], action: 'next', scope: 'inbox', label: 'Next ticket in the list' },
  { keys: ['k', 'ArrowUp'], action: 'previous', scope: 'inbox', label: 'Previous ticket in the list' },
  { keys: ['Enter', 'o'], action: 'open', scope: 'inbox', label: 'Open the selected ticket' },
  { keys: ['x'], action: 'select', scope: 'inbox', label: 'Tick the ticket for a bulk change' },
  { keys: ['X'], action: 'select-range', scope: 'inbox', label: 'Tick every ticket up to this one' },
  { keys: ['a'], action: 'bulk-assign', scope: 'inbox', label: 'Assign the ticked tickets' },
  { keys: ['s'], action: 'bulk-status', scope: 'inbox', label: 'Set the status of the ticked tickets' },
  { keys: ['p'], action: 'bulk-priority', scope: 'inbox', label: 'Set the priority of the ticked tickets' },
  { keys: ['l'], action: 'bulk-tag', scope: 'inbox', label: 'Tag the ticked tickets' },
  { keys: ['Escape'], action: 'clear-selection', scope: 'inbox', label: 'Untick all tickets' },
  { keys: ['r'], action: 'reply', scope: 'ticket', label: 'Reply to the customer' },
  { keys: ['n'], action: 'note', scope: 'ticket', label: 'Add an internal note' },
  { keys: ['t'], action: 'insert-template', scope: 'ticket', label: 'Reply with a template' },
  { keys: ['a'], action: 'assign-me', scope: 'ticket', label: 'Assign to me' },
  { keys: ['e'], action: 'resolve', scope: 'ticket', label: 'Resolve' },
  { keys: ['R'], action: 'start-return', scope: 'ticket', label: 'Start a return for this ticket (Shift+R)' },
  { keys: ['E'], action: 'escalate', scope: 'ticket', label: 'Escalate this ticket to the manager (Shift+E)' },
  { keys: ['j'], action: 'next', scope: 'ticket', label: 'Next ticket in the list' },
  { keys: ['k'], action: 'previous', scope: 'ticket', label: 'Previous ticket in the list' },
  { keys: ['Escape'], action: 'back', scope: 'ticket', label: 'Back to the list', whileTyping: true },
];

/** The parts of a KeyboardEvent the map looks at. */
export interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

/** keyName names a key press: "j", "?", "Enter", "Ctrl+K" (Cmd counts as Ctrl). */
export function keyName(e: KeyLike): string {
  const key = e.key.length === 1 && (e.ctrlKey || e.metaKey) ? e.key.toUpperCase() : e.key;
  if (e.ctrlKey || e.metaKey) return `Ctrl+${key}`;
  if (e.altKey) return `Alt+${key}`;
  return key;
}

/** Ctrl+K works even in a field: it is how you leave one for the search box. */
const alwaysKeys = new Set(['Ctrl+K']);

/**
 * actionFor finds what a key press does in a scope, or null. typing tells
 * whether the focus is in a text field, where plain letters are text.
 */
export function actionFor(e: KeyLike, scope: Scope, typing: boolean): Action | null {
  const name = keyName(e);
  for (const s of shortcuts) {
    if (s.scope !== scope && s.scope !== 'everywhere') continue;
    if (!s.keys.includes(name)) continue;
    if (typing && !s.whileTyping && !alwaysKeys.has(name)) continue;
    return s.action;
  }
  return null;
}

/** isTyping tells whether an element takes text, so single-key shortcuts stay off. */
export function isTyping(el: Element | null): boolean {
  if (!el) return false;
  const tag = el.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (el as HTMLInputElement).type;
    return !['checkbox', 'radio', 'button', 'submit'].includes(type);
  }
  return (el as HTMLElement).isContentEditable === true;
}

/** Help lists the shortcuts by scope for the overlay. */
export function helpGroups(): { title: string; items: Shortcut[] }[] {
  return [
    { title: 'Everywhere', items: shortcuts.filter((s) => s.scope === 'everywhere') },
    { title: 'Ticket list', items: shortcuts.filter((s) => s.scope === 'inbox') },
    { title: 'Ticket', items: shortcuts.filter((s) => s.scope === 'ticket') },
  ];
}

/** keyLabel shows a key name as printed on the key cap. */
export function keyLabel(name: string): string {
  const caps: Record<string, string> = {
    ArrowDown: '↓',
    ArrowUp: '↑',
    Escape: 'Esc',
    Enter: 'Enter',
  };
  return caps[name] ?? (name.length === 1 ? name.toUpperCase() : name);
}

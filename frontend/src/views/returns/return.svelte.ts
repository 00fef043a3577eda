import { messageOf } from '../../lib/api';
import { onReturnsChanged, returnsChanged } from '../../lib/mail-runtime';
import { Returns, type Values } from '../../lib/returns-api';
import type { Action, Edit, ReturnView } from '../../lib/returns-types';
import { toasts } from '../../lib/toast.svelte';

/**
 * ReturnRequestState is one open request. Every change names the version it
 * started from; when Go refuses (someone else moved it first, or a step must
 * happen before), its message shows as it is and the request reloads, so
 * the screen never shows a state that is not the stored one.
 */
export class ReturnRequestState {
  view = $state<ReturnView | null>(null);
  loadError = $state('');
  /** Go's refusal of the last change, shown as it is. */
  actError = $state('');
  busy = $state(false);

  constructor(public readonly id: number) {}

  async load() {
    try {
      this.view = await Returns.get(this.id);
      this.loadError = '';
    } catch (err) {
      this.loadError = messageOf(err);
    }
  }

  follow(): () => void {
    return onReturnsChanged(() => (this.busy ? undefined : this.load()));
  }

  private async change(run: (version: number) => Promise<ReturnView>, done: string): Promise<boolean> {
    if (!this.view) return false;
    this.busy = true;
    this.actError = '';
    try {
      this.view = await run(this.view.request.version);
      toasts.show(done);
      returnsChanged();
      return true;
    } catch (err) {
      this.actError = messageOf(err);
      await this.load();
      return false;
    } finally {
      this.busy = false;
    }
  }

  act(a: Action, done: string) {
    return this.change((v) => Returns.act(this.id, v, a), done);
  }

  edit(e: Edit) {
    return this.change((v) => Returns.edit(this.id, v, e), 'Details saved');
  }

  send(templateId: number, values: Values) {
    return this.change(() => Returns.send(this.id, templateId, values), 'Email queued');
  }
}

/** blankAction is an action of kind with nothing filled in. */
export function blankAction(kind: Action['kind']): Action {
  return { kind, note: '', reason: '', labelLink: '', condition: '', amount: 0, method: '', reference: '', tracking: '' };
}

import { messageOf } from './api';
import { fieldFor, type FieldRules } from './field-errors';

/**
 * FormSubmit is a form's sending state: busy while it runs, and where Go's
 * refusal goes afterwards, under the field it is about or, when the rules
 * name none, in general.
 */
export class FormSubmit<F extends string> {
  errors = $state<Partial<Record<F, string>>>({});
  general = $state('');
  busy = $state(false);

  constructor(private readonly rules: FieldRules<F>) {}

  /** run clears the last errors and runs send; what it throws is shown, not passed on. */
  async run(send: () => Promise<void>) {
    this.errors = {};
    this.general = '';
    this.busy = true;
    try {
      await send();
    } catch (err) {
      const msg = messageOf(err);
      const f = fieldFor(msg, this.rules);
      if (f) this.errors = { [f]: msg } as Partial<Record<F, string>>;
      else this.general = msg;
    } finally {
      this.busy = false;
    }
  }
}

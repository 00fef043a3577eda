import { messageOf } from '../../lib/api';
import { Templates, type Typed } from '../../lib/mail-api';
import { mergeRefill } from '../../lib/mail-text';
import type { Placeholder, Template } from '../../lib/mail-types';

const REFILL_MS = 250;

/**
 * TemplateFill is a template being used for a reply on one ticket: which
 * template, the placeholders it asks for and what was typed into them. Go
 * fills the template (Templates.Compose); typing a value fills it again
 * and the new text is carried into the reply box, keeping hand edits made
 * elsewhere in it.
 */
export class TemplateFill {
  template = $state<Template | null>(null);
  /** The placeholders this template asks for, in reading order. */
  ask = $state<Placeholder[]>([]);
  typed = $state<Typed>({});
  error = $state('');
  /** The last new value could not be put in: that part of the text was edited by hand. */
  drifted = $state(false);
  busy = $state(false);
  /** The text Go's last filling produced. */
  private base = '';
  private seq = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(public readonly ticketId: number) {}

  /** Social-media templates are copied, not emailed. */
  get clipboard(): boolean {
    return this.template?.channel === 'clipboard';
  }

  /** pick fills t for this ticket; it resolves to the text to put in the reply box, or null on failure. */
  async pick(t: Template): Promise<string | null> {
    clearTimeout(this.timer);
    const seq = ++this.seq;
    this.busy = true;
    this.error = '';
    try {
      const c = await Templates.compose(t.id, this.ticketId, {});
      if (seq !== this.seq) return null;
      this.template = t;
      // Only what Shopdesk could not fill itself: a tracking number the
      // order knows is in the text already, not an empty field to type.
      this.ask = c.ask.filter((p) => c.missing.includes(p.name));
      this.typed = Object.fromEntries(c.ask.map((p) => [p.name, '']));
      this.base = c.text;
      this.drifted = false;
      return c.text;
    } catch (err) {
      if (seq === this.seq) this.error = messageOf(err);
      return null;
    } finally {
      if (seq === this.seq) this.busy = false;
    }
  }

  /**
   * type records a value and, a moment after the last key, fills the
   * template again; draft reads the reply box and put writes it.
   */
  type(name: string, value: string, draft: () => string, put: (text: string) => void) {
    this.typed[name] = value;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refill(draft, put), REFILL_MS);
  }

  /** refill fills the template with the values typed so far and carries the change into the draft. */
  async refill(draft: () => string, put: (text: string) => void) {
    const t = this.template;
    if (!t) return;
    const seq = ++this.seq;
    try {
      const c = await Templates.compose(t.id, this.ticketId, this.typed);
      if (seq !== this.seq || this.template !== t) return;
      const merged = mergeRefill(draft(), this.base, c.text);
      this.base = c.text;
      this.drifted = !merged.ok;
      this.error = '';
      if (merged.ok) put(merged.text);
    } catch (err) {
      if (seq === this.seq) this.error = messageOf(err);
    }
  }

  /** clear stops using the template; the text stays in the reply box. */
  clear() {
    clearTimeout(this.timer);
    this.seq++;
    this.template = null;
    this.ask = [];
    this.typed = {};
    this.base = '';
    this.error = '';
    this.drifted = false;
    this.busy = false;
  }
}

/** One per ticket for the session: leaving a ticket keeps its template and values, as drafts are kept. */
const fills = new Map<number, TemplateFill>();

export function fillFor(ticketId: number): TemplateFill {
  let f = fills.get(ticketId);
  if (!f) {
    f = new TemplateFill(ticketId);
    fills.set(ticketId, f);
  }
  return f;
}

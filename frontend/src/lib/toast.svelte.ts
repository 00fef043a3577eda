export interface Toast {
  id: number;
  text: string;
  tone: 'success' | 'info' | 'error';
}

const MAX = 3;

/** Toasts are short confirmations ("Reply sent") that go away by themselves. */
class Toasts {
  items = $state<Toast[]>([]);
  private seq = 0;

  show(text: string, tone: Toast['tone'] = 'success', ms = 2800) {
    const id = ++this.seq;
    // A few at a time: a burst of work should not pile up a tower of them.
    this.items = [...this.items, { id, text, tone }].slice(-MAX);
    setTimeout(() => this.dismiss(id), ms);
  }

  dismiss(id: number) {
    this.items = this.items.filter((t) => t.id !== id);
  }
}

export const toasts = new Toasts();

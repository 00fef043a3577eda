export interface Toast {
  id: number;
  text: string;
  tone: 'success' | 'info' | 'error';
}

/** Toasts are short confirmations ("Reply sent") that go away by themselves. */
class Toasts {
  items = $state<Toast[]>([]);
  private seq = 0;

  show(text: string, tone: Toast['tone'] = 'success', ms = 2800) {
    const id = ++this.seq;
    this.items = [...this.items, { id, text, tone }];
    setTimeout(() => this.dismiss(id), ms);
  }

  dismiss(id: number) {
    this.items = this.items.filter((t) => t.id !== id);
  }
}

export const toasts = new Toasts();

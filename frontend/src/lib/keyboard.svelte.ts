import { actionFor, isTyping, type Action, type Scope } from './shortcuts';

type Handlers = Partial<Record<Action, () => void>>;

/**
 * Keyboard routes key presses to the screen on show. A screen binds its
 * handlers for its scope while mounted; the shell binds the "everywhere" ones.
 */
class Keyboard {
  scope = $state<Scope>('everywhere');
  helpOpen = $state(false);
  private layers: { scope: Scope; handlers: Handlers }[] = [];

  /** bind adds handlers for a scope and returns the function that removes them. */
  bind(scope: Scope, handlers: Handlers): () => void {
    const layer = { scope, handlers };
    this.layers.push(layer);
    if (scope !== 'everywhere') this.scope = scope;
    return () => {
      this.layers = this.layers.filter((l) => l !== layer);
      const top = [...this.layers].reverse().find((l) => l.scope !== 'everywhere');
      this.scope = top?.scope ?? 'everywhere';
    };
  }

  handle(e: KeyboardEvent) {
    if (e.defaultPrevented || e.isComposing) return;
    // A modal dialog owns the keyboard while it is open.
    if (document.querySelector('dialog[open]')) return;
    // Enter on a focused button or link presses it, as always.
    const el = document.activeElement;
    if (e.key === 'Enter' && el && el !== document.body && el.matches('button, a[href], summary, [role="button"]')) return;
    const action = actionFor(e, this.scope, isTyping(document.activeElement));
    if (!action) return;
    for (let i = this.layers.length - 1; i >= 0; i--) {
      const l = this.layers[i];
      if (l.scope !== this.scope && l.scope !== 'everywhere') continue;
      const fn = l.handlers[action];
      if (fn) {
        e.preventDefault();
        fn();
        return;
      }
    }
  }
}

export const keyboard = new Keyboard();

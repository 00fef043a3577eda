// Keeps the customer's last message in sight while the reply box below the
// conversation opens and grows: the box takes height from the scroller, so
// without this the message being answered slides under it.

/**
 * keepLastCustomerMessage watches the composer's box and, whenever it
 * changes height, scrolls the conversation so the bottom of the last
 * customer message is visible (its top when it is taller than the view).
 * It returns the function that stops watching.
 */
export function keepLastCustomerMessage(scroller: HTMLElement, composer: HTMLElement): () => void {
  const ro = new ResizeObserver(() => {
    const all = scroller.querySelectorAll<HTMLElement>('[data-testid="message"][data-kind="customer"]');
    const last = all[all.length - 1];
    if (!last) return;
    const view = scroller.getBoundingClientRect();
    const m = last.getBoundingClientRect();
    if (m.bottom <= view.bottom) return;
    // Show the bottom, but never push the message's top out of sight.
    const by = Math.min(m.bottom - view.bottom + 8, Math.max(0, m.top - view.top - 8));
    if (by > 0) scroller.scrollTop += by;
  });
  ro.observe(composer);
  return () => ro.disconnect();
}

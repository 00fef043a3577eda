// Brings a task row into sight inside the editor's own scroller only:
// scrollIntoView would also scroll the window's outer panes, which are
// never meant to move.

/** scrollerOf is the editor's scroller around el (marked data-scroller). */
export function scrollerOf(el: Element | null | undefined): HTMLElement | null {
  return el?.closest<HTMLElement>('[data-scroller]') ?? null;
}

/** reveal scrolls the scroller the least that shows el whole (its top, when it is taller than the view). */
export function reveal(el: Element | null | undefined, pad = 12) {
  const scroller = scrollerOf(el);
  if (!el || !scroller) return;
  const view = scroller.getBoundingClientRect();
  const r = el.getBoundingClientRect();
  if (r.top < view.top + pad) scroller.scrollTop -= view.top + pad - r.top;
  else if (r.bottom > view.bottom - pad) scroller.scrollTop += Math.max(0, Math.min(r.bottom - view.bottom + pad, r.top - view.top - pad));
}

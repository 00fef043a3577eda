// Where a popover goes: under its trigger when it fits, above when there is
// more room there, and always inside the window.

export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface Placement {
  top: number;
  left: number;
  /** The most height the popover may take before it scrolls. */
  maxHeight: number;
  side: 'below' | 'above';
}

/** The space kept between a popover and the window's edge. */
const margin = 8;
const gap = 4;

/**
 * place puts a popover of the given size against the trigger in a window
 * of the given size. align 'start' lines its left edge up with the
 * trigger's, 'end' its right edge.
 */
export function place(
  trigger: Box,
  size: { width: number; height: number },
  win: { width: number; height: number },
  align: 'start' | 'end' = 'start',
): Placement {
  const below = win.height - (trigger.top + trigger.height) - gap - margin;
  const above = trigger.top - gap - margin;
  const side = size.height <= below || below >= above ? 'below' : 'above';
  const maxHeight = Math.max(80, side === 'below' ? below : above);
  const height = Math.min(size.height, maxHeight);
  const top = side === 'below' ? trigger.top + trigger.height + gap : trigger.top - gap - height;
  let left = align === 'start' ? trigger.left : trigger.left + trigger.width - size.width;
  left = Math.min(left, win.width - margin - size.width);
  left = Math.max(left, margin);
  return { top: Math.max(margin, top), left, maxHeight, side };
}

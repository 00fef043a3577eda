/**
 * afterPaint runs fn once the browser has drawn the next frame, and returns
 * a function that cancels it. An animation frame callback runs before that
 * frame is laid out and painted; a task queued from it runs after.
 */
export function afterPaint(fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(fn, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * soonAfterPaint runs fn a task after afterPaint would: for work that can
 * follow the frame, so it does not hold up what waits for the frame to be
 * drawn (start-up's "inbox shown").
 */
export function soonAfterPaint(fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = afterPaint(() => {
    timer = setTimeout(fn, 0);
  });
  return () => {
    cancel();
    clearTimeout(timer);
  };
}

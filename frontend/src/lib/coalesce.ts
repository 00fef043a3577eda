/**
 * coalesce wraps a pull from Go so that calls made while one is under way
 * (it may have read before the change that prompted them) share one more
 * pull after it, and resolve when that one is done.
 */
export function coalesce(pull: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null;
  let queued: Promise<void> | null = null;
  const run = (): Promise<void> => {
    if (!running) {
      running = pull().finally(() => (running = null));
      return running;
    }
    queued ??= running.then(() => {
      queued = null;
      return run();
    });
    return queued;
  };
  return run;
}

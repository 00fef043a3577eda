import type { Component } from 'svelte';

type AnyProps = Record<string, any>;

/**
 * Lazy is a screen or dialog whose code is loaded on first use (or when
 * preloaded), so the window does not read and run it at start-up, when
 * only the inbox shows.
 */
export class Lazy<P extends AnyProps = AnyProps> {
  /** The component once loaded: reading this does not load it. */
  loaded = $state<Component<P> | null>(null);
  /** Why it could not be loaded (only if the app's own files are damaged). */
  error = $state('');
  private loading: Promise<void> | null = null;

  constructor(private load: () => Promise<{ default: Component<P> }>) {}

  /** The component, loading it on first use: null until it is here. */
  get component(): Component<P> | null {
    if (!this.loaded) void this.preload();
    return this.loaded;
  }

  preload(): Promise<void> {
    this.loading ??= this.load().then(
      (m) => {
        this.loaded = m.default;
        this.error = '';
      },
      (err: unknown) => {
        this.loading = null;
        this.error = `this part of Shopdesk could not be loaded (${err instanceof Error ? err.message : String(err)}): restart Shopdesk`;
      },
    );
    return this.loading;
  }
}

import { hashOf, parseRoute, type Route } from './route';

/** Router keeps the current screen in step with the URL hash. */
class Router {
  route = $state<Route>(parseRoute(location.hash));
  /** The screen before this one, for "back". */
  private previous: Route | null = null;

  constructor() {
    window.addEventListener('hashchange', () => {
      const next = parseRoute(location.hash);
      if (hashOf(next) !== hashOf(this.route)) this.previous = this.route;
      this.route = next;
    });
  }

  go(r: Route) {
    const h = hashOf(r);
    if (location.hash !== h) location.hash = h;
    else this.route = r;
  }

  /** back returns to the screen before, or to fallback when there was none. */
  back(fallback: Route) {
    const to = this.previous && hashOf(this.previous) !== hashOf(this.route) ? this.previous : fallback;
    this.go(to);
  }
}

export const router = new Router();

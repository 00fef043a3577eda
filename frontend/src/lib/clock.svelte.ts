/** clock.now ticks every 20 seconds so "due in 2h" and "5m ago" stay true. */
class Clock {
  now = $state(new Date());

  constructor() {
    setInterval(() => (this.now = new Date()), 20_000);
  }
}

export const clock = new Clock();

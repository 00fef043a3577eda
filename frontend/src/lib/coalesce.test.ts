import { describe, expect, it } from 'vitest';
import { coalesce } from './coalesce';

describe('coalesce', () => {
  it('runs calls made during a pull as one more pull after it', async () => {
    let pulls = 0;
    let release: () => void = () => {};
    const refresh = coalesce(() => {
      pulls++;
      return new Promise<void>((r) => (release = r));
    });
    const first = refresh();
    const second = refresh();
    const third = refresh();
    expect(second).toBe(third);
    expect(pulls).toBe(1);
    release();
    await first;
    await Promise.resolve();
    expect(pulls).toBe(2);
    release();
    await second;
    expect(pulls).toBe(2);
    const later = refresh();
    expect(pulls).toBe(3);
    release();
    await later;
  });
});

import { describe, expect, it } from 'vitest';
import { reveal } from './reveal';

function layout(rowTop: number, rowHeight: number) {
  const scroller = document.createElement('div');
  scroller.dataset.scroller = '';
  const row = scroller.appendChild(document.createElement('li'));
  scroller.getBoundingClientRect = () => ({ top: 100, bottom: 500 }) as DOMRect;
  row.getBoundingClientRect = () => ({ top: rowTop, bottom: rowTop + rowHeight }) as DOMRect;
  scroller.scrollTop = 0;
  return { scroller, row };
}

describe('reveal', () => {
  it('scrolls a row below the view up into it, and one above down', () => {
    let { scroller, row } = layout(480, 80);
    reveal(row);
    expect(scroller.scrollTop).toBe(72); // bottom 560 → 488
    ({ scroller, row } = layout(60, 80));
    scroller.scrollTop = 200;
    reveal(row);
    expect(scroller.scrollTop).toBe(148);
  });
  it('leaves a row in view alone, and shows the top of a tall one', () => {
    let { scroller, row } = layout(200, 80);
    reveal(row);
    expect(scroller.scrollTop).toBe(0);
    ({ scroller, row } = layout(300, 600));
    reveal(row);
    expect(scroller.scrollTop).toBe(188);
  });
});

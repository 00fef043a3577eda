import { describe, expect, it } from 'vitest';
import type { Template } from '../../lib/mail-types';
import { blankTemplate, byCategory } from './templates.svelte';

const t = (id: number, name: string, category: Template['category']): Template => ({ ...blankTemplate(category), id, name });

describe('byCategory', () => {
  it("groups templates in Go's category order, names A–Z within", () => {
    const groups = byCategory([
      t(1, 'Social reply', 'social'),
      t(2, 'Shipping: late', 'shipping_delay'),
      t(3, 'Ask for feedback', 'feedback'),
      t(4, 'Shipping: early', 'shipping_delay'),
    ]);
    expect(groups.map((g) => [g.category, g.items.map((x) => x.id)])).toEqual([
      ['feedback', [3]],
      ['shipping_delay', [4, 2]],
      ['social', [1]],
    ]);
  });
  it('starts a new template with times Go can read', () => {
    expect(Date.parse(blankTemplate().createdAt)).not.toBeNaN();
  });
});

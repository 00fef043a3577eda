import { describe, expect, it } from 'vitest';
import { noFilters, queryOf } from './inbox.svelte';

describe('queryOf', () => {
  it('asks for anyone, nobody or one person', () => {
    expect(queryOf('all', noFilters(), 'updated', '').assignee).toBe(-1);
    expect(queryOf('all', { ...noFilters(), assignee: 0 }, 'updated', '').assignee).toBe(0);
    expect(queryOf('all', { ...noFilters(), assignee: 7 }, 'updated', '').assignee).toBe(7);
  });
  it('pages 50 at a time from a cursor, and trims the search', () => {
    const q = queryOf('open', { ...noFilters(), statuses: ['new'], tag: 'vip' }, 'due', '  vase ', 'abc');
    expect(q).toMatchObject({ view: 'open', statuses: ['new'], tag: 'vip', sort: 'due', search: 'vase', cursor: 'abc', limit: 50 });
  });
});

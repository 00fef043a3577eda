import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import MessageItem from './MessageItem.svelte';

afterEach(cleanup);

describe('MessageItem', () => {
  it('shows what people typed as text, never as HTML', () => {
    const body = '<img src=x onerror="alert(1)"><script>alert(2)</script><b>bold?</b>';
    const { container } = render(MessageItem, {
      message: {
        id: 1,
        ticketId: 1,
        kind: 'note',
        authorId: 2,
        authorName: '<i>Ann</i>',
        body,
        createdAt: '2025-03-10T12:00:00Z',
      },
    });
    expect(screen.getByTestId('message-body').textContent).toBe(body);
    expect(container.querySelector('img, script, b, i')).toBeNull();
    expect(screen.getByText('<i>Ann</i>')).toBeTruthy();
  });
  it('marks internal notes', () => {
    render(MessageItem, {
      message: { id: 1, ticketId: 1, kind: 'note', authorId: 2, authorName: 'Ann', body: 'x', createdAt: '' },
    });
    expect(screen.getByTestId('message').dataset.kind).toBe('note');
    expect(screen.getByText('Internal note')).toBeTruthy();
  });
});

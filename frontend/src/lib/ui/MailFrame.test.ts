import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import MailFrame from './MailFrame.svelte';

afterEach(cleanup);

describe('MailFrame', () => {
  it('shows an email’s HTML only inside a sandboxed frame, never in the page', () => {
    const html = '<p>Hi <b>Ann</b></p><script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">';
    const { container } = render(MailFrame, { html, title: 'The email', testid: 'frame' });
    const frame = screen.getByTestId('frame') as HTMLIFrameElement;
    expect(frame.tagName).toBe('IFRAME');
    expect(frame.getAttribute('sandbox')).toBe('');
    expect(frame.getAttribute('srcdoc')).toBe(html);
    expect(container.querySelector('p, b, script, img')).toBeNull();
    expect((window as { pwned?: number }).pwned).toBeUndefined();
  });
});

import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import MailFrame from './MailFrame.svelte';
import { framePolicy, hasRemoteImages } from './mail-policy';

afterEach(cleanup);

describe('MailFrame', () => {
  it('shows an email’s HTML only inside a sandboxed frame, never in the page', () => {
    const html = '<p>Hi <b>Ann</b></p><script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">';
    const { container } = render(MailFrame, { html, title: 'The email', testid: 'frame' });
    const frame = screen.getByTestId('frame') as HTMLIFrameElement;
    expect(frame.tagName).toBe('IFRAME');
    expect(frame.getAttribute('sandbox')).toBe('');
    expect(frame.getAttribute('srcdoc')).toContain(html);
    expect(container.querySelector('p, b, script, img')).toBeNull();
    expect((window as { pwned?: number }).pwned).toBeUndefined();
  });

  it('blocks remote images until the rep asks, for that message only', async () => {
    const html = '<p>Hi</p><img src="https://tracker.example/open.gif">';
    const r = render(MailFrame, { html, title: 'The email', testid: 'frame' });
    const frame = () => screen.getByTestId('frame').getAttribute('srcdoc') ?? '';
    expect(frame()).toContain(`content="${framePolicy(false)}"`);
    expect(framePolicy(false)).not.toMatch(/https?:/);
    await fireEvent.click(screen.getByRole('button', { name: 'Show remote images' }));
    expect(frame()).toContain(`content="${framePolicy(true)}"`);
    expect(screen.queryByRole('button', { name: 'Show remote images' })).toBeNull();
    // The next message starts blocked again.
    await r.rerender({ html: '<img src="https://other.example/x.png">', title: 'The email', testid: 'frame' });
    expect(frame()).toContain(`content="${framePolicy(false)}"`);
    expect(screen.getByRole('button', { name: 'Show remote images' })).toBeTruthy();
  });
  it('offers nothing for a message with no remote images', () => {
    render(MailFrame, { html: '<p>Hi</p><img src="data:image/png;base64,AAAA">', title: 'The email' });
    expect(screen.queryByRole('button', { name: 'Show remote images' })).toBeNull();
  });
  it('finds remote images however they are written', () => {
    for (const h of ['<img src=http://a.example/x>', "<td background='https://a.example/b.png'>", '<div style="background:url( //a.example/x)">', '<img srcset="https://a.example/x 2x">']) {
      expect(hasRemoteImages(h), h).toBe(true);
    }
    expect(hasRemoteImages('<a href="https://shop.example">our shop</a>')).toBe(false);
  });
});

describe('withPolicy', () => {
  it('keeps a doctype first, so the email is not shown in quirks mode', async () => {
    const { withPolicy } = await import('./mail-policy');
    const out = withPolicy('<!doctype html><html><head><title>x</title></head><body>Hi</body></html>', false);
    expect(out.startsWith('<!doctype html><html><head><meta http-equiv="Content-Security-Policy"')).toBe(true);
  });
});

// What an email's HTML may load inside MailFrame. The frame's own policy
// (a CSP meta tag put before the email) is added to the window's, so it
// can only narrow it: no scripts, fonts, frames or connections ever, and
// remote images only when the rep asks for that message.

const base = "default-src 'none'; style-src 'unsafe-inline'; font-src data:";

/** framePolicy is the Content-Security-Policy for one email's frame. */
export function framePolicy(remoteImages: boolean): string {
  return `${base}; img-src data: cid:${remoteImages ? ' https: http:' : ''}`;
}

/**
 * withPolicy puts the policy at the start of the email's head (or of the
 * HTML when it has none): before a doctype it would put the frame in
 * quirks mode and change how the email looks.
 */
export function withPolicy(html: string, remoteImages: boolean): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${framePolicy(remoteImages)}">`;
  const head = /<head\b[^>]*>/i.exec(html);
  if (!head) return meta + html;
  const at = head.index + head[0].length;
  return html.slice(0, at) + meta + html.slice(at);
}

// src=, background=, srcset= or CSS url() pointing at http(s) or //host.
const remote = /(?:\b(?:src|background|srcset|poster)\s*=\s*["']?|url\(\s*["']?)\s*(?:https?:)?\/\//i;

/** hasRemoteImages says whether the HTML would load anything from the network. */
export function hasRemoteImages(html: string): boolean {
  return remote.test(html);
}

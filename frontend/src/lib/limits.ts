// The sizes of what the window may send, as in backend/limits/limits.go.
// Checking here refuses an input before it is sent: a call of a few MB
// stalls the bridge to Go, and Go never gets to answer.

export const limits = {
  personName: 80,
  storeName: 100,
  subject: 200,
  /** bytes */
  messageBody: 100_000,
  templateName: 100,
  /** bytes */
  templateBody: 50_000,
  /** bytes */
  password: 72,
  /** bytes of JSON one call may carry */
  callBytes: 1 << 20,
} as const;

/** How long a call may take before the window stops waiting (ms). */
export const callTimeoutMs = 20_000;

// Calls that wait for a person or a mail server, with their own bound.
// The mail server's timeout can be set up to 5 minutes.
export const slowCalls: Record<string, number> = {
  'Session.OpenAnother': Infinity,
  'Mail.TestSend': 5 * 60_000 + 20_000,
  'Mail.CheckServer': 5 * 60_000 + 20_000,
  'Mail.SaveSettings': 5 * 60_000 + 20_000,
  'Mail.TestInbox': 60_000,
};

const encoder = new TextEncoder();

/** bytes is the UTF-8 size of s. */
export function bytes(s: string): number {
  return encoder.encode(s).length;
}

/** size says a size for people: "5.0 MB", "98 KB". */
export function size(n: number): string {
  return n >= 1 << 20 ? `${(n / (1 << 20)).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}

/**
 * tooLarge says why args are too large to send in one call, or '' when
 * they fit.
 */
export function tooLarge(args: unknown[]): string {
  let n: number;
  try {
    n = bytes(JSON.stringify(args) ?? '');
  } catch {
    return '';
  }
  if (n <= limits.callBytes) return '';
  return `this is too large to send (${size(n)}): shorten it, a message can hold up to ${limits.messageBody / 1000} KB of text`;
}

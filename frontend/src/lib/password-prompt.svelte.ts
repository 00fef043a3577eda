/**
 * passwordPrompt asks a remembered owner for their password when an
 * owner-only call answers "password needed" (a delete button inside a
 * screen reps also use, say), so the action goes on instead of failing.
 * Calls that meet it while the prompt is open wait for the same answer.
 */
class PasswordPrompt {
  open = $state(false);
  private waiting: ((confirmed: boolean) => void)[] = [];

  /** ask resolves true once the password is confirmed, false if cancelled. */
  ask(): Promise<boolean> {
    this.open = true;
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  done(confirmed: boolean) {
    this.open = false;
    for (const resolve of this.waiting.splice(0)) resolve(confirmed);
  }
}

export const passwordPrompt = new PasswordPrompt();

/** isPasswordNeeded: Go's ErrPasswordNeeded, whatever the call. */
export const isPasswordNeeded = (message: string) => /^password needed\b/i.test(message);

import { Session, messageOf } from './api';
import type { Person, SessionState } from './types';

/** SessionStore knows which screen the window is on: open error, setup, sign-in or the desk. */
class SessionStore {
  state = $state<SessionState | null>(null);
  /** Why State() itself failed (rare: the data file is unreadable). */
  error = $state('');

  me: Person | null = $derived(this.state?.current ?? null);
  isOwner = $derived(this.me?.role === 'owner');
  /** The owner was signed in automatically and must type their password for owner screens. */
  passwordNeeded = $derived(this.state?.passwordNeeded ?? false);
  ownerRights = $derived(this.isOwner && !this.passwordNeeded);
  storeName = $derived(this.state?.storeName ?? '');

  async load() {
    try {
      this.state = await Session.state();
      this.error = '';
    } catch (err) {
      this.error = messageOf(err);
    }
  }

  /** confirm gives a remembered owner their owner rights, with their password. */
  async confirm(password: string) {
    await Session.confirm(password);
    await this.load();
  }

  async signOut() {
    await Session.signOut();
    await this.load();
  }
}

export const session = new SessionStore();

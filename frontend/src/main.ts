// First, so Go answers the start-up calls while the rest loads.
import { boot } from './boot';
import '@fontsource-variable/inter';
import './styles/tokens.css';
import './styles/base.css';
import { mount } from 'svelte';
import App from './App.svelte';
import { desk } from './lib/desk.svelte';
import { session } from './lib/session.svelte';
import { inbox } from './views/inbox/inbox.svelte';

/**
 * How long the first screen waits for the start-up calls. Past it, the
 * window shows "Opening Shopdesk…" and each screen loads its own data.
 */
const WAIT_MS = 250;

const b = await Promise.race([boot, new Promise<null>((r) => setTimeout(() => r(null), WAIT_MS))]);
if (b?.state) {
  session.state = b.state;
  if (b.state.current) {
    if (b.page) inbox.show(b.page.view, b.page.page);
    desk.seed(b);
  }
}

const app = mount(App, { target: document.getElementById('app')! });

export default app;

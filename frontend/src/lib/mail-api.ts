// The email side of the Go API: mail settings, the outbox, the test inbox,
// templates and feedback batches. Calls go through call() in ./api, so Go's
// messages arrive as ApiErrors like everywhere else.

import { call } from './api';
import type {
  Batch,
  Candidate,
  Composed,
  InboxItem,
  MailServer,
  MailSettings,
  MailStatus,
  OutboxMessage,
  OutboxState,
  Placeholder,
  ServerCheck,
  Template,
  TestInboxNotice,
} from './mail-types';

const arr = <T>(v: T[] | null | undefined): T[] => v ?? [];

function message(m: OutboxMessage): OutboxMessage {
  return { ...m, references: arr(m.references) };
}
function batch(b: Batch): Batch {
  return { ...b, ticketIds: arr(b.ticketIds), skippedTicketIds: arr(b.skippedTicketIds) };
}
function inboxItem(i: InboxItem): InboxItem {
  return { ...i, view: { ...i.view, headers: arr(i.view.headers), parts: arr(i.view.parts) } };
}
export function composed(c: Composed): Composed {
  return { ...c, missing: arr(c.missing), ask: arr(c.ask) };
}

/** Values typed for the placeholders a template asks for, by canonical name. */
export type Typed = Record<string, string>;

export const Mail = {
  /** Owner only. */
  settings: () => call<MailSettings>('Mail', 'Settings'),
  /** Owner only. password null keeps the saved one; "" removes it. */
  saveSettings: (s: MailServer, password: string | null) => call<void>('Mail', 'SaveSettings', s, password),
  /** Owner only. Sends a test email with the saved settings; the error names the step that failed. */
  testSend: (to: string) => call<void>('Mail', 'TestSend', to),
  /** Messages in a state ("" for all), newest first, at most 200. */
  outbox: async (state: OutboxState | '') => arr(await call<OutboxMessage[] | null>('Mail', 'Outbox', state)).map(message),
  resend: async (id: number) => message(await call<OutboxMessage>('Mail', 'Resend', id)),
  fixAndResend: async (id: number, to: string, toName: string) =>
    message(await call<OutboxMessage>('Mail', 'FixAndResend', id, to, toName)),
  markSent: async (id: number) => message(await call<OutboxMessage>('Mail', 'MarkSent', id)),
  discard: (id: number) => call<void>('Mail', 'Discard', id),
  /** What the built-in test inbox received, newest first. */
  /** One outgoing message, whole: lists carry a snippet of the text and no HTML. */
  message: async (id: number) => message(await call<OutboxMessage>('Mail', 'Message', id)),
  /** One test-inbox message, whole: the list carries a snippet of the text only. */
  testInboxItem: async (id: number) => inboxItem(await call<InboxItem>('Mail', 'TestInboxItem', id)),
  testInbox: async () => arr(await call<InboxItem[] | null>('Mail', 'TestInbox')).map(inboxItem),
  /** How much the test inbox keeps, and how many older emails it dropped. */
  testInboxNotice: () => call<TestInboxNotice>('Mail', 'TestInboxNotice'),
  /** A ticket's emails, oldest first. */
  ticketEmails: async (ticketId: number) =>
    arr(await call<OutboxMessage[] | null>('Mail', 'TicketEmails', ticketId)).map(message),
  /** Owner only. Connects to the saved server without sending; names an untrusted certificate's fingerprint. */
  checkServer: () => call<ServerCheck>('Mail', 'CheckServer'),
  /** Owner only. Trusts exactly the certificate with this SHA-256 fingerprint ("" stops trusting it). */
  trustCertificate: (fingerprint: string) => call<void>('Mail', 'TrustCertificate', fingerprint),
  /** Messages that reached only the test inbox, newest first: the customers never got them. */
  onlyInTestInbox: async () => arr(await call<OutboxMessage[] | null>('Mail', 'OnlyInTestInbox')).map(message),
  /** Owner only. Sends the chosen test-inbox messages to the customers for real. */
  sendForReal: async (ids: number[]) => arr(await call<OutboxMessage[] | null>('Mail', 'SendForReal', ids)).map(message),
  /** Owner only. Clears the emails set aside as unreadable; returns how many. */
  discardDamaged: () => call<number>('Mail', 'DiscardDamaged'),
  /** A message waiting for a retry goes again now. */
  retryNow: async (id: number) => message(await call<OutboxMessage>('Mail', 'RetryNow', id)),
  /** Anyone: test mode, paused sending and the counts that need the owner. */
  status: () => call<MailStatus>('Mail', 'Status'),
};

export const Templates = {
  list: async () => arr(await call<Template[] | null>('Templates', 'List')),
  placeholders: async () => arr(await call<Placeholder[] | null>('Templates', 'Placeholders')),
  /** Owner only. id 0 creates. A bad placeholder is refused with its place named. */
  save: (t: Template) => call<Template>('Templates', 'Save', t),
  delete: (id: number) => call<void>('Templates', 'Delete', id),
  restoreDefault: (id: number) => call<Template>('Templates', 'RestoreDefault', id),
  /** Fills a saved template for a ticket (0: sample data) with the values typed so far. */
  compose: async (templateId: number, ticketId: number, typed: Typed) =>
    composed(await call<Composed>('Templates', 'Compose', templateId, ticketId, { ...typed })),
  /** Fills a template as it stands in the editor, saved or not, like compose. */
  preview: async (t: Template, ticketId: number, typed: Typed) =>
    composed(await call<Composed>('Templates', 'Preview', { ...t }, ticketId, { ...typed })),
};

export const Feedback = {
  /** Tickets resolved in the last days days whose customer was not asked yet. */
  candidates: async (days: number) => arr(await call<Candidate[] | null>('Feedback', 'Candidates', days)),
  start: async (name: string, templateId: number, ticketIds: number[], typed: Typed) =>
    batch(await call<Batch>('Feedback', 'Start', name, templateId, ticketIds, { ...typed })),
  pause: async (id: number) => batch(await call<Batch>('Feedback', 'Pause', id)),
  resume: async (id: number) => batch(await call<Batch>('Feedback', 'Resume', id)),
  batches: async () => arr(await call<Batch[] | null>('Feedback', 'Batches')).map(batch),
  batch: async (id: number) => batch(await call<Batch>('Feedback', 'Batch', id)),
};

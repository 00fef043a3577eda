// The shapes of the email side of the Go API (Mail, Templates, Feedback),
// as JSON. They mirror backend/sending, backend/outbox, backend/templates
// and backend/mail/testinbox; bindings-check/mail.ts compares them with the
// generated bindings, so a drift fails `npm run check`.

/** How the connection to the mail server is protected. */
export type Security = 'starttls' | 'tls' | 'none';

/** The owner's mail settings as Go stores them: never the password itself. */
export interface MailServer {
  host: string;
  port: number;
  security: Security;
  username: string;
  fromName: string;
  fromAddress: string;
  replyTo: string;
  /** Everything goes to the built-in test inbox. */
  testMode: boolean;
  /** A password is saved (in the keyring or the password file). */
  hasPassword: boolean;
  /** SHA-256 fingerprint of the one self-signed certificate trusted for this server; "" for none. */
  trustedCert: string;
}

/** What connecting to the saved mail server found (Mail.CheckServer). */
export interface ServerCheck {
  ok: boolean;
  error: string;
  /** The certificate no known authority signed (or not the trusted one): the owner may trust it. */
  fingerprint: string;
  certChanged: boolean;
  /** The fingerprint trusted now; "" for none. */
  trusted: string;
}

export type PasswordStore = 'keyring' | 'file';

export interface MailSettings {
  settings: MailServer;
  passwordStore: PasswordStore;
  /** Why the keyring refused the password just saved (it went to the file instead); "" when it did not. */
  keyringError: string;
  /** The settings sign in but the password is not on this computer (the data file came without it): sending is paused. */
  passwordMissing: boolean;
}

/** Where an outgoing message is in its life. */
export type OutboxState = 'queued' | 'sending' | 'sent' | 'retry' | 'failed' | 'uncertain';

export interface OutboxMessage {
  id: number;
  /** 0 when it belongs to no ticket. */
  ticketId: number;
  /** 0 unless part of a feedback batch. */
  batchId: number;
  /** The ticket message (a reply) this email carries; 0 for none, and for emails written before Go recorded it. */
  replyId: number;
  to: string;
  toName: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  inReplyTo: string;
  references: string[];
  state: OutboxState;
  attempts: number;
  /** RFC 3339; Go's zero time ("0001-…") when none is planned. */
  nextAttemptAt: string;
  /** What went wrong last, "action: cause". */
  lastError: string;
  /** What the owner can do about it. */
  lastHint: string;
  createdAt: string;
  updatedAt: string;
  /** RFC 3339; Go's zero time until it is sent. */
  sentAt: string;
  /** RFC 3339: when the last attempt began (for one that may have been sent, the time to look for). */
  attemptedAt: string;
  /** Where it was delivered: the built-in test inbox (not the customer) or the mail server; "" until then. */
  route: OutboxRoute;
}

export type OutboxRoute = '' | 'server' | 'test-inbox';

/** Why all sending is paused; error is "" when it is not. */
export interface Blocked {
  error: string;
  hint: string;
  until: string;
}

/**
 * What every person's window shows about outgoing mail (Mail.Status):
 * where it goes, whether sending is paused, and how many messages need
 * the owner.
 */
export interface MailStatus {
  /** Mail goes to the built-in test inbox: test mode, or no server set up yet. */
  testMode: boolean;
  blocked: Blocked;
  /** Refused by the server: the owner fixes or discards them. */
  failed: number;
  /** May have been sent (the app stopped mid-send): the owner decides. */
  uncertain: number;
  /** Queued, being sent or waiting for another try. */
  waiting: number;
  /** Sending is paused until the owner enters the mail password (the data file came without it). */
  passwordMissing: boolean;
  /** Could not be read from the data file: set aside, never sent. */
  damaged: number;
}

export interface InboxHeader {
  name: string;
  value: string;
}

/** A message the test inbox received, decoded as a mail program would. */
export interface InboxView {
  subject: string;
  from: string;
  to: string;
  date: string;
  messageId: string;
  inReplyTo: string;
  references: string;
  headers: InboxHeader[];
  text: string;
  html: string;
  parts: string[];
}

export interface InboxItem {
  id: number;
  receivedAt: string;
  view: InboxView;
}

export type TemplateCategory =
  | 'feedback'
  | 'shipping_delay'
  | 'incorrect_item'
  | 'item_missing'
  | 'cancellation'
  | 'out_of_stock'
  | 'complaint'
  | 'return_refund'
  | 'escalation'
  | 'social'
  | 'general';

/** email: sent through the outbox; clipboard: copied for social media. */
export type TemplateChannel = 'email' | 'clipboard';

export interface Template {
  /** 0 for a template not saved yet. */
  id: number;
  name: string;
  category: TemplateCategory;
  channel: TemplateChannel;
  /** Empty: a reply keeps the conversation's subject. */
  subject: string;
  body: string;
  builtIn: boolean;
  defaultKey?: string;
  /** Goes up on every save; a save naming an old version is refused. */
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** Where a placeholder's value comes from; "ask" values are typed at send time. */
export type PlaceholderSource = 'customer' | 'ticket' | 'shop' | 'agent' | 'ask';

export interface Placeholder {
  /** The canonical spelling, without brackets: "Customer Name". */
  name: string;
  description: string;
  source: PlaceholderSource;
  /** Other spellings Go accepts for it. */
  aliases?: string[];
}

/** A template filled for one ticket. */
export interface Composed {
  subject: string;
  text: string;
  html: string;
  /** Placeholders still without a value, canonical names in reading order. */
  missing: string[];
  /** The placeholders this template asks for at send time. */
  ask: Placeholder[];
}

/** A resolved ticket whose customer could be asked for feedback. */
export interface Candidate {
  ticketId: number;
  number: number;
  subject: string;
  customerName: string;
  customerEmail: string;
  resolvedAt: string;
}

export type BatchState = 'running' | 'paused' | 'done';

/** A feedback request sent to many customers, with its progress. */
export interface Batch {
  id: number;
  name: string;
  templateId: number;
  ticketIds: number[];
  /** Left out: their customers were already asked about that ticket. */
  skippedTicketIds: number[];
  state: BatchState;
  /** total = sent + waiting + failed + uncertain. */
  total: number;
  sent: number;
  /** Of the sent, how many went to the test inbox only: those customers were not asked. */
  testInbox: number;
  /** The stored request could not be read: its emails still go, its progress is lost. */
  damaged: boolean;
  waiting: number;
  failed: number;
  uncertain: number;
  createdAt: string;
  updatedAt: string;
}

/** How much the test inbox keeps, and what it dropped to stay within it (Mail.TestInboxNotice). */
export interface TestInboxNotice {
  limits: { maxMessages: number; maxBytes: number; maxAgeDays: number };
  dropped: {
    count: number;
    /** RFC 3339; "" for never. */
    last: string;
  };
}

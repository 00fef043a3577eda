// Compile-time check that src/lib/mail-types.ts and src/lib/mail-api.ts
// still match the bindings Wails generates for the email side of the Go API
// (Mail, Templates, Feedback). Like compat.ts: nothing here runs, a mismatch
// is a type error in `npm run check`.

import type { app, feedback, mailsettings, outbox, replies, sending, templates, testinbox } from '../wailsjs/go/models';
import type * as GoMail from '../wailsjs/go/app/Mail';
import type * as GoTemplates from '../wailsjs/go/app/Templates';
import type * as GoFeedback from '../wailsjs/go/app/Feedback';
import type { Feedback, Mail, Templates } from '../src/lib/mail-api';
import type * as T from '../src/lib/mail-types';
import type { ArgsFit, Fits, Mirrors, SameMethods } from './match';

export const checks: true[] = [
  // Shapes, field by field.
  true satisfies Mirrors<T.MailSettings, app.MailSettings>,
  true satisfies Mirrors<T.MailServer, mailsettings.Settings>,
  true satisfies Mirrors<T.ServerCheck, app.ServerCheck>,
  true satisfies Mirrors<T.OutboxMessage, outbox.Message>,
  true satisfies Mirrors<T.Blocked, outbox.Blocked>,
  true satisfies Mirrors<T.MailStatus, sending.Status>,
  true satisfies Mirrors<T.Batch, outbox.Batch>,
  true satisfies Mirrors<T.Candidate, feedback.Candidate>,
  true satisfies Mirrors<T.Composed, replies.Composed>,
  true satisfies Mirrors<T.InboxItem, testinbox.Item>,
  true satisfies Mirrors<T.InboxView, testinbox.View>,
  true satisfies Mirrors<T.TestInboxNotice, testinbox.Notice>,
  true satisfies Mirrors<T.InboxHeader, testinbox.Header>,
  true satisfies Mirrors<T.Placeholder, templates.Placeholder>,
  true satisfies Mirrors<T.Template, templates.Template>,

  // What we send fits what Go takes.
  true satisfies Fits<T.MailServer, mailsettings.Settings>,
  true satisfies Fits<T.Template, templates.Template>,

  // Calls: arguments in Go's order and types.
  // Every bound method has its wrapper, and no wrapper names a missing one.
  true satisfies SameMethods<typeof Mail, typeof GoMail>,
  true satisfies SameMethods<typeof Templates, typeof GoTemplates>,
  true satisfies SameMethods<typeof Feedback, typeof GoFeedback>,
  true satisfies ArgsFit<typeof Mail.message, typeof GoMail.Message>,
  true satisfies ArgsFit<typeof Mail.testInboxItem, typeof GoMail.TestInboxItem>,
  true satisfies ArgsFit<typeof Mail.onlyInTestInbox, typeof GoMail.OnlyInTestInbox>,
  true satisfies ArgsFit<typeof Mail.sendForReal, typeof GoMail.SendForReal>,
  true satisfies ArgsFit<typeof Mail.retryNow, typeof GoMail.RetryNow>,
  true satisfies ArgsFit<typeof Mail.discardDamaged, typeof GoMail.DiscardDamaged>,
  true satisfies ArgsFit<typeof Mail.settings, typeof GoMail.Settings>,
  true satisfies ArgsFit<typeof Mail.saveSettings, typeof GoMail.SaveSettings>,
  true satisfies ArgsFit<typeof Mail.testSend, typeof GoMail.TestSend>,
  true satisfies ArgsFit<typeof Mail.outbox, typeof GoMail.Outbox>,
  true satisfies ArgsFit<typeof Mail.resend, typeof GoMail.Resend>,
  true satisfies ArgsFit<typeof Mail.fixAndResend, typeof GoMail.FixAndResend>,
  true satisfies ArgsFit<typeof Mail.markSent, typeof GoMail.MarkSent>,
  true satisfies ArgsFit<typeof Mail.discard, typeof GoMail.Discard>,
  true satisfies ArgsFit<typeof Mail.testInbox, typeof GoMail.TestInbox>,
  true satisfies ArgsFit<typeof Mail.testInboxNotice, typeof GoMail.TestInboxNotice>,
  true satisfies ArgsFit<typeof Mail.ticketEmails, typeof GoMail.TicketEmails>,
  true satisfies ArgsFit<typeof Mail.checkServer, typeof GoMail.CheckServer>,
  true satisfies ArgsFit<typeof Mail.trustCertificate, typeof GoMail.TrustCertificate>,
  true satisfies ArgsFit<typeof Mail.status, typeof GoMail.Status>,
  true satisfies ArgsFit<typeof Templates.list, typeof GoTemplates.List>,
  true satisfies ArgsFit<typeof Templates.placeholders, typeof GoTemplates.Placeholders>,
  true satisfies ArgsFit<typeof Templates.save, typeof GoTemplates.Save>,
  true satisfies ArgsFit<typeof Templates.delete, typeof GoTemplates.Delete>,
  true satisfies ArgsFit<typeof Templates.restoreDefault, typeof GoTemplates.RestoreDefault>,
  true satisfies ArgsFit<typeof Templates.compose, typeof GoTemplates.Compose>,
  true satisfies ArgsFit<typeof Templates.preview, typeof GoTemplates.Preview>,
  true satisfies ArgsFit<typeof Feedback.candidates, typeof GoFeedback.Candidates>,
  true satisfies ArgsFit<typeof Feedback.start, typeof GoFeedback.Start>,
  true satisfies ArgsFit<typeof Feedback.pause, typeof GoFeedback.Pause>,
  true satisfies ArgsFit<typeof Feedback.resume, typeof GoFeedback.Resume>,
  true satisfies ArgsFit<typeof Feedback.batches, typeof GoFeedback.Batches>,
  true satisfies ArgsFit<typeof Feedback.batch, typeof GoFeedback.Batch>,
];

// Package testinbox is the test inbox built into Shopdesk: a small SMTP
// server on this computer (127.0.0.1, a free port by default) that keeps
// every message it receives, so the owner can try templates, batches and
// settings without mailing a real customer.
//
// Point the email settings at it with Inbox.Settings (no encryption is
// allowed because it never leaves this computer). What arrives is handed
// to a Store — the app keeps it in its data file, tests use Memory — and
// Parse turns the raw message into what the inbox view shows: decoded
// headers, the text part and the HTML part.
package testinbox

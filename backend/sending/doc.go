// Package sending runs the outbox worker for one data file: it starts the
// built-in test inbox and the worker, points the worker at the test inbox
// or the owner's server as the mail settings say, and lets the owner act
// on the queue (resend, fix, discard) and read its status.
package sending

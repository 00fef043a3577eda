// Package outbox is the durable queue of outgoing email, kept in the data
// file, and the Worker that sends it.
//
// The promise: a message is never lost and never sent twice without the
// owner being told. It rests on three rules.
//
//  1. A message is written (Enqueue, CreateBatch) before anything tries to
//     send it.
//  2. The worker commits State "sending" before the SMTP attempt, and
//     "sent", "retry" or "failed" only after the server answered.
//  3. On start, any message still "sending" — Shopdesk stopped in the middle
//     of an attempt — becomes "uncertain": it may have been sent. It is
//     never sent again on its own; the owner chooses Resend, MarkSent or
//     Discard.
//
// To reach hundreds of messages a second despite an fsync per commit, the
// worker marks a small group of due messages "sending" in one commit, sends
// them over one SMTP connection, and commits their outcomes in the same
// transaction that claims the next group. Rule 2 still holds for every
// message; a crash flags at most one group as uncertain.
//
// Temporary failures (4xx replies, dropped connections, timeouts) retry
// after 30s, 2m, 10m and 1h, then fail. A permanent refusal (5xx) of the
// recipient or the message fails at once with the server's words. Problems
// with the server or the settings (it cannot be found or reached, TLS, the
// password, the From address) are not the message's fault: the worker
// pauses all sending, reports it through Options.OnBlocked and tries again
// later or when woken, without using up the messages' attempts. A reply
// lost after the whole message was sent makes the message "uncertain" too.
//
// Feedback batches (CreateBatch) enqueue one message per ticket in one
// transaction and record each ticket in store.BucketAsked, so no customer
// is asked twice about the same ticket. A paused batch's messages are not
// picked up until it is resumed.
//
// Buckets: store.BucketOutbox (id → Message JSON), store.BucketOutboxDue
// (state|priority|time|id → batch id: the work queue and the per-state
// lists), store.BucketBatches (id → Batch JSON), store.BucketAsked
// (ticket → batch id).
// The test inbox keeps its messages in backend/testinbox.
package outbox

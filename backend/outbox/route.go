package outbox

import (
	"errors"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
)

// ErrNotInTestInbox is returned by SendForReal for a message that did not
// end in the test inbox.
var ErrNotInTestInbox = errors.New("only a message that went to the test inbox can be sent to the customer: reload the list")

// ErrNotRetrying is returned by RetryNow for a message that is not waiting
// for a retry.
var ErrNotRetrying = errors.New("only a message waiting for a retry can be retried now: reload the list")

// OnlyInTestInbox lists the messages delivered to the test inbox only,
// newest first: what the customers never received. A ticket's reply that
// was later sent for real is no longer listed.
func OnlyInTestInbox(tx *bolt.Tx, limit int) ([]Message, error) {
	sent, err := List(tx, StateSent, 0)
	if err != nil {
		return nil, err
	}
	out := []Message{}
	for _, m := range sent {
		if m.Route != RouteTestInbox {
			continue
		}
		if out = append(out, m); limit > 0 && len(out) == limit {
			break
		}
	}
	return out, nil
}

// SendForReal queues again, for the real server, messages that reached only
// the test inbox. Only the owner's choice does this, never new settings on
// their own. Wake the worker afterwards.
func SendForReal(tx *bolt.Tx, ids []uint64) ([]Message, error) {
	out := make([]Message, 0, len(ids))
	for _, id := range ids {
		m, err := change(tx, id, func(m *Message, now time.Time) error {
			if m.State != StateSent || m.Route != RouteTestInbox {
				return ErrNotInTestInbox
			}
			requeue(m, now)
			m.Route, m.SentAt = "", time.Time{}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("send message %d to the customer: %w", id, err)
		}
		out = append(out, m)
	}
	return out, nil
}

// RetryNow makes a message waiting for a retry due at once. Wake the
// worker afterwards.
func RetryNow(tx *bolt.Tx, id uint64) (Message, error) {
	return change(tx, id, func(m *Message, now time.Time) error {
		if m.State != StateRetry {
			return ErrNotRetrying
		}
		m.NextAttemptAt = now
		return nil
	})
}

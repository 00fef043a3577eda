package outbox

import (
	"time"

	bolt "go.etcd.io/bbolt"
)

// Resend puts a failed or uncertain message back in the queue for a fresh
// set of attempts. Wake the worker afterwards.
func Resend(tx *bolt.Tx, id uint64) (Message, error) {
	return change(tx, id, func(m *Message, now time.Time) error {
		if m.State != StateFailed && m.State != StateUncertain {
			return ErrNotResendable
		}
		requeue(m, now)
		return nil
	})
}

// FixAndResend corrects the recipient of a failed or uncertain message and
// queues it again. Wake the worker afterwards.
func FixAndResend(tx *bolt.Tx, id uint64, to, toName string) (Message, error) {
	addr, err := checkAddress(to)
	if err != nil {
		return Message{}, err
	}
	return change(tx, id, func(m *Message, now time.Time) error {
		if m.State != StateFailed && m.State != StateUncertain {
			return ErrNotResendable
		}
		m.To, m.ToName = addr, toName
		requeue(m, now)
		return nil
	})
}

// MarkSent records that an uncertain message did reach the customer (the
// owner checked), so it is not sent again.
func MarkSent(tx *bolt.Tx, id uint64) (Message, error) {
	return change(tx, id, func(m *Message, now time.Time) error {
		if m.State != StateUncertain {
			return ErrNotUncertain
		}
		m.State, m.SentAt, m.LastError, m.LastHint = StateSent, now, "", ""
		return nil
	})
}

// Discard removes a message that is not being sent: it will never be sent.
// A discarded batch message keeps its ticket marked as asked.
func Discard(tx *bolt.Tx, id uint64) error {
	w := newWriter(tx)
	m, err := w.load(id)
	if err != nil {
		return err
	}
	if m.State == StateSending {
		return ErrSending
	}
	if err := w.remove(m); err != nil {
		return err
	}
	return w.flush(time.Now().UTC())
}

func requeue(m *Message, now time.Time) {
	m.State, m.Attempts, m.NextAttemptAt = StateQueued, 0, now
	m.LastError, m.LastHint = "", ""
}

// change loads a message, lets fn edit it, and stores it with its index
// and batch counters.
func change(tx *bolt.Tx, id uint64, fn func(m *Message, now time.Time) error) (Message, error) {
	w := newWriter(tx)
	old, err := w.load(id)
	if err != nil {
		return Message{}, err
	}
	if old.State == StateSending {
		return Message{}, ErrSending
	}
	m := *old
	now := time.Now().UTC()
	if err := fn(&m, now); err != nil {
		return Message{}, err
	}
	m.UpdatedAt = now
	if err := w.put(old, &m); err != nil {
		return Message{}, err
	}
	return m, w.flush(now)
}

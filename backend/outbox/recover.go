package outbox

import (
	"errors"
	"log/slog"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/store"
)

// recoverSending marks every message left "sending" — the previous run
// stopped during its attempt — as uncertain. They are never sent again
// without the owner's say.
func recoverSending(db *store.DB, now time.Time) ([]Change, error) {
	var changes []Change
	err := db.Update(func(tx *bolt.Tx) error {
		w := newWriter(tx)
		type left struct {
			prio byte
			due  time.Time
			id   uint64
		}
		var found []left
		for _, prio := range []byte{prioReply, prioBatch} {
			prefix := statePrefix(StateSending, prio)
			c := w.due.Cursor()
			for k, _ := c.Seek(prefix); hasPrefix(k, prefix); k, _ = c.Next() {
				due, id := parseDueKey(prefix, k)
				found = append(found, left{prio, due, id}) // changed after the scan: never delete under a cursor
			}
		}
		for _, f := range found {
			id := f.id
			old, err := w.load(id)
			if errors.Is(err, errUnreadable) {
				// Set aside, not a stop: a worker that could not start on
				// it would never send anything else.
				slog.Error("outbox: a message left sending cannot be read; set aside as damaged", "id", id, "err", err)
				if err := w.setAside(StateSending, f.prio, f.due, id); err != nil {
					return err
				}
				continue
			}
			if err != nil {
				return err
			}
			m := *old
			m.State, m.UpdatedAt = StateUncertain, now
			m.LastError = "Shopdesk stopped while this message was being sent, so it may have been sent"
			m.LastHint = "Check with the customer (or your sent mail), then choose Resend or Mark as sent."
			if err := w.put(old, &m); err != nil {
				return err
			}
		}
		changes = w.changes
		return w.flush(now)
	})
	return changes, err
}

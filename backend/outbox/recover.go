package outbox

import (
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
		var ids []uint64
		for _, prio := range []byte{prioReply, prioBatch} {
			prefix := statePrefix(StateSending, prio)
			c := w.due.Cursor()
			for k, _ := c.Seek(prefix); hasPrefix(k, prefix); k, _ = c.Next() {
				_, id := parseDueKey(prefix, k)
				ids = append(ids, id) // changed after the scan: never delete under a cursor
			}
		}
		for _, id := range ids {
			old, err := w.load(id)
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

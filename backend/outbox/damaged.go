package outbox

import (
	"encoding/binary"
	"errors"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/store"
)

// errUnreadable marks a stored message that cannot be decoded (a damaged
// record).
var errUnreadable = errors.New("the stored message is damaged")

// StateDamaged is the index entry of a message whose record cannot be read:
// set aside so the rest of the queue goes on, counted for the owner, never
// sent.
const StateDamaged State = "damaged"

// setAside moves a message's due key from a waiting state to damaged.
func (w *writer) setAside(st State, prio byte, due time.Time, id uint64) error {
	k := statePrefix(st, prio)
	k = binary.BigEndian.AppendUint64(k, uint64(max(due.UnixNano(), 0)))
	k = binary.BigEndian.AppendUint64(k, id)
	v := w.due.Get(k)
	if err := w.due.Delete(k); err != nil {
		return err
	}
	nk := append(statePrefix(StateDamaged, prio), k[len(statePrefix(st, prio)):]...)
	return w.due.Put(nk, v)
}

// Damaged is how many messages were set aside because they cannot be read.
func Damaged(tx *bolt.Tx) int { return Count(tx, StateDamaged) }

// DiscardDamaged drops every message set aside as damaged, with what
// points to it, and returns how many went. Their records cannot be read,
// so nothing of them can be sent or shown: this only clears the notice.
func DiscardDamaged(tx *bolt.Tx) (int, error) {
	due := tx.Bucket(store.BucketOutboxDue)
	var keys [][]byte
	for _, p := range []byte{prioReply, prioBatch} {
		prefix := statePrefix(StateDamaged, p)
		c := due.Cursor()
		for k, _ := c.Seek(prefix); hasPrefix(k, prefix); k, _ = c.Next() {
			keys = append(keys, append([]byte(nil), k...)) // deleted after the scan
		}
	}
	gone := map[uint64]bool{}
	for _, k := range keys {
		id := binary.BigEndian.Uint64(k[len(k)-8:])
		gone[id] = true
		if err := due.Delete(k); err != nil {
			return 0, err
		}
		if err := tx.Bucket(store.BucketOutbox).Delete(store.U64(id)); err != nil {
			return 0, err
		}
	}
	// Which ticket each belonged to is in the unreadable record, so the
	// ticket index is walked for them (rare, and only on the owner's word).
	if len(gone) > 0 {
		tix := tx.Bucket(store.BucketOutboxTix)
		var stale [][]byte
		_ = tix.ForEach(func(k, _ []byte) error {
			if len(k) == 16 && gone[binary.BigEndian.Uint64(k[8:])] {
				stale = append(stale, append([]byte(nil), k...))
			}
			return nil
		})
		for _, k := range stale {
			if err := tix.Delete(k); err != nil {
				return 0, err
			}
		}
	}
	return len(keys), nil
}

package outbox

import (
	"encoding/binary"
	"errors"
	"time"

	bolt "go.etcd.io/bbolt"
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

package outbox

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/store"
)

// The due index, store.BucketOutboxDue, has one key per message:
//
//	state | 0x00 | priority (1 byte) | time (8 bytes) | id (8 bytes)  →  batch id
//
// Priority 0 is a reply on its own, 1 a batch message, so a reply typed
// during a long batch goes out first. The time is when the message is due
// for waiting states (queued, retry), when it was sent for sent, and when it
// last changed otherwise. The value, the batch id, lets the worker skip
// paused batches without reading the message.
const (
	prioReply byte = 0
	prioBatch byte = 1
)

func statePrefix(s State, prio byte) []byte {
	return append(append([]byte(s), 0), prio)
}

func dueKey(m *Message) []byte {
	var t time.Time
	switch m.State {
	case StateQueued, StateRetry:
		t = m.NextAttemptAt
	case StateSent:
		t = m.SentAt
	default:
		t = m.UpdatedAt
	}
	k := statePrefix(m.State, priority(m))
	k = binary.BigEndian.AppendUint64(k, uint64(max(t.UnixNano(), 0)))
	return binary.BigEndian.AppendUint64(k, m.ID)
}

func priority(m *Message) byte {
	if m.BatchID == 0 {
		return prioReply
	}
	return prioBatch
}

// parseDueKey returns the time and id in a due key under prefix.
func parseDueKey(prefix, k []byte) (time.Time, uint64) {
	rest := k[len(prefix):]
	return time.Unix(0, int64(binary.BigEndian.Uint64(rest[:8]))), binary.BigEndian.Uint64(rest[8:16])
}

func hasPrefix(k, prefix []byte) bool { return k != nil && bytes.HasPrefix(k, prefix) }

// writer applies message changes inside one transaction: it keeps the due
// index and the batch counters in step with each message, and collects
// the changes for the worker's hook.
type writer struct {
	tx      *bolt.Tx
	msgs    *bolt.Bucket
	due     *bolt.Bucket
	batches map[uint64]*Batch
	changes []Change
}

func newWriter(tx *bolt.Tx) *writer {
	return &writer{
		tx:      tx,
		msgs:    tx.Bucket(store.BucketOutbox),
		due:     tx.Bucket(store.BucketOutboxDue),
		batches: map[uint64]*Batch{},
	}
}

func (w *writer) load(id uint64) (*Message, error) {
	v := w.msgs.Get(store.U64(id))
	if v == nil {
		return nil, ErrNotFound
	}
	m := new(Message)
	if err := json.Unmarshal(v, m); err != nil {
		return nil, fmt.Errorf("read outgoing message %d: %w: %w", id, errUnreadable, err)
	}
	return m, nil
}

// put stores m; old is the stored version it replaces, nil for a new message.
func (w *writer) put(old, m *Message) error {
	if old != nil {
		if err := w.due.Delete(dueKey(old)); err != nil {
			return err
		}
	}
	if err := w.due.Put(dueKey(m), store.U64(m.BatchID)); err != nil {
		return err
	}
	v, err := json.Marshal(m)
	if err != nil {
		return err
	}
	if err := w.msgs.Put(store.U64(m.ID), v); err != nil {
		return err
	}
	if old == nil && m.TicketID != 0 {
		if err := w.tx.Bucket(store.BucketOutboxTix).Put(ticketKey(m), nil); err != nil {
			return err
		}
	}
	if m.BatchID != 0 {
		b, err := w.batch(m.BatchID)
		if err != nil {
			return err
		}
		if old != nil {
			b.count(old.State, -1)
			if old.State == StateSent && old.Route == RouteTestInbox {
				b.TestInbox--
			}
		}
		b.count(m.State, +1)
		if m.State == StateSent && m.Route == RouteTestInbox {
			b.TestInbox++
		}
	}
	if old != nil && old.State != m.State {
		w.changes = append(w.changes, changeOf(old.State, m))
	}
	return nil
}

// remove deletes m and its index entry.
func (w *writer) remove(m *Message) error {
	if err := w.due.Delete(dueKey(m)); err != nil {
		return err
	}
	if err := w.msgs.Delete(store.U64(m.ID)); err != nil {
		return err
	}
	if m.TicketID != 0 {
		if err := w.tx.Bucket(store.BucketOutboxTix).Delete(ticketKey(m)); err != nil {
			return err
		}
	}
	if m.BatchID != 0 {
		b, err := w.batch(m.BatchID)
		if err != nil {
			return err
		}
		b.count(m.State, -1)
		if m.State == StateSent && m.Route == RouteTestInbox {
			b.TestInbox--
		}
		b.Total--
	}
	return nil
}

func (w *writer) batch(id uint64) (*Batch, error) {
	if b, ok := w.batches[id]; ok {
		return b, nil
	}
	b, err := getBatch(w.tx, id)
	if errors.Is(err, errUnreadableBatch) {
		// Set aside: the batch's messages still go; its progress, which
		// cannot be read, is not written over.
		slog.Error("feedback batch set aside: its record cannot be read; its messages still go", "batch", id, "err", err)
	} else if err != nil {
		return nil, err
	}
	w.batches[id] = &b
	return &b, nil
}

// flush writes the batches touched in this transaction.
func (w *writer) flush(now time.Time) error {
	for _, b := range w.batches {
		if b.Damaged {
			continue
		}
		b.settle()
		b.UpdatedAt = now
		if err := putBatch(w.tx, b); err != nil {
			return err
		}
	}
	return nil
}

func ticketKey(m *Message) []byte { return store.Key(store.U64(m.TicketID), store.U64(m.ID)) }

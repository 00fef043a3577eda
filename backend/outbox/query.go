package outbox

import (
	"errors"
	"log/slog"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/store"
)

// Get reads one outgoing message.
func Get(tx *bolt.Tx, id uint64) (Message, error) {
	m, err := newWriter(tx).load(id)
	if err != nil {
		return Message{}, err
	}
	return *m, nil
}

// List returns up to limit messages in one state, most recent first
// (limit ≤ 0: all). For the owner's "failed" and "may have been sent" lists.
// State "" lists every message, newest written first.
func List(tx *bolt.Tx, state State, limit int) ([]Message, error) {
	if state == "" {
		return listAll(tx, limit)
	}
	due := tx.Bucket(store.BucketOutboxDue)
	type head struct {
		c      *bolt.Cursor
		prefix []byte
		k      []byte
	}
	var heads []*head
	for _, p := range []byte{prioReply, prioBatch} {
		h := &head{c: due.Cursor(), prefix: statePrefix(state, p)}
		h.k = seekLast(h.c, h.prefix)
		heads = append(heads, h)
	}
	w := newWriter(tx)
	var out []Message
	for limit <= 0 || len(out) < limit {
		var best *head
		var bestT time.Time
		for _, h := range heads {
			if h.k == nil {
				continue
			}
			if t, _ := parseDueKey(h.prefix, h.k); best == nil || t.After(bestT) {
				best, bestT = h, t
			}
		}
		if best == nil {
			break
		}
		_, id := parseDueKey(best.prefix, best.k)
		if m, err := w.load(id); readable(id, err) {
			out = append(out, *m)
		} else if err != nil && !errors.Is(err, errUnreadable) {
			return nil, err
		}
		if best.k, _ = best.c.Prev(); !hasPrefix(best.k, best.prefix) {
			best.k = nil
		}
	}
	return out, nil
}

// seekLast positions c on the last key with prefix, or returns nil.
func seekLast(c *bolt.Cursor, prefix []byte) []byte {
	// The prefix ends in the priority byte (never 0xff): the next prefix
	// starts right after the last key under this one.
	next := append([]byte(nil), prefix...)
	next[len(next)-1]++
	k, _ := c.Seek(next)
	if k == nil {
		k, _ = c.Last()
	} else {
		k, _ = c.Prev()
	}
	if !hasPrefix(k, prefix) {
		return nil
	}
	return k
}

// ForTicket lists the emails sent (or being sent) for a ticket, oldest first.
func ForTicket(tx *bolt.Tx, ticketID uint64) ([]Message, error) {
	var out []Message
	p := store.U64(ticketID)
	c := tx.Bucket(store.BucketOutboxTix).Cursor()
	for k, _ := c.Seek(p); len(k) == 16 && store.ParseU64(k) == ticketID; k, _ = c.Next() {
		id := store.ParseU64(k[8:])
		if m, err := Get(tx, id); readable(id, err) {
			out = append(out, m)
		} else if err != nil && !errors.Is(err, errUnreadable) {
			return nil, err
		}
	}
	return out, nil
}

func listAll(tx *bolt.Tx, limit int) ([]Message, error) {
	w := newWriter(tx)
	out := []Message{}
	c := tx.Bucket(store.BucketOutbox).Cursor()
	for k, _ := c.Last(); k != nil && (limit <= 0 || len(out) < limit); k, _ = c.Prev() {
		id := store.ParseU64(k)
		if m, err := w.load(id); readable(id, err) {
			out = append(out, *m)
		} else if err != nil && !errors.Is(err, errUnreadable) {
			return nil, err
		}
	}
	return out, nil
}

// Count is how many messages are in a state.
func Count(tx *bolt.Tx, state State) int {
	n := 0
	c := tx.Bucket(store.BucketOutboxDue).Cursor()
	for _, p := range []byte{prioReply, prioBatch} {
		prefix := statePrefix(state, p)
		for k, _ := c.Seek(prefix); hasPrefix(k, prefix); k, _ = c.Next() {
			n++
		}
	}
	return n
}

// readable says whether a message loaded for a list can be shown. One
// that cannot be read is left out (and logged), so it never hides the
// rest of a list; the outbox counts it as damaged.
func readable(id uint64, err error) bool {
	if errors.Is(err, errUnreadable) {
		slog.Warn("outbox: a message cannot be read; left out of the list", "id", id, "err", err)
	}
	return err == nil
}

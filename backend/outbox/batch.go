package outbox

import (
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/store"
)

// BatchState is where a feedback batch is.
type BatchState string

// Batch states.
const (
	BatchRunning BatchState = "running"
	BatchPaused  BatchState = "paused" // its messages are not picked up
	BatchDone    BatchState = "done"   // nothing left waiting
)

// Batch is a feedback request sent to many customers, one message per ticket.
type Batch struct {
	ID         uint64 `json:"id"`
	Name       string `json:"name"`
	TemplateID uint64 `json:"templateId"`
	// TicketIDs are the tickets whose customers were asked by this batch.
	TicketIDs []uint64 `json:"ticketIds"`
	// SkippedTicketIDs were left out: their customers were already asked
	// about that ticket by an earlier batch.
	SkippedTicketIDs []uint64   `json:"skippedTicketIds"`
	State            BatchState `json:"state"`
	// Progress. Total = Sent + Waiting + Failed + Uncertain (discarded
	// messages leave Total).
	Total     int `json:"total"`
	Sent      int `json:"sent"`
	Waiting   int `json:"waiting"` // queued, retrying or being sent
	Failed    int `json:"failed"`
	Uncertain int `json:"uncertain"`
	// TestInbox counts the sent ones that went to the test inbox only:
	// those customers were not asked.
	TestInbox int       `json:"testInbox"`
	CreatedAt time.Time `json:"createdAt" ts_type:"string"`
	UpdatedAt time.Time `json:"updatedAt" ts_type:"string"`
	// Damaged: the stored batch could not be read. Its messages still go
	// (each is its own record); only its name and progress are lost.
	Damaged bool `json:"damaged"`
}

func (b *Batch) count(s State, delta int) {
	switch {
	case s.waiting():
		b.Waiting += delta
	case s == StateSent:
		b.Sent += delta
	case s == StateFailed:
		b.Failed += delta
	case s == StateUncertain:
		b.Uncertain += delta
	}
}

// settle moves a batch with nothing waiting to done, and a done batch that
// has waiting messages again (a resend) back to running.
func (b *Batch) settle() {
	switch {
	case b.Waiting == 0:
		b.State = BatchDone
	case b.State == BatchDone:
		b.State = BatchRunning
	}
}

// CreateBatch enqueues one message per ticket, all in the caller's
// transaction, and records each ticket as asked. A ticket already asked by
// an earlier batch (or twice in msgs) is skipped and listed in
// SkippedTicketIDs. b supplies Name and TemplateID; each message needs a
// TicketID. If every ticket was skipped, it returns ErrNothingToSend.
func CreateBatch(tx *bolt.Tx, b Batch, msgs []Message) (Batch, error) {
	bb := tx.Bucket(store.BucketBatches)
	id, err := bb.NextSequence()
	if err != nil {
		return Batch{}, fmt.Errorf("create the batch: %w", err)
	}
	now := time.Now().UTC()
	b = Batch{ID: id, Name: b.Name, TemplateID: b.TemplateID, State: BatchRunning, CreatedAt: now, UpdatedAt: now}
	if err := putBatch(tx, &b); err != nil {
		return Batch{}, err
	}
	asked := tx.Bucket(store.BucketAsked)
	w := newWriter(tx)
	nb, err := w.batch(id)
	if err != nil {
		return Batch{}, err
	}
	for _, m := range msgs {
		if m.TicketID == 0 {
			return Batch{}, ErrNoTicket
		}
		if asked.Get(store.U64(m.TicketID)) != nil {
			nb.SkippedTicketIDs = append(nb.SkippedTicketIDs, m.TicketID)
			continue
		}
		m.BatchID = id
		if _, err := enqueue(w, m, now); err != nil {
			return Batch{}, fmt.Errorf("add the message for ticket %d: %w", m.TicketID, err)
		}
		if err := asked.Put(store.U64(m.TicketID), store.U64(id)); err != nil {
			return Batch{}, err
		}
		nb.TicketIDs = append(nb.TicketIDs, m.TicketID)
		nb.Total++
	}
	if nb.Total == 0 {
		return Batch{}, ErrNothingToSend
	}
	if err := w.flush(now); err != nil {
		return Batch{}, err
	}
	return *nb, nil
}

// Asked reports whether a ticket's customer was already asked for
// feedback, and by which batch.
func Asked(tx *bolt.Tx, ticketID uint64) (batchID uint64, ok bool) {
	v := tx.Bucket(store.BucketAsked).Get(store.U64(ticketID))
	return store.ParseU64(v), v != nil
}

// Pause stops the worker from picking up the batch's messages; messages
// already being sent finish.
func Pause(tx *bolt.Tx, id uint64) (Batch, error) {
	return setBatchState(tx, id, BatchPaused)
}

// Resume lets the worker pick up a paused batch's messages again. Wake the
// worker afterwards.
func Resume(tx *bolt.Tx, id uint64) (Batch, error) {
	return setBatchState(tx, id, BatchRunning)
}

func setBatchState(tx *bolt.Tx, id uint64, s BatchState) (Batch, error) {
	b, err := getBatch(tx, id)
	if err != nil {
		return Batch{}, err
	}
	if b.State == BatchDone {
		return b, nil
	}
	b.State = s
	b.settle()
	b.UpdatedAt = time.Now().UTC()
	return b, putBatch(tx, &b)
}

// GetBatch reads a batch and its progress.
func GetBatch(tx *bolt.Tx, id uint64) (Batch, error) { return getBatch(tx, id) }

// ListBatches returns up to limit batches, newest first (limit ≤ 0: all).
func ListBatches(tx *bolt.Tx, limit int) ([]Batch, error) {
	var out []Batch
	c := tx.Bucket(store.BucketBatches).Cursor()
	for k, v := c.Last(); k != nil && (limit <= 0 || len(out) < limit); k, v = c.Prev() {
		var b Batch
		if err := json.Unmarshal(v, &b); err != nil {
			// One unreadable batch must not hide the others.
			slog.Error("feedback batch set aside: its record cannot be read", "batch", store.ParseU64(k), "err", err)
			b = damagedBatch(store.ParseU64(k))
		}
		out = append(out, b)
	}
	return out, nil
}

func getBatch(tx *bolt.Tx, id uint64) (Batch, error) {
	v := tx.Bucket(store.BucketBatches).Get(store.U64(id))
	if v == nil {
		return Batch{}, ErrBatchNotFound
	}
	var b Batch
	if err := json.Unmarshal(v, &b); err != nil {
		return damagedBatch(id), fmt.Errorf("read batch %d: %w: %v", id, errUnreadableBatch, err)
	}
	return b, nil
}

// errUnreadableBatch marks a stored batch that cannot be decoded.
var errUnreadableBatch = errors.New("the stored feedback request is damaged")

// damagedBatch stands in for a batch whose record cannot be read.
func damagedBatch(id uint64) Batch {
	return Batch{ID: id, Name: "A feedback request that could not be read", State: BatchDone, Damaged: true}
}

func putBatch(tx *bolt.Tx, b *Batch) error {
	v, err := json.Marshal(b)
	if err != nil {
		return err
	}
	return tx.Bucket(store.BucketBatches).Put(store.U64(b.ID), v)
}

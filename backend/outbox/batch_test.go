package outbox

import (
	"errors"
	"slices"
	"testing"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/store"
)

func createBatch(t *testing.T, h *harness, name string, tickets ...uint64) (Batch, error) {
	t.Helper()
	var msgs []Message
	for _, tk := range tickets {
		msgs = append(msgs, feedback(tk))
	}
	var b Batch
	err := h.db.Update(func(tx *bolt.Tx) (err error) {
		b, err = CreateBatch(tx, Batch{Name: name, TemplateID: 1}, msgs)
		return err
	})
	return b, err
}

func TestCreateBatchAsksEachTicketOnce(t *testing.T) {
	h := newHarness(t, Options{})
	first, err := createBatch(t, h, "March", 1, 2, 3, 3)
	if err != nil {
		t.Fatal(err)
	}
	if first.Total != 3 || first.Waiting != 3 || !slices.Equal(first.TicketIDs, []uint64{1, 2, 3}) ||
		!slices.Equal(first.SkippedTicketIDs, []uint64{3}) || first.State != BatchRunning {
		t.Fatalf("first batch = %+v", first)
	}
	second, err := createBatch(t, h, "April", 2, 3, 4)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(second.TicketIDs, []uint64{4}) || !slices.Equal(second.SkippedTicketIDs, []uint64{2, 3}) {
		t.Fatalf("second batch asks %v, skips %v", second.TicketIDs, second.SkippedTicketIDs)
	}
	_ = h.db.View(func(tx *bolt.Tx) error {
		for tk, want := range map[uint64]uint64{1: first.ID, 3: first.ID, 4: second.ID} {
			if got, ok := Asked(tx, tk); !ok || got != want {
				t.Errorf("ticket %d asked by batch %d, %v; want %d", tk, got, ok, want)
			}
		}
		if _, ok := Asked(tx, 5); ok {
			t.Error("ticket 5 was never asked")
		}
		return nil
	})

	tests := []struct {
		name    string
		tickets []uint64
		want    error
	}{
		{"every ticket already asked", []uint64{1, 4}, ErrNothingToSend},
		{"a message without a ticket", []uint64{9, 0}, ErrNoTicket},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := createBatch(t, h, "x", tc.tickets...); !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
		})
	}
	// The refused batch left nothing behind: ticket 9 can still be asked.
	if _, err := createBatch(t, h, "May", 9); err != nil {
		t.Fatalf("ticket 9 after a refused batch: %v", err)
	}
}

func TestPausedBatchWaitsUntilResumed(t *testing.T) {
	h := newHarness(t, Options{})
	b, err := createBatch(t, h, "March", 1, 2, 3)
	if err != nil {
		t.Fatal(err)
	}
	if err := h.db.Update(func(tx *bolt.Tx) error { _, err := Pause(tx, b.ID); return err }); err != nil {
		t.Fatal(err)
	}
	r := h.enqueue(reply("ann@example.com"))
	h.start()
	h.untilState(r.ID, StateSent)
	if got := h.batch(b.ID); got.State != BatchPaused || got.Waiting != 3 || len(h.srv.Messages()) != 1 {
		t.Fatalf("paused batch = %+v, server has %d messages", got, len(h.srv.Messages()))
	}

	if err := h.db.Update(func(tx *bolt.Tx) error { _, err := Resume(tx, b.ID); return err }); err != nil {
		t.Fatal(err)
	}
	h.worker.Wake()
	h.until("the batch to finish", func() bool { return h.batch(b.ID).State == BatchDone })
	if got := h.batch(b.ID); got.Sent != 3 || got.Waiting != 0 || got.Failed != 0 {
		t.Fatalf("done batch = %+v", got)
	}
}

func TestBatchProgressCountsEachOutcome(t *testing.T) {
	h := newHarness(t, Options{})
	h.srv.RejectRecipient("customer2@example.com", 550, "5.1.1 user unknown")
	b, err := createBatch(t, h, "March", 1, 2, 3, 4)
	if err != nil {
		t.Fatal(err)
	}
	h.start()
	h.until("the batch to finish", func() bool { return h.batch(b.ID).State == BatchDone })
	got := h.batch(b.ID)
	if got.Sent != 3 || got.Failed != 1 || got.Waiting != 0 || got.Uncertain != 0 || got.Total != 4 {
		t.Fatalf("progress = %+v", got)
	}

	// Resending the failed one reopens the batch; discarding it closes it.
	var failed []Message
	_ = h.db.View(func(tx *bolt.Tx) (err error) { failed, err = List(tx, StateFailed, 0); return err })
	if err := h.db.Update(func(tx *bolt.Tx) error { _, err := Resend(tx, failed[0].ID); return err }); err != nil {
		t.Fatal(err)
	}
	if got := h.batch(b.ID); got.State != BatchRunning || got.Waiting != 1 || got.Failed != 0 {
		t.Fatalf("after resend: %+v", got)
	}
	h.worker.Wake()
	h.until("the resend to fail again", func() bool { return h.batch(b.ID).State == BatchDone })
	if err := h.db.Update(func(tx *bolt.Tx) error { return Discard(tx, failed[0].ID) }); err != nil {
		t.Fatal(err)
	}
	if got := h.batch(b.ID); got.Total != 3 || got.Failed != 0 || got.Sent != 3 {
		t.Fatalf("after discard: %+v", got)
	}
}

// A feedback request whose record cannot be read is set aside: its
// messages still go, the other requests still list, and the damaged
// record is not written over.
func TestAnUnreadableBatchIsSetAsideAndItsMessagesGo(t *testing.T) {
	h := newHarness(t, Options{})
	b, err := createBatch(t, h, "March", 1, 2, 3)
	if err != nil {
		t.Fatal(err)
	}
	other, err := createBatch(t, h, "April", 4)
	if err != nil {
		t.Fatal(err)
	}
	garbage := []byte("{not json")
	if err := h.db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(store.BucketBatches).Put(store.U64(b.ID), garbage)
	}); err != nil {
		t.Fatal(err)
	}
	h.start()
	h.until("every message to be sent", func() bool { return len(h.srv.Messages()) == 4 })
	h.until("the other batch to finish", func() bool { return h.batch(other.ID).State == BatchDone })

	var list []Batch
	var raw []byte
	if err := h.db.View(func(tx *bolt.Tx) (err error) {
		raw = slices.Clone(tx.Bucket(store.BucketBatches).Get(store.U64(b.ID)))
		list, err = ListBatches(tx, 0)
		return err
	}); err != nil {
		t.Fatalf("one damaged batch broke the list: %v", err)
	}
	if len(list) != 2 || !list[1].Damaged || list[1].ID != b.ID || list[0].Damaged {
		t.Fatalf("batches = %+v, want April and the damaged March", list)
	}
	if string(raw) != string(garbage) {
		t.Errorf("the damaged record was written over: %q", raw)
	}
}

package outbox

import (
	"testing"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/store"
)

func TestADamagedMessageIsSetAsideAndTheRestIsSent(t *testing.T) {
	h := newHarness(t, Options{})
	bad := h.enqueue(reply("bad@example.com"))
	good := h.enqueue(reply("good@example.com"))
	// A bad disk garbles one record.
	err := h.db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(store.BucketOutbox).Put(store.U64(bad.ID), []byte(`{"id":`))
	})
	if err != nil {
		t.Fatal(err)
	}
	h.start()
	h.untilState(good.ID, StateSent)
	var damaged, waiting int
	h.db.View(func(tx *bolt.Tx) error {
		damaged, waiting = Damaged(tx), Count(tx, StateQueued)
		return nil
	})
	if damaged != 1 || waiting != 0 {
		t.Fatalf("damaged %d, still queued %d; want the bad one set aside and nothing stuck", damaged, waiting)
	}
	if got := h.srv.Messages(); len(got) != 1 || got[0].To[0] != "good@example.com" {
		t.Fatalf("server got %v", got)
	}
}

// A damaged record never hides the rest: the outbox lists and the
// ticket's emails still read, and one left "sending" by a crash is set
// aside instead of stopping the worker at every start.
func TestADamagedMessageHidesNothingElse(t *testing.T) {
	h := newHarness(t, Options{})
	withTicket := func(to string) Message { m := reply(to); m.TicketID = 7; return m }
	bad := h.enqueue(withTicket("bad@example.com"))
	stuck := h.enqueue(withTicket("stuck@example.com"))
	good := h.enqueue(withTicket("good@example.com"))
	err := h.db.Update(func(tx *bolt.Tx) error {
		w := newWriter(tx)
		m, err := w.load(stuck.ID)
		if err != nil {
			return err
		}
		left := *m
		left.State = StateSending // a crash during its attempt
		if err := w.put(m, &left); err != nil {
			return err
		}
		if err := w.flush(left.UpdatedAt); err != nil {
			return err
		}
		b := tx.Bucket(store.BucketOutbox)
		if err := b.Put(store.U64(bad.ID), []byte(`{"id":`)); err != nil {
			return err
		}
		return b.Put(store.U64(stuck.ID), []byte(`garbage`))
	})
	if err != nil {
		t.Fatal(err)
	}
	h.start()
	h.untilState(good.ID, StateSent)
	h.db.View(func(tx *bolt.Tx) error {
		if n := Damaged(tx); n != 2 {
			t.Errorf("damaged = %d, want 2", n)
		}
		all, err := List(tx, "", 0)
		if err != nil || len(all) != 1 || all[0].ID != good.ID {
			t.Errorf("outbox list = %v, %v; want the good message only", all, err)
		}
		sent, err := List(tx, StateSent, 0)
		if err != nil || len(sent) != 1 {
			t.Errorf("sent list = %v, %v", sent, err)
		}
		mine, err := ForTicket(tx, 7)
		if err != nil || len(mine) != 1 || mine[0].ID != good.ID {
			t.Errorf("the ticket's emails = %v, %v; want the good one", mine, err)
		}
		return nil
	})
}

// The owner can clear what was set aside; the rest stays as it was.
func TestDiscardDamagedClearsOnlyTheDamaged(t *testing.T) {
	h := newHarness(t, Options{})
	m := reply("bad@example.com")
	m.TicketID = 9
	bad := h.enqueue(m)
	good := h.enqueue(reply("good@example.com"))
	if err := h.db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(store.BucketOutbox).Put(store.U64(bad.ID), []byte(`{"id":`))
	}); err != nil {
		t.Fatal(err)
	}
	h.start()
	h.untilState(good.ID, StateSent)
	h.until("the bad one to be set aside", func() bool {
		n := 0
		h.db.View(func(tx *bolt.Tx) error { n = Damaged(tx); return nil })
		return n == 1
	})
	var n int
	if err := h.db.Update(func(tx *bolt.Tx) (err error) { n, err = DiscardDamaged(tx); return err }); err != nil || n != 1 {
		t.Fatalf("discarded %d, %v; want 1", n, err)
	}
	h.db.View(func(tx *bolt.Tx) error {
		if d := Damaged(tx); d != 0 {
			t.Errorf("still %d damaged", d)
		}
		if mine, err := ForTicket(tx, 9); err != nil || len(mine) != 0 {
			t.Errorf("the ticket's emails = %v, %v", mine, err)
		}
		if _, err := Get(tx, good.ID); err != nil {
			t.Errorf("the good message went too: %v", err)
		}
		return nil
	})
}

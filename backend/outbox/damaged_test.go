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

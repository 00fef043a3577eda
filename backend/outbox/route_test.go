package outbox

import (
	"errors"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/mail"
	"shopdesk/backend/mail/mailtest"
)

// testInboxSender is a real sender that says it is the test inbox.
type testInboxSender struct{ Sender }

func (testInboxSender) Route() Route { return RouteTestInbox }

func TestTestInboxDeliveryIsRecordedAndSentForRealOnlyWhenAsked(t *testing.T) {
	h := newHarness(t, Options{})
	real := h.sender(h.srv.Settings())
	inbox := mailtest.Start(t)
	h.worker.SetSender(testInboxSender{h.sender(inbox.Settings())})
	a := h.enqueue(reply("a@example.com"))
	b := h.enqueue(reply("b@example.com"))
	h.start()
	for _, id := range []uint64{a.ID, b.ID} {
		if m := h.untilState(id, StateSent); m.Route != RouteTestInbox {
			t.Fatalf("message %d route = %q, want the test inbox", id, m.Route)
		}
	}

	// The real account is set up: nothing goes to the customers by itself.
	h.worker.SetSender(real)
	var only []Message
	if err := h.db.View(func(tx *bolt.Tx) (err error) { only, err = OnlyInTestInbox(tx, 0); return err }); err != nil {
		t.Fatal(err)
	}
	if len(only) != 2 {
		t.Fatalf("only in the test inbox: %d messages, want 2", len(only))
	}
	if n := len(h.srv.Messages()); n != 0 {
		t.Fatalf("the real server got %d messages before the owner chose", n)
	}

	if err := h.db.Update(func(tx *bolt.Tx) error { _, err := SendForReal(tx, []uint64{a.ID}); return err }); err != nil {
		t.Fatal(err)
	}
	h.worker.Wake()
	if m := h.untilState(a.ID, StateSent); m.Route != RouteServer {
		t.Fatalf("sent for real, route = %q", m.Route)
	}
	if got := h.srv.WaitMessages(t, 1); len(got) != 1 || got[0].To[0] != "a@example.com" {
		t.Fatalf("the real server got %v, want only a@example.com", got)
	}
	if m := h.get(b.ID); m.Route != RouteTestInbox {
		t.Errorf("the message not chosen moved: %+v", m)
	}
	err := h.db.Update(func(tx *bolt.Tx) error { _, err := SendForReal(tx, []uint64{a.ID}); return err })
	if !errors.Is(err, ErrNotInTestInbox) {
		t.Errorf("sending a delivered message for real again: %v", err)
	}
}

func TestNewSettingsStopASendStuckOnASilentServer(t *testing.T) {
	h := newHarness(t, Options{})
	silent := mailtest.Start(t)
	silent.Stall(true)
	st := silent.Settings()
	st.Timeout = time.Minute // long, so only the new settings can end the attempt in time
	stuck, err := mail.NewSender(st)
	if err != nil {
		t.Fatal(err)
	}
	h.worker.SetSender(stuck)
	a := h.enqueue(reply("a@example.com"))
	b := h.enqueue(reply("b@example.com"))
	h.start()
	silent.WaitConnections(t, 1)

	began := time.Now()
	h.worker.SetSender(h.sender(h.srv.Settings()))
	h.untilState(a.ID, StateSent)
	h.untilState(b.ID, StateSent)
	if d := time.Since(began); d > 3*time.Second {
		t.Fatalf("new settings took %v to take effect", d)
	}
	if m := h.get(a.ID); m.Attempts != 1 {
		t.Errorf("the stopped attempt counted: %d attempts, want 1", m.Attempts)
	}
}

func TestRetryNowSendsAWaitingRetryAtOnce(t *testing.T) {
	h := newHarness(t, Options{})
	h.srv.FailAt("DATA", 451, "try later")
	a := h.enqueue(reply("a@example.com"))
	h.start()
	m := h.untilState(a.ID, StateRetry)
	if !m.NextAttemptAt.After(h.clock.Now()) {
		t.Fatalf("retry due %v, not later", m.NextAttemptAt)
	}
	h.srv.FailAt("DATA", 0, "")
	if err := h.db.Update(func(tx *bolt.Tx) error { _, err := RetryNow(tx, a.ID); return err }); err != nil {
		t.Fatal(err)
	}
	h.worker.Wake()
	h.untilState(a.ID, StateSent) // the clock has not moved: only RetryNow made it due
	err := h.db.Update(func(tx *bolt.Tx) error { _, err := RetryNow(tx, a.ID); return err })
	if !errors.Is(err, ErrNotRetrying) {
		t.Errorf("RetryNow on a sent message: %v", err)
	}
}

func TestABatchCountsWhatWentToTheTestInboxOnly(t *testing.T) {
	h := newHarness(t, Options{})
	h.worker.SetSender(testInboxSender{h.sender(h.srv.Settings())})
	var b Batch
	err := h.db.Update(func(tx *bolt.Tx) (err error) {
		b, err = CreateBatch(tx, Batch{Name: "thanks"}, []Message{feedback(1), feedback(2)})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	h.start()
	h.until("the batch to finish", func() bool { return h.batch(b.ID).State == BatchDone })
	if got := h.batch(b.ID); got.Sent != 2 || got.TestInbox != 2 {
		t.Fatalf("batch = %+v; want 2 sent, both to the test inbox", got)
	}
	only := []Message{}
	h.db.View(func(tx *bolt.Tx) (err error) { only, err = OnlyInTestInbox(tx, 0); return err })
	h.worker.SetSender(h.sender(h.srv.Settings()))
	if err := h.db.Update(func(tx *bolt.Tx) error { _, err := SendForReal(tx, []uint64{only[0].ID}); return err }); err != nil {
		t.Fatal(err)
	}
	h.worker.Wake()
	h.until("the batch to finish again", func() bool { return h.batch(b.ID).State == BatchDone })
	if got := h.batch(b.ID); got.Sent != 2 || got.TestInbox != 1 {
		t.Fatalf("after one sent for real, batch = %+v; want 2 sent, 1 to the test inbox", got)
	}
}

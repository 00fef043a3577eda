package outbox

import (
	"errors"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/mail/mailtest"
)

func TestEnqueueRefusesWhatCannotBeSent(t *testing.T) {
	tests := []struct {
		name string
		msg  Message
		want error
	}{
		{"no recipient", Message{Text: "x"}, ErrNoRecipient},
		{"broken address", Message{To: "ann@@example.com", Text: "x"}, ErrNoRecipient},
		{"address with a display name", Message{To: "Ann <ann@example.com>", Text: "x"}, ErrNoRecipient},
		{"no text", Message{To: "ann@example.com", Text: "  "}, ErrNoText},
	}
	db := openDB(t, store0())
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := db.Update(func(tx *bolt.Tx) error { _, err := Enqueue(tx, tc.msg); return err })
			if !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
		})
	}
}

func TestWorkerSendsEachMessageOnceOverOneConnection(t *testing.T) {
	h := newHarness(t, Options{GroupSize: 4})
	var ids []uint64
	for range 10 {
		ids = append(ids, h.enqueue(reply("ann@example.com")).ID)
	}
	h.start()
	var sent []Message
	for _, id := range ids {
		sent = append(sent, h.untilState(id, StateSent))
	}
	got := h.srv.WaitMessages(t, 10)
	if len(got) != 10 {
		t.Fatalf("server got %d messages, want 10", len(got))
	}
	for i, m := range sent {
		if m.Attempts != 1 || m.SentAt.IsZero() || m.MessageID == "" {
			t.Errorf("message %d = %+v", m.ID, m)
		}
		if id := got[i].MessageID(); id != m.MessageID {
			t.Errorf("server message %d has Message-ID %s, outbox says %s", i, id, m.MessageID)
		}
	}
	if n := h.srv.Connections(); n != 1 {
		t.Errorf("%d connections, want 1", n)
	}
	// The hook runs after each commit, so the last one may still be on its
	// way when the message already reads "sent".
	h.until("20 hook calls", func() bool { h.mu.Lock(); defer h.mu.Unlock(); return len(h.changes) >= 20 })
	h.mu.Lock()
	defer h.mu.Unlock()
	if len(h.changes) != 20 || h.changes[0].From != StateQueued || h.changes[0].State != StateSending {
		t.Errorf("hook saw %d changes, want queued→sending and sending→sent for each", len(h.changes))
	}
}

func TestRepliesGoBeforeWaitingBatchMessages(t *testing.T) {
	h := newHarness(t, Options{GroupSize: 4})
	var msgs []Message
	for i := range 12 {
		msgs = append(msgs, feedback(uint64(i+1)))
	}
	var b Batch
	if err := h.db.Update(func(tx *bolt.Tx) (err error) { b, err = CreateBatch(tx, Batch{Name: "March"}, msgs); return err }); err != nil {
		t.Fatal(err)
	}
	r := h.enqueue(reply("vip@example.com"))
	h.start()
	h.until("the batch to finish", func() bool { return h.batch(b.ID).State == BatchDone })
	h.untilState(r.ID, StateSent)
	if first := h.srv.Messages()[0]; first.To[0] != "vip@example.com" {
		t.Fatalf("first message went to %v, want the reply first", first.To)
	}
}

func TestTemporaryFailureRetriesAfterTheBackoff(t *testing.T) {
	h := newHarness(t, Options{})
	h.srv.FailAt(mailtest.RCPT, 451, "4.3.0 try again later")
	m := h.enqueue(reply("ann@example.com"))
	h.start()
	got := h.untilState(m.ID, StateRetry)
	if got.Attempts != 1 || !got.NextAttemptAt.Equal(h.clock.Now().UTC().Add(30*time.Second)) {
		t.Fatalf("after one failure: attempts %d, next attempt %v (now %v)", got.Attempts, got.NextAttemptAt, h.clock.Now())
	}
	if !strings.Contains(got.LastError, "(451 4.3.0 try again later)") || got.LastHint == "" {
		t.Fatalf("last error %q, hint %q", got.LastError, got.LastHint)
	}

	h.srv.FailAt(mailtest.RCPT, 0, "")
	h.clock.Advance(31 * time.Second)
	h.worker.Wake()
	if got := h.untilState(m.ID, StateSent); got.Attempts != 2 || got.LastError != "" {
		t.Fatalf("after the retry: %+v", got)
	}
}

func TestGivesUpAfterTheLastRetry(t *testing.T) {
	h := newHarness(t, Options{Backoff: []time.Duration{time.Second, time.Second}})
	h.srv.FailAt(mailtest.DATA, 452, "4.2.2 mailbox full")
	m := h.enqueue(reply("ann@example.com"))
	h.start()
	for attempt := 1; attempt <= 2; attempt++ {
		h.until("a retry", func() bool { g := h.get(m.ID); return g.State == StateRetry && g.Attempts == attempt })
		h.clock.Advance(2 * time.Second)
		h.worker.Wake()
	}
	got := h.untilState(m.ID, StateFailed)
	if got.Attempts != 3 || !strings.HasSuffix(got.LastError, "(gave up after 3 attempts)") {
		t.Fatalf("failed message: attempts %d, error %q", got.Attempts, got.LastError)
	}
}

func TestPermanentRefusalFailsAndCanBeFixed(t *testing.T) {
	h := newHarness(t, Options{})
	h.srv.RejectRecipient("ann@exmaple.com", 550, "5.1.1 user unknown")
	m := h.enqueue(reply("ann@exmaple.com"))
	h.start()
	got := h.untilState(m.ID, StateFailed)
	if got.LastError != "sending to ann@exmaple.com: the server refused the recipient (550 5.1.1 user unknown)" {
		t.Fatalf("last error = %q", got.LastError)
	}
	var fixed Message
	err := h.db.Update(func(tx *bolt.Tx) (err error) {
		fixed, err = FixAndResend(tx, m.ID, "ann@example.com", "Ann")
		return err
	})
	if err != nil || fixed.State != StateQueued || fixed.Attempts != 0 {
		t.Fatalf("FixAndResend = %+v, %v", fixed, err)
	}
	h.worker.Wake()
	h.untilState(m.ID, StateSent)
	if to := h.srv.WaitMessages(t, 1)[0].To[0]; to != "ann@example.com" {
		t.Fatalf("sent to %s", to)
	}
}

func TestServerProblemPausesSendingWithoutUsingAttempts(t *testing.T) {
	h := newHarness(t, Options{}, mailtest.WithAuth("shop", "right"))
	st := h.srv.Settings()
	st.Password = "wrong"
	h.worker.SetSender(h.sender(st))
	a := h.enqueue(reply("a@example.com"))
	b := h.enqueue(reply("b@example.com"))
	h.start()
	h.until("sending to pause", func() bool { return !h.worker.Blocked().Until.IsZero() })
	bl := h.worker.Blocked()
	if !strings.Contains(bl.Error, "refused the username or password") || bl.Hint == "" ||
		!bl.Until.Equal(h.clock.Now().Add(30*time.Second)) {
		t.Fatalf("blocked = %+v", bl)
	}
	h.until("the first message to be back in the queue", func() bool { return h.get(a.ID).State == StateQueued })
	for _, id := range []uint64{a.ID, b.ID} {
		if m := h.get(id); m.State != StateQueued || m.Attempts != 0 {
			t.Fatalf("message %d: state %s, attempts %d; want queued, 0", id, m.State, m.Attempts)
		}
	}
	if m := h.get(a.ID); !strings.Contains(m.LastError, "username or password") {
		t.Errorf("the waiting message does not say why: %q", m.LastError)
	}

	h.worker.SetSender(h.sender(h.srv.Settings()))
	h.untilState(a.ID, StateSent)
	h.untilState(b.ID, StateSent)
	h.until("the pause to be lifted", func() bool { return h.worker.Blocked() == Blocked{} })
}

func TestInterruptedMessagesBecomeUncertainAndWaitForTheOwner(t *testing.T) {
	h := newHarness(t, Options{GroupSize: 3})
	var ids []uint64
	for range 3 {
		ids = append(ids, h.enqueue(reply("ann@example.com")).ID)
	}
	// A previous run claimed them and stopped before any answer came.
	if _, _, _, err := h.worker.step(nil, h.clock.Now(), true, "shop@shopdesk.test"); err != nil {
		t.Fatal(err)
	}
	h.start()
	for _, id := range ids {
		m := h.untilState(id, StateUncertain)
		if !strings.Contains(m.LastError, "may have been sent") {
			t.Errorf("last error = %q", m.LastError)
		}
	}
	h.clock.Advance(24 * time.Hour)
	h.worker.Wake()

	err := h.db.Update(func(tx *bolt.Tx) error {
		if _, err := Resend(tx, ids[0]); err != nil {
			return err
		}
		if _, err := MarkSent(tx, ids[1]); err != nil {
			return err
		}
		return Discard(tx, ids[2])
	})
	if err != nil {
		t.Fatal(err)
	}
	h.worker.Wake()
	h.untilState(ids[0], StateSent)
	if n := len(h.srv.WaitMessages(t, 1)); n != 1 {
		t.Fatalf("server got %d messages, want only the resent one", n)
	}
	if m := h.get(ids[1]); m.State != StateSent {
		t.Errorf("marked message is %s", m.State)
	}
	err = h.db.View(func(tx *bolt.Tx) error { _, err := Get(tx, ids[2]); return err })
	if !errors.Is(err, ErrNotFound) {
		t.Errorf("discarded message: %v", err)
	}
}

func TestLostReplyAfterTheMessageMakesItUncertain(t *testing.T) {
	h := newHarness(t, Options{})
	st := h.srv.Settings()
	st.Timeout = 200 * time.Millisecond
	s := h.sender(st)
	h.worker.SetSender(s)
	h.srv.StallAfterData(true)
	m := h.enqueue(reply("ann@example.com"))
	h.start()
	got := h.untilState(m.ID, StateUncertain)
	if !strings.Contains(got.LastError, "may have been delivered") {
		t.Fatalf("last error = %q", got.LastError)
	}
	h.srv.StallAfterData(false)
	h.clock.Advance(time.Hour)
	h.worker.Wake()
	second := h.enqueue(reply("bo@example.com"))
	h.worker.Wake()
	h.untilState(second.ID, StateSent)
	if n := len(h.srv.Messages()); n != 2 {
		t.Fatalf("server has %d messages: the uncertain one was sent again", n)
	}
}

func TestOwnerActionsCheckTheState(t *testing.T) {
	h := newHarness(t, Options{})
	m := h.enqueue(reply("ann@example.com"))
	tests := []struct {
		name string
		do   func(tx *bolt.Tx) error
		want error
	}{
		{"resend a queued message", func(tx *bolt.Tx) error { _, err := Resend(tx, m.ID); return err }, ErrNotResendable},
		{"mark a queued message sent", func(tx *bolt.Tx) error { _, err := MarkSent(tx, m.ID); return err }, ErrNotUncertain},
		{"fix with a bad address", func(tx *bolt.Tx) error { _, err := FixAndResend(tx, m.ID, "nope", ""); return err }, ErrNoRecipient},
		{"resend a missing message", func(tx *bolt.Tx) error { _, err := Resend(tx, 999); return err }, ErrNotFound},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := h.db.Update(tc.do); !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
		})
	}
}

func TestListShowsOneStateNewestFirst(t *testing.T) {
	h := newHarness(t, Options{})
	h.srv.RejectRecipient("x@example.com", 550, "5.1.1 no")
	var ids []uint64
	for range 3 {
		ids = append(ids, h.enqueue(reply("x@example.com")).ID)
	}
	ok := h.enqueue(reply("ok@example.com"))
	h.start()
	h.untilState(ok.ID, StateSent)
	for _, id := range ids {
		h.untilState(id, StateFailed)
	}
	var failed []Message
	_ = h.db.View(func(tx *bolt.Tx) (err error) { failed, err = List(tx, StateFailed, 2); return err })
	if len(failed) != 2 || failed[0].UpdatedAt.Before(failed[1].UpdatedAt) {
		t.Fatalf("List(failed, 2) = %d messages", len(failed))
	}
	for _, f := range failed {
		if f.State != StateFailed {
			t.Fatalf("listed a %s message", f.State)
		}
	}
}

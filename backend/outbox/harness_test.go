package outbox

import (
	"context"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/mail"
	"shopdesk/backend/mail/mailtest"
	"shopdesk/backend/store"
)

// openDB opens a store in a temp folder and checks its integrity when the
// test ends.
func openDB(t testing.TB, opts store.Options) *store.DB {
	t.Helper()
	db, err := store.Open(filepath.Join(t.TempDir(), "shopdesk.db"), opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := db.Check(); err != nil {
			t.Error(err)
		}
		db.Close()
	})
	return db
}

// fakeClock is a clock tests move by hand.
type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	c.now = c.now.Add(d)
	c.mu.Unlock()
}

// harness runs a worker against a mailtest server and lets tests wait for
// what the worker reports, never for time.
type harness struct {
	t      *testing.T
	db     *store.DB
	srv    *mailtest.Server
	clock  *fakeClock
	worker *Worker

	mu      sync.Mutex
	changes []Change
	blocks  []Blocked
	notify  chan struct{}
}

func newHarness(t *testing.T, opts Options, srvOpts ...mailtest.Option) *harness {
	t.Helper()
	h := &harness{
		t:      t,
		db:     openDB(t, store.Options{NoSync: true}),
		srv:    mailtest.Start(t, srvOpts...),
		clock:  &fakeClock{now: time.Now().Add(time.Minute)},
		notify: make(chan struct{}),
	}
	opts.Now = h.clock.Now
	opts.OnChange = func(c Change) { h.note(func() { h.changes = append(h.changes, c) }) }
	opts.OnBlocked = func(b Blocked) { h.note(func() { h.blocks = append(h.blocks, b) }) }
	h.worker = NewWorker(h.db, h.sender(h.srv.Settings()), opts)
	return h
}

func (h *harness) sender(st mail.Settings) Sender {
	h.t.Helper()
	st.Timeout = 2 * time.Second
	s, err := mail.NewSender(st)
	if err != nil {
		h.t.Fatal(err)
	}
	return s
}

func (h *harness) note(fn func()) {
	h.mu.Lock()
	fn()
	close(h.notify)
	h.notify = make(chan struct{})
	h.mu.Unlock()
}

// start runs the worker until the test ends.
func (h *harness) start() {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- h.worker.Run(ctx) }()
	h.t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			h.t.Errorf("Run: %v", err)
		}
	})
}

// until waits for cond, checking it after every change the worker reports.
func (h *harness) until(what string, cond func() bool) {
	h.t.Helper()
	timeout := time.NewTimer(10 * time.Second)
	defer timeout.Stop()
	for {
		h.mu.Lock()
		ch := h.notify
		h.mu.Unlock()
		if cond() {
			return
		}
		select {
		case <-ch:
		case <-timeout.C:
			h.t.Fatalf("waited 10s for %s", what)
		}
	}
}

// untilState waits until message id is in state s and returns it.
func (h *harness) untilState(id uint64, s State) Message {
	h.t.Helper()
	var m Message
	h.until(fmt.Sprintf("message %d to be %s", id, s), func() bool {
		m = h.get(id)
		return m.State == s
	})
	return m
}

func (h *harness) get(id uint64) Message {
	h.t.Helper()
	var m Message
	if err := h.db.View(func(tx *bolt.Tx) (err error) { m, err = Get(tx, id); return err }); err != nil {
		h.t.Fatal(err)
	}
	return m
}

func (h *harness) enqueue(m Message) Message {
	h.t.Helper()
	var out Message
	if err := h.db.Update(func(tx *bolt.Tx) (err error) { out, err = Enqueue(tx, m); return err }); err != nil {
		h.t.Fatal(err)
	}
	return out
}

func (h *harness) batch(id uint64) Batch {
	h.t.Helper()
	var b Batch
	if err := h.db.View(func(tx *bolt.Tx) (err error) { b, err = GetBatch(tx, id); return err }); err != nil {
		h.t.Fatal(err)
	}
	return b
}

func reply(to string) Message {
	return Message{To: to, ToName: "Ann", Subject: "Your order", Text: "Hello", HTML: "<p>Hello</p>"}
}

func feedback(ticket uint64) Message {
	return Message{TicketID: ticket, To: fmt.Sprintf("customer%d@example.com", ticket), Subject: "We'd love your feedback", Text: "Please rate us"}
}

func store0() store.Options { return store.Options{NoSync: true} }

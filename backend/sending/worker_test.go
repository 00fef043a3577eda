package sending

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"shopdesk/backend/outbox"
	"shopdesk/backend/store/storetest"
)

// A worker that stops with an error shows as paused with the reason and is
// started again, with growing waits; a panic in it is an error too.
func TestAStoppedWorkerIsShownAndStartedAgain(t *testing.T) {
	saved := workerRestarts
	workerRestarts = []time.Duration{10 * time.Millisecond, 20 * time.Millisecond}
	t.Cleanup(func() { workerRestarts = saved })

	db := storetest.Open(t)
	s := New(db, nil)
	s.worker = outbox.NewWorker(db, nil, outbox.Options{})
	changed := make(chan struct{}, 100)
	s.OnChange = func(outbox.Change) { changed <- struct{}{} }

	var mu sync.Mutex
	runs := 0
	blockedSeen := make(chan outbox.Blocked, 10)
	third := make(chan struct{})
	run := func(ctx context.Context) error {
		mu.Lock()
		runs++
		n := runs
		mu.Unlock()
		switch n {
		case 1:
			return errors.New("write the outbox: disk full")
		case 2:
			// The stop is cleared as the worker starts again.
			blockedSeen <- s.paused()
			panic("a damaged page")
		default:
			close(third)
			<-ctx.Done()
			return nil
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); s.supervise(ctx, run) }()

	// While it waits to start again, sending shows as paused with why.
	select {
	case <-changed:
	case <-time.After(10 * time.Second):
		t.Fatal("no change was announced when the worker stopped")
	}
	select {
	case <-third:
	case <-time.After(10 * time.Second):
		t.Fatal("the worker was not started again after an error and a panic")
	}
	if b := <-blockedSeen; b.Error != "" {
		t.Errorf("the stop was still shown after the worker started again: %+v", b)
	}
	if b := s.paused(); b.Error != "" {
		t.Errorf("a running worker shows as stopped: %+v", b)
	}
	cancel()
	<-done
	if runs != 3 {
		t.Errorf("runs = %d, want 3", runs)
	}
}

// The reason shown names what went wrong.
func TestAStoppedWorkerSaysWhy(t *testing.T) {
	saved := workerRestarts
	workerRestarts = []time.Duration{time.Hour}
	t.Cleanup(func() { workerRestarts = saved })

	db := storetest.Open(t)
	s := New(db, nil)
	s.worker = outbox.NewWorker(db, nil, outbox.Options{})
	stopped := make(chan struct{}, 10)
	s.OnChange = func(outbox.Change) { stopped <- struct{}{} }
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		s.supervise(ctx, func(context.Context) error { return errors.New("write the outbox: disk full") })
	}()
	<-stopped
	b := s.paused()
	if !strings.Contains(b.Error, "disk full") || b.Hint == "" || b.Until.IsZero() {
		t.Errorf("paused = %+v, want the reason, a hint and when it tries again", b)
	}
	cancel()
	<-done
}

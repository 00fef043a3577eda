package sending

import (
	"context"
	"log/slog"
	"time"

	"shopdesk/backend/outbox"
	"shopdesk/backend/store"
)

// workerRestarts are the waits before starting a stopped worker again.
var workerRestarts = []time.Duration{time.Second, 5 * time.Second, 30 * time.Second, 2 * time.Minute}

// runWorker runs the outbox worker until ctx ends. The queue never stops
// silently: when the worker returns an error (the data file could not be
// written), sending shows as paused with the reason, and the worker starts
// again after a growing wait.
func (s *Service) runWorker(ctx context.Context) { s.supervise(ctx, s.worker.Run) }

// supervise runs run until ctx ends, starting it again after each error.
func (s *Service) supervise(ctx context.Context, run func(context.Context) error) {
	for n := 0; ; n++ {
		started := time.Now()
		// Safely: a damaged page read by the worker stops it with an error
		// (and a restart); in this goroutine a panic would end the app.
		err := store.Safely(func() error { return run(ctx) })
		if ctx.Err() != nil {
			return
		}
		if time.Since(started) > 10*time.Minute {
			n = 0 // it ran well for a while: start the waits over
		}
		wait := workerRestarts[min(n, len(workerRestarts)-1)]
		reason := "sending stopped: the outbox could not be read or written"
		if err != nil {
			reason = "sending stopped: " + err.Error()
		}
		slog.Error("outbox worker stopped; starting it again", "err", err, "wait", wait)
		s.setStopped(outbox.Blocked{Error: reason,
			Hint:  "Shopdesk starts sending again by itself; if this stays, restart Shopdesk or check the disk.",
			Until: time.Now().Add(wait)})
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return
		case <-t.C:
		}
		s.setStopped(outbox.Blocked{})
	}
}

func (s *Service) setStopped(b outbox.Blocked) {
	s.mu.Lock()
	s.stopped = b
	s.mu.Unlock()
	if s.OnChange != nil {
		s.OnChange(outbox.Change{})
	}
}

// paused is the worker's stop, if any, else the worker's own pause.
func (s *Service) paused() outbox.Blocked {
	s.mu.Lock()
	b := s.stopped
	s.mu.Unlock()
	if b.Error != "" {
		return b
	}
	return s.worker.Blocked()
}

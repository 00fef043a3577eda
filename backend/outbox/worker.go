package outbox

import (
	"context"
	"fmt"
	"sync"
	"time"

	"shopdesk/backend/mail"
	"shopdesk/backend/store"
)

// Sender is what the worker sends with; *mail.Sender is one.
type Sender interface {
	Send(ctx context.Context, msg mail.Message) error
	// Close ends the current connection; the Sender stays usable.
	Close() error
	FromAddress() string
}

// Options tune a Worker. The zero value is what the app uses, plus hooks.
type Options struct {
	// Now is the clock (default time.Now); tests move it forward and Wake
	// the worker.
	Now func() time.Time
	// OnChange is called after every commit that changed a message's
	// state, from the worker's goroutine: return quickly, throttle UI events.
	OnChange func(Change)
	// OnBlocked is called when a server or settings problem pauses all
	// sending, and with a zero Blocked when sending works again.
	OnBlocked func(Blocked)
	// Backoff is the wait before each retry after a temporary failure;
	// after len(Backoff)+1 attempts the message fails. Default 30s, 2m, 10m, 1h.
	Backoff []time.Duration
	// GroupSize is how many messages are marked "sending" in one commit
	// (default DefaultGroupSize). It is also the most messages a crash can
	// leave uncertain.
	GroupSize int
}

// DefaultGroupSize is one: each outcome is committed as it happens, in the
// same commit that claims the next message, so a crash leaves at most one
// message "may have been sent". One fsync a message still sends well over
// 200 a second (BenchmarkBatch1000/group=1).
const DefaultGroupSize = 1

// DefaultBackoff is used when Options.Backoff is empty.
var DefaultBackoff = []time.Duration{30 * time.Second, 2 * time.Minute, 10 * time.Minute, time.Hour}

// Blocked says why all sending is paused, and until when.
type Blocked struct {
	Error string    `json:"error"` // "sending to …: the server refused the username or password (535 …)"
	Hint  string    `json:"hint"`
	Until time.Time `json:"until" ts_type:"string"`
}

// Worker sends the outbox. Run exactly one per data file.
type Worker struct {
	db   *store.DB
	opts Options
	wake chan struct{}

	mu         sync.Mutex
	sender     Sender
	cancelSend context.CancelFunc // stops the attempt under way, if any
	blocked    Blocked
	blockCount int
}

// NewWorker returns a worker; Run starts it. sender may be nil until the
// email settings are filled in (SetSender).
func NewWorker(db *store.DB, sender Sender, opts Options) *Worker {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if len(opts.Backoff) == 0 {
		opts.Backoff = DefaultBackoff
	}
	if opts.GroupSize <= 0 {
		opts.GroupSize = DefaultGroupSize
	}
	return &Worker{db: db, opts: opts, sender: sender, wake: make(chan struct{}, 1)}
}

// Wake makes the worker look for due messages now, and lifts a pause caused
// by a server problem. Call it after Enqueue, CreateBatch, Resume, Resend.
func (w *Worker) Wake() {
	w.mu.Lock()
	w.blocked.Until = time.Time{}
	w.mu.Unlock()
	select {
	case w.wake <- struct{}{}:
	default:
	}
}

// SetSender switches to new settings (nil: stop sending) and wakes the worker.
// An attempt under way with the old settings is stopped at once and the
// message waits for the new ones (a stop is not a failed attempt).
func (w *Worker) SetSender(s Sender) {
	w.mu.Lock()
	w.sender = s
	if w.cancelSend != nil {
		w.cancelSend()
	}
	was := w.blockCount > 0
	w.blockCount, w.blocked = 0, Blocked{}
	w.mu.Unlock()
	if was && w.opts.OnBlocked != nil {
		w.opts.OnBlocked(Blocked{})
	}
	w.Wake()
}

// Blocked reports the current pause, if any (zero when sending normally).
func (w *Worker) Blocked() Blocked {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.blockCount == 0 {
		return Blocked{}
	}
	return w.blocked
}

// Run sends until ctx ends. It first marks messages left "sending" by a
// previous run as uncertain. It returns nil when ctx ends, or an error if
// the data file cannot be written.
func (w *Worker) Run(ctx context.Context) error {
	changes, err := recoverSending(w.db, w.opts.Now().UTC())
	if err != nil {
		return err
	}
	w.emit(changes)
	var (
		pending []result
		used    Sender // sender of the last group, closed when idle
	)
	for {
		now := w.opts.Now().UTC()
		sender, allowed, until := w.state(now)
		if ctx.Err() != nil {
			allowed = false
		}
		if used != nil && used != sender {
			_ = used.Close()
			used = nil
		}
		var fromAddr string
		if sender != nil {
			fromAddr = sender.FromAddress()
		}
		group, next, changes, err := w.step(pending, now, allowed, fromAddr)
		pending = nil
		if err != nil {
			return fmt.Errorf("outbox: %w", err)
		}
		w.emit(changes)
		if ctx.Err() != nil {
			if used != nil {
				_ = used.Close()
			}
			return nil
		}
		if len(group) == 0 {
			if used != nil {
				_ = used.Close()
				used = nil
			}
			if !allowed && !until.IsZero() {
				next = until
			}
			w.wait(ctx, next)
			continue
		}
		used = sender
		pending = w.sendGroup(ctx, sender, group)
	}
}

// state returns the sender and whether claiming is allowed now.
func (w *Worker) state(now time.Time) (Sender, bool, time.Time) {
	w.mu.Lock()
	defer w.mu.Unlock()
	until := w.blocked.Until
	return w.sender, w.sender != nil && !now.Before(until), until
}

func (w *Worker) wait(ctx context.Context, next time.Time) {
	var timer <-chan time.Time
	if !next.IsZero() {
		t := time.NewTimer(max(next.Sub(w.opts.Now()), 0))
		defer t.Stop()
		timer = t.C
	}
	select {
	case <-ctx.Done():
	case <-w.wake:
	case <-timer:
	}
}

func (w *Worker) emit(changes []Change) {
	if w.opts.OnChange == nil {
		return
	}
	for _, c := range changes {
		w.opts.OnChange(c)
	}
}

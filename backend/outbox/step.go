package outbox

import (
	"cmp"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/mail"
	"shopdesk/backend/store"
)

// claimed is a message the worker marked "sending", with the state it had.
type claimed struct {
	msg  Message
	prev State
}

// step is the worker's one transaction per group: it records the outcomes
// of the group just sent, then (if allowed) marks the next group
// "sending". Recording and claiming in one commit halves the fsyncs, and
// each message is still committed "sending" before its attempt and
// "sent" only after it. It returns the claimed group, when the next
// message falls due (zero: none), and the committed changes.
func (w *Worker) step(done []result, now time.Time, allowed bool, from string) ([]claimed, time.Time, []Change, error) {
	var (
		group []claimed
		next  time.Time
		wr    *writer
	)
	err := w.db.Update(func(tx *bolt.Tx) error {
		wr = newWriter(tx)
		for _, r := range done {
			if err := w.record(wr, r, now); err != nil {
				return err
			}
		}
		var err error
		group, next, err = w.claim(wr, now, allowed, from)
		if err != nil {
			return err
		}
		return wr.flush(now)
	})
	if err != nil {
		return nil, time.Time{}, nil, err
	}
	return group, next, wr.changes, nil
}

// record stores the outcome of one attempt.
func (w *Worker) record(wr *writer, r result, now time.Time) error {
	old, err := wr.load(r.id)
	if errors.Is(err, ErrNotFound) || errors.Is(err, errUnreadable) {
		// Removed or damaged under the attempt: say so, and keep the queue going.
		slog.Error("outbox: cannot record an outcome", "id", r.id, "outcome", r.outcome, "send_err", r.err, "err", err)
		return nil
	}
	if err != nil {
		return err
	}
	if old.State != StateSending {
		// Cannot happen (owner actions refuse "sending" messages), but an
		// outcome is never dropped without a word.
		slog.Error("outbox: dropped an outcome for a message no longer being sent", "id", r.id, "state", old.State, "outcome", r.outcome, "err", r.err)
		return nil
	}
	m := *old
	m.UpdatedAt = now
	if r.err != nil {
		m.LastError, m.LastHint = r.err.Error(), hint(r.err)
	}
	switch r.outcome {
	case outSent:
		m.State, m.SentAt, m.LastError, m.LastHint, m.Route = StateSent, now, "", "", r.route
	case outRetry:
		if m.Attempts > len(w.opts.Backoff) {
			m.State = StateFailed
			m.LastError = fmt.Sprintf("%s (gave up after %d attempts)", m.LastError, m.Attempts)
			m.LastHint = "Check the address and the email settings, then send it again."
		} else {
			m.State, m.NextAttemptAt = StateRetry, now.Add(w.backoff(m.Attempts))
		}
	case outFailed:
		m.State = StateFailed
	case outUncertain:
		m.State = StateUncertain
		m.LastHint = "Check with the customer (or your sent mail), then choose Resend or Mark as sent."
	case outSkipped, outBlocked:
		// Not this message's attempt: back to waiting, attempts unused.
		m.State, m.Attempts = r.prev, m.Attempts-1
		if r.outcome == outSkipped {
			m.LastError, m.LastHint = old.LastError, old.LastHint
		}
	}
	return wr.put(old, &m)
}

// claim marks up to GroupSize due messages "sending": replies before batch
// messages, then oldest due first, skipping paused batches.
func (w *Worker) claim(wr *writer, now time.Time, allowed bool, from string) ([]claimed, time.Time, error) {
	type cand struct {
		prio  byte
		state State
		due   time.Time
		id    uint64
	}
	var (
		cands  []cand
		next   time.Time
		paused = map[uint64]bool{}
	)
	for _, prio := range []byte{prioReply, prioBatch} {
		for _, st := range []State{StateQueued, StateRetry} {
			prefix := statePrefix(st, prio)
			c := wr.due.Cursor()
			n := 0
			for k, v := c.Seek(prefix); hasPrefix(k, prefix); k, v = c.Next() {
				due, id := parseDueKey(prefix, k)
				if due.After(now) {
					if next.IsZero() || due.Before(next) {
						next = due
					}
					break
				}
				if b := store.ParseU64(v); b != 0 {
					p, ok := paused[b]
					if !ok {
						bt, err := getBatch(wr.tx, b)
						p = err == nil && bt.State == BatchPaused
						paused[b] = p
					}
					if p {
						continue
					}
				}
				if !allowed {
					// Something is due now; the caller waits for a wake-up or the block to end.
					break
				}
				cands = append(cands, cand{prio, st, due, id})
				if n++; n == w.opts.GroupSize {
					break
				}
			}
		}
	}
	slices.SortFunc(cands, func(a, b cand) int {
		if a.prio != b.prio {
			return cmp.Compare(a.prio, b.prio)
		}
		if c := a.due.Compare(b.due); c != 0 {
			return c
		}
		return cmp.Compare(a.id, b.id)
	})
	cands = cands[:min(len(cands), w.opts.GroupSize)]
	group := make([]claimed, 0, len(cands))
	setAside := false
	for _, c := range cands {
		old, err := wr.load(c.id)
		if errors.Is(err, errUnreadable) {
			// One damaged message must not stop the queue: set it aside
			// (its record stays for the owner) and go on with the rest.
			if err := wr.setAside(c.state, c.prio, c.due, c.id); err != nil {
				return nil, time.Time{}, err
			}
			slog.Error("outbox: set aside a message that cannot be read", "id", c.id, "err", err)
			setAside = true
			continue
		}
		if err != nil {
			return nil, time.Time{}, err
		}
		m := *old
		m.State, m.Attempts, m.UpdatedAt, m.AttemptedAt = StateSending, m.Attempts+1, now, now
		if m.MessageID == "" {
			m.MessageID = mail.NewMessageID(from)
		}
		if err := wr.put(old, &m); err != nil {
			return nil, time.Time{}, err
		}
		group = append(group, claimed{msg: m, prev: old.State})
	}
	if len(group) == 0 && setAside {
		// Everything claimed was damaged: look again (set-aside keys no
		// longer match, so this ends).
		return w.claim(wr, now, allowed, from)
	}
	return group, next, nil
}

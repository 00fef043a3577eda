package outbox

import (
	"context"
	"errors"
	"log/slog"
	"time"

	"shopdesk/backend/mail"
)

// outcome is what one attempt came to.
type outcome int

const (
	outSent      outcome = iota
	outRetry             // temporary: try again after a backoff
	outFailed            // permanent refusal of this message
	outUncertain         // the reply was lost after the whole message went out
	outSkipped           // not attempted (stopped, or blocked earlier in the group)
	outBlocked           // a server or settings problem, not this message's fault
)

type result struct {
	id      uint64
	prev    State // state before the claim, to return to when not attempted
	outcome outcome
	err     error
	route   Route // where it went, when sent
}

// sendGroup sends the claimed messages in order over the sender's one
// connection. After a server problem or a stop, the rest are skipped.
func (w *Worker) sendGroup(ctx context.Context, s Sender, group []claimed) []result {
	out := make([]result, 0, len(group))
	stop := false
	for _, c := range group {
		r := result{id: c.msg.ID, prev: c.prev, outcome: outSkipped, route: routeOf(s)}
		if !stop && ctx.Err() == nil {
			r.err = w.send(ctx, s, c.msg)
			r.outcome = classify(ctx, r.err)
			if r.outcome == outSkipped && ctx.Err() == nil {
				// New settings cut the attempt short: the message waits
				// for the new sender, attempts unused.
				slog.Info("outbox: attempt stopped by new mail settings; it goes again with them", "id", c.msg.ID)
				stop = true
			}
			switch r.outcome {
			case outBlocked:
				w.block(r.err)
				stop = true
			case outSent:
				w.unblock()
			}
		}
		out = append(out, r)
	}
	return out
}

// send makes one attempt that SetSender can cut short: a send stuck on a
// silent server must not hold new settings back until its timeout.
func (w *Worker) send(ctx context.Context, s Sender, m Message) error {
	sctx, cancel := context.WithCancel(ctx)
	defer cancel()
	w.mu.Lock()
	if w.sender != s {
		w.mu.Unlock()
		return errors.Join(mail.ErrCanceled, context.Canceled)
	}
	w.cancelSend = cancel
	w.mu.Unlock()
	err := s.Send(sctx, m.mail())
	w.mu.Lock()
	w.cancelSend = nil
	w.mu.Unlock()
	if err != nil && sctx.Err() != nil && ctx.Err() == nil {
		return errors.Join(mail.ErrCanceled, err)
	}
	return err
}

// classify maps a send error to an outcome. Steps before the recipient
// (finding and reaching the server, TLS, sign-in, the From address) are
// about the server or the settings, so they pause sending instead of
// using up this message's attempts.
func classify(ctx context.Context, err error) outcome {
	if err == nil {
		return outSent
	}
	var se *mail.SendError
	switch {
	case errors.Is(err, mail.ErrCanceled) || ctx.Err() != nil:
		if errors.As(err, &se) && se.MaybeDelivered {
			return outUncertain
		}
		return outSkipped
	case !errors.As(err, &se):
		return outRetry
	case se.MaybeDelivered:
		return outUncertain
	case se.Step == mail.StepLookup, se.Step == mail.StepConnect, se.Step == mail.StepTLS,
		se.Step == mail.StepAuth, se.Step == mail.StepSender:
		return outBlocked
	case se.Permanent:
		return outFailed
	default:
		return outRetry
	}
}

func (w *Worker) block(err error) {
	w.mu.Lock()
	w.blockCount++
	wait := w.opts.Backoff[min(w.blockCount, len(w.opts.Backoff))-1]
	w.blocked = Blocked{Error: err.Error(), Hint: hint(err), Until: w.opts.Now().Add(wait)}
	b := w.blocked
	w.mu.Unlock()
	if w.opts.OnBlocked != nil {
		w.opts.OnBlocked(b)
	}
}

func (w *Worker) unblock() {
	w.mu.Lock()
	was := w.blockCount > 0
	w.blockCount, w.blocked = 0, Blocked{}
	w.mu.Unlock()
	if was && w.opts.OnBlocked != nil {
		w.opts.OnBlocked(Blocked{})
	}
}

func hint(err error) string {
	var se *mail.SendError
	if errors.As(err, &se) {
		return se.Hint()
	}
	return "Shopdesk will try again shortly."
}

// backoff is the wait after the given number of failed attempts.
func (w *Worker) backoff(attempts int) time.Duration {
	return w.opts.Backoff[min(max(attempts, 1), len(w.opts.Backoff))-1]
}

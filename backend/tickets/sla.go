package tickets

import (
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/calendar"
	"shopdesk/backend/settings"
)

// Service targets count business time (settings.Shop.Hours): a ticket's
// due times are calendar.AddBusiness from its creation, and the time it
// waits on the customer (pending) is added to the resolution target, so
// the clock pauses. Due times are computed here, once, and shipped to the
// window; every list, count and sort reads the same row.

// clockOf reads the shop's targets and calendar inside tx.
func clockOf(tx *bolt.Tx) (settings.Targets, *calendar.Calendar, error) {
	shop, err := settings.Get(tx)
	if err != nil {
		return settings.Targets{}, nil, err
	}
	cal, err := shop.Calendar()
	return shop.Targets, cal, err
}

// setTargets takes the ticket's targets from the shop's, for its channel
// and priority.
func (t *Ticket) setTargets(tg settings.Targets) {
	fr := tg.FirstResponse[string(t.Priority)]
	if t.Channel == "chat" && tg.ChatFirstResponse < fr {
		fr = tg.ChatFirstResponse
	}
	t.FirstResponseTarget, t.ResolutionTarget = fr, tg.Resolution[string(t.Priority)]
}

// targets returns the ticket's targets. Tickets saved before targets were
// kept have only due times, counted around the clock: their difference.
func (t *Ticket) targets() (first, resolve time.Duration) {
	first, resolve = time.Duration(t.FirstResponseTarget)*time.Minute, time.Duration(t.ResolutionTarget)*time.Minute
	if t.FirstResponseTarget == 0 && !t.FirstResponseDue.IsZero() {
		first = t.FirstResponseDue.Sub(t.CreatedAt)
	}
	if t.ResolutionTarget == 0 && !t.ResolutionDue.IsZero() {
		resolve = t.ResolutionDue.Sub(t.CreatedAt)
	}
	return first, resolve
}

// retime sets the due times from the targets on cal.
func (t *Ticket) retime(cal *calendar.Calendar) {
	first, resolve := t.targets()
	t.FirstResponseDue = cal.AddBusiness(t.CreatedAt, first)
	from := t.CreatedAt
	if t.ReopenedAt != nil {
		from = *t.ReopenedAt
	}
	t.ResolutionDue = cal.AddBusiness(from, resolve+time.Duration(t.PausedMs)*time.Millisecond)
}

// restartClock starts the resolution clock over when the customer reopens
// a resolved ticket: the shop owes a new resolution from their message.
func (t *Ticket) restartClock(now time.Time, cal *calendar.Calendar) {
	t.ReopenedAt, t.PausedMs, t.PendingSince = &now, 0, nil
	t.retime(cal)
}

// pauseClock starts or ends a wait on the customer as the status changes.
func (t *Ticket) pauseClock(from, to Status, now time.Time, cal *calendar.Calendar) {
	switch {
	case to == StatusPending && from != StatusPending:
		t.PendingSince = &now
	case from == StatusPending && to != StatusPending && t.PendingSince != nil:
		t.PausedMs += cal.BusinessBetween(*t.PendingSince, now).Milliseconds()
		t.PendingSince = nil
		t.retime(cal)
	}
}

// SaveSettings saves the shop's settings and, when the business hours
// changed, moves every active ticket's due times to the new calendar in
// the same transaction, in one pass. The new hours take effect now: time
// already counted keeps the hours it was counted by.
func (s *Service) SaveSettings(c settings.Change) error {
	if err := s.Loaded(); err != nil {
		return err
	}
	s.ix.mu.RLock()
	var active []uint64
	for i := range s.ix.rows {
		if activeCode(s.ix.rows[i].status) {
			active = append(active, s.ix.rows[i].id)
		}
	}
	s.ix.mu.RUnlock()
	return s.update(func(tx *bolt.Tx) ([]row, error) {
		before, err := settings.Get(tx)
		if err != nil {
			return nil, err
		}
		if _, err := settings.ApplyAt(tx, c, s.now()); err != nil {
			return nil, err
		}
		after, err := settings.Get(tx)
		if err != nil || len(after.HoursHistory) == len(before.HoursHistory) {
			return nil, err
		}
		cal, err := after.Calendar()
		if err != nil {
			return nil, err
		}
		var rows []row
		for _, id := range active {
			t, err := Get(tx, id)
			if err == ErrNotFound {
				continue
			} else if err != nil {
				return nil, err
			}
			old := *t
			t.retime(cal)
			if t.FirstResponseDue.Equal(old.FirstResponseDue) && t.ResolutionDue.Equal(old.ResolutionDue) {
				continue
			}
			r, err := put(tx, &old, t)
			if err != nil {
				return nil, err
			}
			rows = append(rows, r)
		}
		return rows, nil
	})
}

package summaries

import (
	"sort"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/calendar"
	"shopdesk/backend/checklists"
	"shopdesk/backend/escalations"
	"shopdesk/backend/returns"
	"shopdesk/backend/store"
	"shopdesk/backend/tickets"
)

// dayBounds is the shop's day date as [from, to) in its time zone: a
// DST day is 23 or 25 hours long.
func dayBounds(h calendar.Hours, date string) (from, to time.Time, err error) {
	from, err = checklists.ParseDay(date, h.Location())
	return from, from.AddDate(0, 0, 1), err
}

// input is what figures need from outside the transaction.
type input struct {
	date   string
	hours  calendar.Hours
	people []checklists.Person
	active []uint64 // tickets being worked now
	now    time.Time
}

// figures reads the day's log. Pending at the end of a past day is worked
// back from now: a ticket with no event since is as it is now; one with a
// status change since was in the state that change left.
func figures(tx *bolt.Tx, in input) (Figures, []Candidate, error) {
	var f Figures
	from, to, err := dayBounds(in.hours, in.date)
	if err != nil {
		return f, nil, err
	}
	received, resolved, reopened, touched := []uint64{}, []uint64{}, []uint64{}, []uint64{}
	seenResolved, seenReopened, seenTouched := map[uint64]bool{}, map[uint64]bool{}, map[uint64]bool{}
	err = tickets.EventsBetween(tx, from, to, []tickets.EventKind{tickets.EvCreated, tickets.EvResolved, tickets.EvReopened}, func(id uint64, ev *tickets.Event) error {
		kind := tickets.EventKind("")
		if ev != nil {
			kind = ev.Kind
		}
		switch kind {
		case tickets.EvCreated:
			received = append(received, id)
		case tickets.EvResolved:
			if !seenResolved[id] {
				seenResolved[id] = true
				resolved = append(resolved, id)
			}
		case tickets.EvReopened:
			if !seenReopened[id] {
				seenReopened[id] = true
				reopened = append(reopened, id)
			}
		}
		if !seenTouched[id] {
			seenTouched[id] = true
			touched = append(touched, id)
		}
		return nil
	})
	if err != nil {
		return f, nil, err
	}
	// Since the end of the day: what each changed ticket was at its end.
	createdSince := map[uint64]bool{}
	wasActive := map[uint64]bool{} // first status change since: its From
	changed := map[uint64]bool{}
	if to.Before(in.now) {
		err = tickets.EventsBetween(tx, to, in.now.Add(time.Hour), []tickets.EventKind{tickets.EvCreated, tickets.EvStatus}, func(id uint64, ev *tickets.Event) error {
			switch {
			case ev == nil:
			case ev.Kind == tickets.EvCreated:
				createdSince[id] = true
			case ev.Kind == tickets.EvStatus && !changed[id]:
				changed[id] = true
				wasActive[id] = tickets.Status(ev.From).Active()
			}
			return nil
		})
		if err != nil {
			return f, nil, err
		}
	}
	pending := make([]uint64, 0, len(in.active))
	activeNow := make(map[uint64]bool, len(in.active))
	for _, id := range in.active {
		activeNow[id] = true
		if !createdSince[id] && !changed[id] {
			pending = append(pending, id)
		}
	}
	for id, was := range wasActive {
		if was && !createdSince[id] {
			pending = append(pending, id)
		}
	}
	// Newest first, as the inbox lists them.
	sort.Slice(pending, func(i, j int) bool { return pending[i] > pending[j] })

	refs := refCache{tx: tx, got: map[uint64]*tickets.Ticket{}}
	f.Received = refs.figure(received)
	f.Resolved = refs.figure(resolved)
	f.Pending = refs.figure(pending)

	if f.Refunds, err = refundsOf(tx, from, to); err != nil {
		return f, nil, err
	}
	opened, closed, err := escalations.Between(tx, from, to)
	if err != nil {
		return f, nil, err
	}
	f.EscalationsOpened, f.EscalationsClosed = escFigure(opened), escFigure(closed)

	day, err := checklists.DayOf(tx, in.people, in.hours, in.date, in.now)
	if err != nil {
		return f, nil, err
	}
	for _, p := range day.People {
		for _, r := range p.Runs {
			f.Tasks.Done += r.Done
			f.Tasks.Late += r.Late
			f.Tasks.Counted += r.Counted
			for _, k := range r.Tasks {
				if k.Outcome == checklists.Skipped {
					f.Tasks.Skipped++
				}
			}
			if r.Missing {
				f.Tasks.Missing++
			}
		}
	}

	var cands []Candidate
	for _, id := range reopened {
		if t := refs.get(id); t != nil {
			cands = append(cands, Candidate{Kind: "reopened", Ticket: refOf(t), Note: "Reopened: the customer came back"})
		}
	}
	for _, e := range opened {
		if e.TicketID != 0 {
			cands = append(cands, Candidate{Kind: "escalated", Ticket: Ref{ID: e.TicketID, Number: e.TicketNumber, Subject: e.Subject},
				Note: "Escalated to " + e.Manager + ": " + e.ReasonText()})
		}
	}
	// Overdue at the end of the day: among the tickets worked that day,
	// those still open past their due time.
	end := to
	if in.now.Before(end) {
		end = in.now
	}
	pendingAtEnd := make(map[uint64]bool, len(pending))
	for _, id := range pending {
		pendingAtEnd[id] = true
	}
	overdue, looked := 0, 0
	for i := len(touched) - 1; i >= 0 && overdue < MaxCandidates && looked < maxLooked; i-- {
		id := touched[i]
		if !pendingAtEnd[id] {
			continue
		}
		looked++
		if t := refs.get(id); t != nil && t.Status != tickets.StatusPending && !t.DueAt().IsZero() && t.DueAt().Before(end) {
			cands = append(cands, Candidate{Kind: "overdue", Ticket: refOf(t), Note: "Overdue at the end of the day"})
			overdue++
		}
	}
	return f, cands, nil
}

// MaxCandidates is how many overdue tickets are proposed, from among the
// maxLooked last worked that day and still open at its end.
const (
	MaxCandidates = 10
	maxLooked     = 300
)

type refCache struct {
	tx  *bolt.Tx
	got map[uint64]*tickets.Ticket
}

func (c refCache) get(id uint64) *tickets.Ticket {
	if t, ok := c.got[id]; ok {
		return t
	}
	t, err := tickets.Get(c.tx, id)
	if err != nil {
		t = nil // deleted since: counted, not listed
	}
	c.got[id] = t
	return t
}

func refOf(t *tickets.Ticket) Ref { return Ref{ID: t.ID, Number: t.Number, Subject: t.Subject} }

func (c refCache) figure(ids []uint64) Figure {
	f := Figure{Count: len(ids), Tickets: []Ref{}}
	for _, id := range ids {
		if len(f.Tickets) == MaxRefs {
			break
		}
		if t := c.get(id); t != nil {
			f.Tickets = append(f.Tickets, refOf(t))
		}
	}
	return f
}

func escFigure(es []escalations.Escalation) Figure {
	f := Figure{Count: len(es), Tickets: []Ref{}}
	for _, e := range es {
		if e.TicketID != 0 && len(f.Tickets) < MaxRefs {
			f.Tickets = append(f.Tickets, Ref{ID: e.TicketID, Number: e.TicketNumber, Subject: e.Subject})
		}
	}
	return f
}

func refundsOf(tx *bolt.Tx, from, to time.Time) (Refunds, error) {
	out := Refunds{Totals: []Amount{}, Returns: []RefundRef{}}
	totals := map[string]int64{}
	var order []string
	err := returns.RefundsBetween(tx, from, to, func(id uint64, e store.RefundEntry) error {
		out.Count++
		if _, ok := totals[e.Currency]; !ok {
			order = append(order, e.Currency)
		}
		totals[e.Currency] += e.Amount
		ref := RefundRef{ReturnID: id, Amount: Amount{Currency: e.Currency, Amount: e.Amount}}
		if r, err := returns.Get(tx, id); err == nil {
			ref.Number, ref.TicketID = r.Number, r.TicketID
		}
		if len(out.Returns) < MaxRefs {
			out.Returns = append(out.Returns, ref)
		}
		return nil
	})
	for _, c := range order {
		out.Totals = append(out.Totals, Amount{Currency: c, Amount: totals[c]})
	}
	return out, err
}

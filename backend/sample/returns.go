package sample

import (
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/returns"
	"shopdesk/backend/store"
	"shopdesk/backend/tickets"
)

var (
	reasonMix = []weighted[returns.Reason]{
		{returns.WrongSize, 25}, {returns.ChangedMind, 18}, {returns.Damaged, 20}, {returns.NotAsDescribed, 15},
		{returns.IncorrectItem, 12}, {returns.ArrivedLate, 6}, {returns.OtherReason, 4},
	}
	wishMix = []weighted[returns.Wish]{{returns.WantRefund, 70}, {returns.WantExchange, 20}, {returns.WantStoreCredit, 10}}
	// endMix is how far a request goes if time allows: most all the way.
	endMix = []weighted[returns.State]{{returns.Closed, 62}, {returns.Refunded, 22}, {returns.Rejected, 5},
		{returns.Cancelled, 4}, {returns.Inspected, 3}, {returns.Received, 2}, {returns.Approved, 2}}
	otherReasons = []string{"Bought two by mistake", "Gift the person already had", "Colour looks different in daylight"}
	overrides    = []string{"Long-standing customer: approved as a courtesy", "Delivery was delayed by the carrier", "First return in years"}
)

// returns opens return requests on delivered orders (about one for every
// six customers) and takes each through its life as far as the shop's
// history reaches: most are refunded, exchanged or credited and closed;
// the recent ones wait in every tab of the queue.
func (g *gen) returns(db *store.DB) error {
	n := g.opts.Returns
	if n <= 0 {
		return nil
	}
	s := returns.New(db, nil)
	s.SetClock(g.clock)
	owner := returns.Person{ID: g.staff[0].ID, Name: g.staff[0].Name, Owner: true}
	taken := map[uint64]bool{}
	for made, tries := 0, 0; made < n && tries < n*20; tries++ {
		c := &g.custs[g.rnd.IntN(len(g.custs))]
		if len(c.orders) == 0 {
			continue
		}
		o := c.orders[g.rnd.IntN(len(c.orders))]
		if o.delivered.IsZero() || taken[o.id] {
			continue
		}
		at := o.delivered.Add(time.Duration(6+g.rnd.IntN(35*24)) * time.Hour)
		if recent := g.opts.Now.Add(-time.Duration(1+g.rnd.IntN(120)) * time.Hour); g.chance(0.05) && recent.After(o.delivered) {
			at = recent // a few of this week's, still in the queue
		}
		if !at.Before(g.opts.Now) {
			continue
		}
		taken[o.id] = true
		if err := g.returnOne(db, s, owner, o, at); err != nil {
			return err
		}
		made++
	}
	return nil
}

func (g *gen) returnOne(db *store.DB, s *returns.Service, owner returns.Person, o orderRef, at time.Time) error {
	rep := g.staff[1+g.rnd.IntN(len(g.staff)-1)]
	by := returns.Person{ID: rep.ID, Name: rep.Name}
	in := returns.NewRequest{OrderID: o.id, Reason: pickWeighted(g, reasonMix), Wish: pickWeighted(g, wishMix)}
	if in.Reason == returns.WrongSize && g.chance(0.5) {
		in.Wish = returns.WantExchange
	}
	if in.Reason == returns.OtherReason {
		in.ReasonText = g.pick(otherReasons)
	}
	line := g.rnd.IntN(len(o.lines))
	in.Items = []returns.ItemRequest{{Line: line + 1, Quantity: 1 + g.rnd.IntN(o.lines[line])}}
	_ = db.View(func(tx *bolt.Tx) error {
		if ids := tickets.OrderTickets(tx, o.number); len(ids) > 0 {
			in.TicketID = ids[0]
		}
		return nil
	})
	g.at = at
	v, err := s.Start(by, in)
	if err != nil {
		return err
	}
	end := pickWeighted(g, endMix)
	steps := []struct {
		a     returns.Action
		after [2]int // hours
	}{
		{returns.Action{Kind: returns.Approve, LabelLink: "https://labels.juniperlane.example/" + o.number}, [2]int{4, 40}},
		{returns.Action{Kind: returns.Receive}, [2]int{60, 200}},
		{returns.Action{Kind: returns.Inspect, Condition: pickWeighted(g, []weighted[returns.Condition]{{returns.AsNew, 60}, {returns.Opened, 25}, {returns.Used, 8}, {returns.ArrivedDamaged, 7}})}, [2]int{1, 48}},
		{g.resolution(v), [2]int{2, 200}},
		{returns.Action{Kind: returns.Close}, [2]int{12, 120}},
	}
	switch end {
	case returns.Rejected:
		steps = steps[:1]
		steps[0].a = returns.Action{Kind: returns.Reject, Reason: "The item shows clear signs of use, so it cannot be returned under our policy."}
	case returns.Cancelled:
		steps = steps[:1]
		steps[0].a = returns.Action{Kind: returns.Cancel, Note: "The customer decided to keep it."}
	case returns.Approved:
		steps = steps[:1]
	case returns.Received:
		steps = steps[:2]
	case returns.Inspected:
		steps = steps[:3]
	case returns.Refunded:
		steps = steps[:4]
	}
	for _, st := range steps {
		at = at.Add(time.Duration(st.after[0]+g.rnd.IntN(st.after[1]-st.after[0]+1)) * time.Hour)
		if !at.Before(g.opts.Now) {
			break
		}
		g.at = at
		a := st.a
		if a.Kind == returns.DoRefund || a.Kind == returns.Credit {
			a.Amount = v.Check.RefundDue
			if a.Amount <= 0 {
				a = returns.Action{Kind: returns.Exchange}
			}
		}
		next, err := s.Act(by, v.Request.ID, v.Request.Version, a)
		if err != nil {
			// Above a rep's limit or outside the window: the owner does it.
			if a.Kind == returns.Approve {
				a.Reason = g.pick(overrides)
			}
			if next, err = s.Act(owner, v.Request.ID, v.Request.Version, a); err != nil {
				return err
			}
		}
		v = next
	}
	g.res.Returns++
	g.res.ReturnStates[v.Request.State]++
	return nil
}

// resolution is what the customer asked for.
func (g *gen) resolution(v returns.View) returns.Action {
	switch v.Request.Wish {
	case returns.WantExchange:
		return returns.Action{Kind: returns.Exchange}
	case returns.WantStoreCredit:
		return returns.Action{Kind: returns.Credit}
	}
	return returns.Action{Kind: returns.DoRefund, Method: returns.OriginalPayment, Reference: "re_" + v.Request.OrderNumber}
}

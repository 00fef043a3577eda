package sample

import (
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/checklists"
	"shopdesk/backend/customers"
	"shopdesk/backend/escalations"
	"shopdesk/backend/playbooks"
	"shopdesk/backend/settings"
	"shopdesk/backend/store"
	"shopdesk/backend/tickets"
)

// ShiftDays is how far back the sample keeps checklist runs, ticked
// playbooks and escalations.
const ShiftDays = 90

// ticketRef is what the shift's history needs of a ticket.
type ticketRef struct {
	id       uint64
	category string
	status   tickets.Status
	created  time.Time
	updated  time.Time
	assignee uint64
}

var taskNotes = []string{
	"warehouse says Tuesday", "courier backlog in the north", "two refunds waiting on the owner",
	"inbox clear by 11", "chat was quiet", "Instagram DMs answered", "CRM was slow this morning",
}

// shift writes the last ShiftDays of the shift: each person's daily
// checklist (most tasks on time, some late, some skipped, days off
// missing), the playbooks ticked on order-issue and complaint tickets, and
// escalations at every step.
func (g *gen) shift(db *store.DB) error {
	if err := g.checklistRuns(db); err != nil {
		return err
	}
	if err := g.playbookTicks(db); err != nil {
		return err
	}
	return g.escalations(db)
}

func (g *gen) checklistRuns(db *store.DB) error {
	var hours settings.Shop
	if err := db.Update(func(tx *bolt.Tx) (err error) {
		if hours, err = settings.Get(tx); err != nil {
			return err
		}
		return checklists.SeedDefaults(tx, g.begin)
	}); err != nil {
		return err
	}
	h := hours.Hours
	loc := h.Location()
	today := g.opts.Now.In(loc)
	for back := ShiftDays; back >= 1; back-- {
		day := time.Date(today.Year(), today.Month(), today.Day()-back, 9, 0, 0, 0, loc)
		err := db.Update(func(tx *bolt.Tx) error {
			for i, s := range g.staff {
				works := 0.75
				if i == 0 {
					works = 0.3 // the owner works the list now and then
				}
				if !g.chance(works) {
					continue // a day off: the history shows it as missed
				}
				p := checklists.Person{ID: s.ID, Name: s.Name, Role: "rep", Owner: i == 0}
				if i == 0 {
					p.Role = "owner"
				}
				start := day.Add(g.between(0, 40*time.Minute))
				runs, err := checklists.Today(tx, p, h, start)
				if err != nil {
					return err
				}
				for _, r := range runs {
					if err := g.work(tx, p, r, start); err != nil {
						return err
					}
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// work ticks a run's tasks as a person gets through a shift.
func (g *gen) work(tx *bolt.Tx, p checklists.Person, r checklists.Run, start time.Time) error {
	for _, k := range r.Tasks {
		var at time.Time
		switch x := g.rnd.Float64(); {
		case k.Due == nil && x < 0.35:
			at = start.Add(g.between(time.Hour, 6*time.Hour))
		case k.Due == nil:
			continue // as needed, and not needed
		case x < 0.74:
			at = k.Due.Add(-g.between(5*time.Minute, 50*time.Minute))
			if at.Before(start) {
				at = start.Add(g.between(time.Minute, 10*time.Minute))
			}
		case x < 0.88:
			at = k.Due.Add(g.between(10*time.Minute, 2*time.Hour))
		default:
			continue // skipped
		}
		note := ""
		if g.chance(0.08) {
			note = g.pick(taskNotes)
		}
		if _, err := checklists.Mark(tx, p, p.ID, r.Date, r.TemplateID, k.ID, true, note, at); err != nil {
			return err
		}
	}
	return nil
}

// playbookTicks works the playbooks of the recent order-issue and
// complaint tickets: all steps of the resolved ones, some of the open ones.
func (g *gen) playbookTicks(db *store.DB) error {
	byCat := map[string]playbooks.Playbook{}
	if err := db.Update(func(tx *bolt.Tx) error {
		cats := make([]string, len(tickets.Categories))
		for i, c := range tickets.Categories {
			cats[i] = string(c)
		}
		if err := playbooks.SeedDefaults(tx, cats, g.begin); err != nil {
			return err
		}
		list, err := playbooks.List(tx)
		for _, p := range list {
			for _, c := range p.Categories {
				byCat[c] = p
			}
		}
		return err
	}); err != nil {
		return err
	}
	var todo []ticketRef
	for _, t := range g.recent {
		if _, ok := byCat[t.category]; ok && t.created.After(g.opts.Now.Add(-ShiftDays*24*time.Hour)) {
			todo = append(todo, t)
		}
	}
	for from := 0; from < len(todo); from += 250 {
		err := db.Update(func(tx *bolt.Tx) error {
			for _, t := range todo[from:min(from+250, len(todo))] {
				p := byCat[t.category]
				by := g.staff[1+g.rnd.IntN(len(g.staff)-1)]
				for _, s := range g.staff {
					if s.ID == t.assignee {
						by = s
					}
				}
				who := playbooks.Person{ID: by.ID, Name: by.Name}
				n := len(p.Steps)
				if t.status.Active() {
					n = g.rnd.IntN(n)
				}
				at := t.created
				span := max(t.updated.Sub(t.created), time.Hour)
				for _, st := range p.Steps[:n] {
					at = at.Add(span / time.Duration(len(p.Steps)+1))
					if _, err := playbooks.Tick(tx, who, t.id, t.category, p.ID, st.ID, true, at); err != nil {
						return err
					}
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}

var (
	escalationDetails = []string{
		"Third message about the same order; the customer is asking for a manager.",
		"The billing and shipping addresses are in different countries and the order is large.",
		"A wholesale customer: wants a call back today.",
		"Parcel shows delivered, customer says not; second time this quarter.",
		"Asked for compensation beyond the usual goodwill gesture.",
	}
	contacted = []string{"the warehouse", "the courier", "finance", "the payment provider", "the supplier", "nobody yet"}
	outcomes  = []string{
		"Replacement sent by express; the customer thanked us.", "Full refund given as goodwill.",
		"Order cancelled as suspected fraud; the card holder confirmed.", "Courier claim paid out; customer satisfied.",
		"Offered store credit; the customer accepted.",
	}
)

// escalations puts every ticket still escalated, and about a third of
// the other recent open tickets, through the seed's workflow as far as it
// has got (steps 2, 3 and 4 in turn, some past their estimate); and gives
// a few of the recent resolved tickets the closed case they went through.
func (g *gen) escalations(db *store.DB) error {
	es := escalations.NewService(db, g.tix, nil, nil, nil)
	es.SetClock(g.clock)
	owner := escalations.Person{ID: g.staff[0].ID, Name: g.staff[0].Name, Owner: true}
	stillOpen, others := 0, 0
	var closed []ticketRef
	for _, t := range g.recent {
		escalated := t.status == tickets.StatusEscalated
		if !t.status.Active() {
			if t.created.After(g.opts.Now.Add(-ShiftDays*24*time.Hour)) && g.chance(0.03) {
				closed = append(closed, t)
			}
			continue
		}
		// Every third of the others: the rest stay new, open or pending.
		if !escalated {
			others++
			if others%3 != 0 {
				continue
			}
		}
		rep := g.staff[1+g.rnd.IntN(len(g.staff)-1)]
		by := escalations.Person{ID: rep.ID, Name: rep.Name}
		cur, err := g.tix.Get(t.id)
		if err != nil {
			return err
		}
		// The steps follow the ticket's last change, and stop before now.
		room := g.opts.Now.Sub(cur.Ticket.UpdatedAt)
		if room < 10*time.Minute {
			continue
		}
		step := func(frac float64) { g.at = cur.Ticket.UpdatedAt.Add(time.Duration(float64(room) * frac)) }
		step(0.1)
		e, _, err := es.Escalate(by, t.id, cur.Ticket.Version, g.escalation())
		if err != nil {
			return err
		}
		g.res.Statuses[t.status]--
		g.res.Statuses[tickets.StatusEscalated]++
		// They take turns at steps 2, 3 and 4, so each has its share even
		// in a small shop.
		last := 2 + stillOpen%3
		stillOpen++
		if last >= 3 {
			step(0.3)
			eta := g.at.Add(g.between(4*time.Hour, 5*24*time.Hour))
			if e, err = es.Investigate(owner, e.ID, e.Version, escalations.Investigation{ETA: eta, Contacted: g.pick(contacted)}); err != nil {
				return err
			}
		}
		if last >= 4 {
			step(0.5)
			if _, err = es.Recorded(owner, e.ID, e.Version, "Rang the customer with the plan and the expected date"); err != nil {
				return err
			}
		}
	}
	return db.Update(func(tx *bolt.Tx) error {
		for _, t := range closed {
			if err := g.closedCase(tx, owner, t); err != nil {
				return err
			}
		}
		return nil
	})
}

func (g *gen) escalation() escalations.NewEscalation {
	reasons := []weighted[escalations.Reason]{{escalations.RepeatedComplaint, 40}, {escalations.VIP, 25}, {escalations.Fraud, 15}, {escalations.Other, 20}}
	in := escalations.NewEscalation{Reason: pickWeighted(g, reasons), Details: g.pick(escalationDetails)}
	if in.Reason == escalations.Other {
		in.Text = "Press or influencer enquiry"
	}
	return in
}

// closedCase is the five steps a resolved ticket went through between its
// first message and its resolution.
func (g *gen) closedCase(tx *bolt.Tx, owner escalations.Person, t ticketRef) error {
	tk, err := tickets.Get(tx, t.id)
	if err != nil || tk.ResolvedAt == nil {
		return err
	}
	c, err := customers.Get(tx, tk.CustomerID)
	if err != nil {
		return err
	}
	rep := g.staff[1+g.rnd.IntN(len(g.staff)-1)]
	in := g.escalation()
	span := tk.ResolvedAt.Sub(tk.CreatedAt)
	at := func(frac float64) time.Time { return tk.CreatedAt.Add(time.Duration(float64(span) * frac)).UTC() }
	eta := at(0.9)
	closedAt := at(0.95)
	e := escalations.Escalation{TicketID: tk.ID, TicketNumber: tk.Number, Subject: tk.Subject, Customer: c.Name, OrderNumber: tk.OrderNumber,
		Reason: in.Reason, Text: in.Text, Details: in.Details, FrontlineID: rep.ID, Frontline: rep.Name, ManagerID: owner.ID, Manager: owner.Name,
		ETA: &eta, Contacted: g.pick(contacted), Outcome: g.pick(outcomes), Satisfied: g.chance(0.8), OpenedAt: at(0.1), ClosedAt: &closedAt, Step: escalations.Closed}
	e.Steps = []escalations.Done{
		{Step: escalations.Identified, At: at(0.1), ByID: rep.ID, By: rep.Name, Note: in.Details},
		{Step: escalations.Notified, At: at(0.1), ByID: rep.ID, By: rep.Name, Note: owner.Name + " was told in Shopdesk"},
		{Step: escalations.Investigated, At: at(0.3), ByID: owner.ID, By: owner.Name, Note: "Contacted " + e.Contacted},
		{Step: escalations.Communicated, At: at(0.5), ByID: owner.ID, By: owner.Name, Note: "Updated the customer by email"},
		{Step: escalations.Closed, At: closedAt, ByID: rep.ID, By: rep.Name, Note: e.Outcome},
	}
	_, err = escalations.Imported(tx, e)
	return err
}

package sample

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"shopdesk/backend/customers"
	"shopdesk/backend/settings"
	"shopdesk/backend/store"
	"shopdesk/backend/tickets"
)

type weighted[T any] struct {
	v T
	w int
}

func pickWeighted[T any](g *gen, list []weighted[T]) T {
	total := 0
	for _, x := range list {
		total += x.w
	}
	n := g.rnd.IntN(total)
	for _, x := range list {
		if n < x.w {
			return x.v
		}
		n -= x.w
	}
	return list[len(list)-1].v
}

// How a small shop's tickets usually split.
var (
	categoryMix = []weighted[tickets.Category]{
		{"shipping_delay", 22}, {"return_refund", 18}, {"product_question", 14}, {"incorrect_item", 10},
		{"cancellation", 9}, {"item_missing", 8}, {"complaint", 8}, {"out_of_stock", 6}, {"other", 5},
	}
	channelMix = []weighted[tickets.Channel]{
		{"email", 45}, {"chat", 20}, {"webform", 12}, {"social", 8}, {"marketplace", 8}, {"phone", 7},
	}
	priorityMix = []weighted[tickets.Priority]{
		{tickets.Urgent, 5}, {tickets.High, 17}, {tickets.Normal, 63}, {tickets.Low, 15},
	}
	// hourMix is when customers write, by hour of the day (shop time, UTC).
	hourMix = []weighted[int]{
		{0, 2}, {1, 1}, {2, 1}, {3, 1}, {4, 1}, {5, 1}, {6, 2}, {7, 4}, {8, 6}, {9, 8}, {10, 9}, {11, 9},
		{12, 9}, {13, 9}, {14, 9}, {15, 9}, {16, 8}, {17, 8}, {18, 7}, {19, 8}, {20, 8}, {21, 7}, {22, 5}, {23, 3},
	}
)

func (g *gen) tickets(db *store.DB) error {
	cs := customers.NewService(db)
	ts, err := tickets.New(db, cs.Dir)
	if err != nil {
		return err
	}
	ts.SetClock(g.clock)
	g.tix = ts
	times := g.ticketTimes()
	per := g.opts.TicketsPerTx
	for from := 0; from < len(times); from += per {
		to := min(from+per, len(times))
		var made []tickets.Ticket
		err := ts.Batch(func(b *tickets.Batch) error {
			made = made[:0]
			for i := from; i < to; i++ {
				t, err := g.ticket(b, times[i])
				if err != nil {
					return err
				}
				made = append(made, t)
			}
			return nil
		})
		if err != nil {
			return err
		}
		for _, t := range made {
			if t.ResolvedAt != nil && t.AssigneeID != 0 && t.ResolvedAt.After(g.opts.Now.AddDate(-1, 0, 0)) {
				g.lastYear = append(g.lastYear, resolvedRef{id: t.ID, resolved: *t.ResolvedAt, assignee: t.AssigneeID})
			}
			if t.CreatedAt.After(g.opts.Now.Add(-ShiftDays*24*time.Hour)) || t.Status == tickets.StatusEscalated {
				g.recent = append(g.recent, ticketRef{id: t.ID, category: string(t.Category), status: t.Status, created: t.CreatedAt, updated: t.UpdatedAt, assignee: t.AssigneeID})
			}
			g.res.Tickets++
			g.res.Messages += t.MessageCount
			g.res.Statuses[t.Status]++
		}
		if g.opts.Progress != nil {
			g.opts.Progress(to, len(times))
		}
	}
	return nil
}

// ticketTimes spreads the tickets over the span, busier lately (the shop is
// growing) and by day more than by night, oldest first.
func (g *gen) ticketTimes() []time.Time {
	span := g.opts.Now.Sub(g.begin)
	out := make([]time.Time, g.opts.Tickets)
	for i := range out {
		x := g.rnd.Float64()
		if g.chance(0.5) {
			x = max(x, g.rnd.Float64())
		}
		day := g.begin.Add(time.Duration(x * float64(span))).Truncate(24 * time.Hour)
		t := day.Add(time.Duration(pickWeighted(g, hourMix))*time.Hour + time.Duration(g.rnd.IntN(3600))*time.Second)
		if t.After(g.opts.Now) {
			t = g.opts.Now.Add(-time.Duration(g.rnd.IntN(6*3600)) * time.Second)
		}
		if t.Before(g.begin) {
			t = g.begin
		}
		out[i] = t
	}
	slices.SortFunc(out, func(a, b time.Time) int { return a.Compare(b) })
	return out
}

// vars fill a ticket's texts.
type vars struct {
	name, agent, product, product2, order, colour, size, carrier, tracking, amount, days, date string
}

func (g *gen) fill(tpl string, v *vars) string {
	if !strings.Contains(tpl, "{") {
		return tpl
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(tpl, '{')
		j := strings.IndexByte(tpl, '}')
		if i < 0 || j < i {
			b.WriteString(tpl)
			return b.String()
		}
		b.WriteString(tpl[:i])
		switch tpl[i+1 : j] {
		case "name":
			b.WriteString(v.name)
		case "agent":
			b.WriteString(v.agent)
		case "product":
			b.WriteString(v.product)
		case "product2":
			b.WriteString(v.product2)
		case "order":
			if v.order == "" {
				b.WriteString("my order")
			} else {
				b.WriteString(v.order)
			}
		case "colour":
			b.WriteString(v.colour)
		case "size":
			b.WriteString(v.size)
		case "carrier":
			b.WriteString(v.carrier)
		case "tracking":
			b.WriteString(v.tracking)
		case "amount":
			b.WriteString(v.amount)
		case "days":
			b.WriteString(v.days)
		case "date":
			b.WriteString(v.date)
		case "store":
			b.WriteString(StoreName)
		default:
			b.WriteString(tpl[i : j+1])
		}
		tpl = tpl[j+1:]
	}
}

// paragraphs joins the non-empty parts with blank lines.
func paragraphs(parts ...string) string {
	kept := parts[:0:0]
	for _, p := range parts {
		if p != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, "\n\n")
}

// story is one ticket's life so far.
type story struct {
	g     *gen
	b     *tickets.Batch
	t     tickets.Ticket
	v     vars
	cat   string
	tp    topic // what the ticket is about, start to finish
	cur   time.Time
	ended bool // its next step is after the end of the history
}

// wait moves the story's clock on by d; false once that moment is after
// the end of the history, and from then on.
func (s *story) wait(d time.Duration) bool {
	if s.ended {
		return false
	}
	s.cur = s.cur.Add(d).Truncate(time.Second)
	if s.cur.After(s.g.opts.Now) {
		s.ended = true
		return false
	}
	s.g.at = s.cur
	return true
}

// between is a random duration in [lo, hi).
func (g *gen) between(lo, hi time.Duration) time.Duration {
	return lo + time.Duration(g.rnd.Int64N(int64(hi-lo)))
}

// around is a random duration near typical: log-normally spread.
func (g *gen) around(typical time.Duration, spread float64) time.Duration {
	return time.Duration(float64(typical) * math.Exp(g.rnd.NormFloat64()*spread))
}

func (s *story) actor(id uint64) tickets.Actor {
	for _, a := range s.g.staff {
		if a.ID == id {
			return a
		}
	}
	return s.g.staff[s.g.rnd.IntN(len(s.g.staff))]
}

func (s *story) reply(by tickets.Actor, text string) error {
	s.v.agent = strings.Fields(by.Name)[0]
	body := paragraphs(s.g.fill(s.g.pick(replyOpeners), &s.v), s.g.fill(text, &s.v),
		s.g.pick(replyClosers), s.v.agent+"\n"+StoreName)
	t, _, err := s.b.AddMessage(by, s.t.ID, tickets.Reply, body)
	s.t = t
	return err
}

// customerWrites logs what the customer wrote; by is who logged it.
func (s *story) customerWrites(by tickets.Actor, text string) error {
	body := paragraphs(s.g.fill(text, &s.v), s.v.name)
	t, _, err := s.b.AddMessage(by, s.t.ID, tickets.FromCustomer, body)
	s.t = t
	return err
}

func (s *story) note(by tickets.Actor, text string) error {
	t, _, err := s.b.AddMessage(by, s.t.ID, tickets.Note, s.g.fill(text, &s.v))
	s.t = t
	return err
}

func (s *story) change(by tickets.Actor, c tickets.Change) error {
	t, err := s.b.Update(by, s.t.ID, s.t.Version, c)
	s.t = t
	return err
}

func status(st tickets.Status) *tickets.Status { return &st }

// ticket opens one ticket at created and lives its story up to the end of
// the history.
func (g *gen) ticket(b *tickets.Batch, created time.Time) (tickets.Ticket, error) {
	ci := g.rnd.IntN(len(g.custs))
	if len(g.regulars) > 0 && g.chance(0.25) {
		ci = g.regulars[g.rnd.IntN(len(g.regulars))]
	}
	c := &g.custs[ci]
	cat := pickWeighted(g, categoryMix)
	ch := pickWeighted(g, channelMix)
	prio := pickWeighted(g, priorityMix)
	if c.vip && prio != tickets.Urgent {
		prio = tickets.Priorities[slices.Index(tickets.Priorities, prio)-1]
	}
	v := vars{name: c.first, product: g.pick(products), colour: g.pick(colours), size: g.pick(sizes),
		carrier: g.pick(carriers), days: strconv.Itoa(2 + g.rnd.IntN(12)),
		amount:   fmt.Sprintf("%d.%02d", 12+g.rnd.IntN(240), g.rnd.IntN(100)),
		tracking: fmt.Sprintf("JL%09dGB", g.rnd.IntN(1_000_000_000)),
		date:     created.Add(g.between(24*time.Hour, 10*24*time.Hour)).Format("Monday 2 January")}
	for v.product2 = g.pick(products); v.product2 == v.product; v.product2 = g.pick(products) {
	}
	switch {
	case (cat == "product_question" && g.chance(0.6)) || (cat == "other" && g.chance(0.3)):
	default:
		// About the customer's latest order, as most tickets are.
		if o, ok := c.lastOrder(created); ok {
			v.order, v.product = o.number, o.product
		}
	}
	list := topics[string(cat)]
	tp := list[g.rnd.IntN(len(list))]
	subject := g.fill(tp.subject, &v)
	body := paragraphs(g.fill(g.pick(greetings), &v), g.fill(tp.opening, &v), g.pick(signoffs)+"\n"+c.first)

	var tags []string
	if c.vip {
		tags = append(tags, "vip")
	}
	if c.wholesale {
		tags = append(tags, "wholesale")
	}
	if c.repeat && g.chance(0.5) {
		tags = append(tags, "repeat")
	}
	// The tag a rep gives this kind of request, most of the time.
	if tp.tag != "" && g.chance(0.8) {
		tags = append(tags, tp.tag)
	}
	// Only a parcel can be sped up: an urgent shipping problem, sometimes.
	if prio == tickets.Urgent && (cat == "shipping_delay" || cat == "item_missing" || cat == "incorrect_item") && g.chance(0.3) {
		tags = append(tags, "expedite")
	}

	in := tickets.NewTicket{Subject: subject, OrderNumber: v.order, Channel: ch, Category: cat,
		Priority: prio, Tags: tags, Message: body}
	if ch == "email" && g.chance(0.5) {
		in.CustomerEmail = c.email // the address the mail came from
	} else {
		in.CustomerID = c.id
	}
	if g.chance(0.6) {
		in.AssigneeID = g.staff[pickWeighted(g, []weighted[int]{{0, 16}, {1, 28}, {2, 28}, {3, 28}})].ID
	}
	logger := g.staff[g.rnd.IntN(len(g.staff))]
	g.at = created
	t, err := b.Create(logger, in)
	if err != nil {
		return t, err
	}
	s := &story{g: g, b: b, t: t, v: v, cat: string(cat), tp: tp, cur: created}
	return s.t, s.live(prio, ch)
}

// reopenReply answers a customer who wrote again after the ticket was resolved.
const reopenReply = "I'm sorry this isn't sorted yet. I'm on it now and will put it right today."

func (s *story) live(prio tickets.Priority, ch tickets.Channel) error {
	g := s.g
	owner := g.staff[0]
	targets := settings.DefaultTargets()
	firstDue := time.Duration(targets.FirstResponse[string(prio)]) * time.Minute
	if ch == "chat" {
		firstDue = time.Duration(targets.ChatFirstResponse) * time.Minute
	}
	// Most tickets are worked to the end; a few are forgotten on the way
	// and stay in the backlog, overdue: mostly recent ones, as a backlog
	// gets cleared from time to time.
	age := g.opts.Now.Sub(s.cur).Hours() / 24
	forget := 0.004 + 0.06*math.Exp(-age/21)
	forgotten := g.rnd.Float64() / forget // below 1: forgotten
	if forgotten < 0.3 {
		return nil
	}
	if !s.wait(g.around(firstDue*35/100, 0.8)) {
		return nil
	}
	by := s.actor(s.t.AssigneeID)
	if s.t.AssigneeID == 0 && g.chance(0.75) {
		if err := s.change(by, tickets.Change{AssigneeID: &by.ID}); err != nil {
			return err
		}
	}
	if err := s.reply(by, s.tp.answer); err != nil {
		return err
	}
	if g.chance(0.12) && s.wait(g.between(2*time.Minute, time.Hour)) {
		if err := s.note(by, g.pick(notes)); err != nil {
			return err
		}
	}
	pEscalate := 0.03
	if s.cat == "complaint" {
		pEscalate = 0.22
	}
	escalated := g.chance(pEscalate)
	if escalated && s.wait(g.between(time.Hour, 6*time.Hour)) {
		if err := s.change(by, tickets.Change{Status: status(tickets.StatusEscalated), AssigneeID: &owner.ID}); err != nil {
			return err
		}
		if err := s.note(by, g.pick(escalationNotes)); err != nil {
			return err
		}
		by = owner
	}
	if forgotten < 1 {
		if !escalated && g.chance(0.4) && s.wait(time.Minute) {
			return s.change(by, tickets.Change{Status: status(tickets.StatusPending)})
		}
		return nil
	}
	if !escalated && g.chance(0.35) && s.wait(time.Minute) {
		if err := s.change(by, tickets.Change{Status: status(tickets.StatusPending)}); err != nil {
			return err
		}
	}
	for round, p := 0, 0.35; round < 2 && g.chance(p); round, p = round+1, 0.28 {
		if !s.wait(g.around(10*time.Hour, 1)) {
			return nil
		}
		follow, answer := s.tp.followUp, s.tp.followReply
		if round > 0 || follow == "" {
			follow, answer = thanksFollowUp, thanksReply
		}
		if err := s.customerWrites(by, follow); err != nil {
			return err
		}
		if !s.wait(g.around(firstDue/2, 0.9)) {
			return nil
		}
		if err := s.reply(by, answer); err != nil {
			return err
		}
	}
	if !s.wait(g.around(3*time.Hour, 1.2)) {
		return nil
	}
	if err := s.change(by, tickets.Change{Status: status(tickets.StatusResolved)}); err != nil {
		return err
	}
	if g.chance(0.03) && s.wait(g.between(24*time.Hour, 14*24*time.Hour)) {
		reopen := s.tp.reopen
		if reopen == "" {
			reopen = thanksReopen
		}
		if err := s.customerWrites(by, reopen); err != nil {
			return err
		}
		if !s.wait(g.around(firstDue/2, 0.9)) {
			return nil
		}
		if err := s.reply(by, reopenReply); err != nil {
			return err
		}
		if !s.wait(g.around(8*time.Hour, 1)) {
			return nil
		}
		if err := s.change(by, tickets.Change{Status: status(tickets.StatusResolved)}); err != nil {
			return err
		}
	}
	if g.chance(0.55) && s.wait(g.between(2*24*time.Hour, 7*24*time.Hour)) {
		return s.change(by, tickets.Change{Status: status(tickets.StatusClosed)})
	}
	return nil
}

package app

import (
	"fmt"

	"shopdesk/backend/orders"
	"shopdesk/backend/playbooks"
	"shopdesk/backend/tickets"
)

// Playbooks are the step-by-step guides beside a ticket's conversation.
// Everyone works them on tickets; the owner sets them up and decides which
// steps are required and which category brings which playbook.
type Playbooks struct{ c *core }

// List: anyone.
func (p *Playbooks) List() (out []playbooks.Playbook, err error) {
	defer guard("Playbooks.List", &err)
	if _, err = p.c.sess.anyone(); err != nil {
		return nil, err
	}
	return p.c.playbooks.List()
}

// Save: owner only.
func (p *Playbooks) Save(pb playbooks.Playbook) (out playbooks.Playbook, err error) {
	defer guard("Playbooks.Save", &err)
	if _, err = p.c.sess.owner(); err != nil {
		return out, err
	}
	return p.c.playbooks.Save(pb)
}

// Delete: owner only.
func (p *Playbooks) Delete(id uint64) (err error) {
	defer guard("Playbooks.Delete", &err)
	if _, err = p.c.sess.owner(); err != nil {
		return err
	}
	return p.c.playbooks.Delete(id)
}

// ForTicket: anyone. The playbooks on a ticket, each step with the saved
// reply it suggests and what the ticket's order says.
func (p *Playbooks) ForTicket(ticketID uint64) (out []playbooks.Attached, err error) {
	defer guard("Playbooks.ForTicket", &err)
	if _, err = p.c.sess.anyone(); err != nil {
		return nil, err
	}
	t, err := p.ticket(ticketID)
	if err != nil {
		return nil, err
	}
	out, err = p.c.playbooks.ForTicket(t)
	if err != nil {
		return nil, err
	}
	return p.dress(t, out), nil
}

// Attach: anyone. Puts a playbook on a ticket by hand.
func (p *Playbooks) Attach(ticketID, playbookID uint64) (out []playbooks.Attached, err error) {
	defer guard("Playbooks.Attach", &err)
	if _, err = p.c.sess.anyone(); err != nil {
		return nil, err
	}
	t, err := p.ticket(ticketID)
	if err != nil {
		return nil, err
	}
	if _, err = p.c.playbooks.Attach(t, playbookID); err != nil {
		return nil, err
	}
	return p.after(t)
}

// Remove: anyone. Takes a playbook off a ticket.
func (p *Playbooks) Remove(ticketID, playbookID uint64) (out []playbooks.Attached, err error) {
	defer guard("Playbooks.Remove", &err)
	if _, err = p.c.sess.anyone(); err != nil {
		return nil, err
	}
	t, err := p.ticket(ticketID)
	if err != nil {
		return nil, err
	}
	if err = p.c.playbooks.Remove(t, playbookID); err != nil {
		return nil, err
	}
	return p.after(t)
}

// Tick: anyone. Ticks or unticks a step, with who and when.
func (p *Playbooks) Tick(ticketID, playbookID, stepID uint64, done bool) (out []playbooks.Attached, err error) {
	defer guard("Playbooks.Tick", &err)
	me, err := p.c.sess.anyone()
	if err != nil {
		return nil, err
	}
	t, err := p.ticket(ticketID)
	if err != nil {
		return nil, err
	}
	if _, err = p.c.playbooks.Tick(playbooks.Person{ID: me.ID, Name: me.Name}, t, playbookID, stepID, done); err != nil {
		return nil, err
	}
	return p.after(t)
}

func (p *Playbooks) ticket(id uint64) (tickets.Ticket, error) {
	d, err := p.c.tickets.Get(id)
	return d.Ticket, err
}

func (p *Playbooks) after(t tickets.Ticket) ([]playbooks.Attached, error) {
	out, err := p.c.playbooks.ForTicket(t)
	if err != nil {
		return nil, err
	}
	return p.dress(t, out), nil
}

// dress fills in each step's suggested reply and its live hint.
func (p *Playbooks) dress(t tickets.Ticket, all []playbooks.Attached) []playbooks.Attached {
	byKey := map[string][2]any{}
	if list, err := p.c.templates.List(); err == nil {
		for _, tp := range list {
			if tp.DefaultKey != "" {
				byKey[tp.DefaultKey] = [2]any{tp.ID, tp.Name}
			}
		}
	}
	var order *orders.Order
	if t.OrderNumber != "" {
		if o, ok, err := p.c.orders.ByNumber(t.OrderNumber); err == nil && ok {
			order = &o
		}
	}
	for i := range all {
		for j := range all[i].Steps {
			s := &all[i].Steps[j]
			if r, ok := byKey[s.Reply]; ok && s.Reply != "" {
				s.ReplyID, s.ReplyName = r[0].(uint64), r[1].(string)
			}
			s.Live = hint(s.Hint, t, order)
		}
	}
	return all
}

func hint(h playbooks.Hint, t tickets.Ticket, o *orders.Order) string {
	if h == "" {
		return ""
	}
	if o == nil {
		if t.OrderNumber == "" {
			return "No order on this ticket: add its order number to see where it stands."
		}
		return fmt.Sprintf("Order %s is not in Shopdesk: import or add it to see where it stands.", t.OrderNumber)
	}
	tracking := "no tracking number yet"
	if o.Tracking != "" {
		tracking = "tracking " + o.Tracking
		if o.Carrier != "" {
			tracking = o.Carrier + " " + tracking
		}
	}
	switch h {
	case playbooks.HintTracking:
		return fmt.Sprintf("Order %s: %s, %s.", o.Number, fulfilmentWords[o.Fulfilment], tracking)
	case playbooks.HintShipped:
		switch o.Fulfilment {
		case orders.Unfulfilled:
			return fmt.Sprintf("Order %s has not shipped: it can still be cancelled.", o.Number)
		case orders.Cancelled:
			return fmt.Sprintf("Order %s is already cancelled.", o.Number)
		case orders.PartiallyFulfilled:
			return fmt.Sprintf("Order %s has partly shipped (%s): what has not shipped can be cancelled; explain the return options for the rest.", o.Number, tracking)
		default:
			return fmt.Sprintf("Order %s has shipped (%s): explain the return options.", o.Number, tracking)
		}
	}
	return ""
}

var fulfilmentWords = map[orders.Fulfilment]string{
	orders.Unfulfilled: "not shipped yet", orders.PartiallyFulfilled: "partly shipped", orders.Fulfilled: "shipped",
	orders.Delivered: "delivered", orders.Cancelled: "cancelled",
}

package app

import (
	"shopdesk/backend/escalations"
	"shopdesk/backend/replies"
	"shopdesk/backend/templates"
	"shopdesk/backend/tickets"
	"shopdesk/backend/users"
)

// Escalations are the seed's five-step workflow. Anyone escalates a ticket
// and closes the case they opened; the manager's steps (investigate, update
// the customer) are checked in the escalations package against the person
// the owner named; the owner sees every case and names the manager.
type Escalations struct{ c *core }

func escPerson(p users.Person) escalations.Person {
	return escalations.Person{ID: p.ID, Name: p.Name, Owner: p.Role == users.Owner}
}

// Escalated is a ticket's escalation with the ticket as it now stands.
type Escalated struct {
	Escalation escalations.Escalation `json:"escalation"`
	Ticket     tickets.Detail         `json:"ticket"`
}

// Escalate: anyone. Steps 1 and 2: logged with its reason, the manager told.
func (e *Escalations) Escalate(ticketID, ticketVersion uint64, in escalations.NewEscalation) (out Escalated, err error) {
	defer guard("Escalations.Escalate", &err)
	me, err := e.c.sess.anyone()
	if err != nil {
		return out, err
	}
	if out.Escalation, _, err = e.c.escalations.Escalate(escPerson(me), ticketID, ticketVersion, in); err != nil {
		return out, err
	}
	e.c.ticketsChanged.poke()
	out.Ticket, err = e.c.tickets.Get(ticketID)
	return out, err
}

// ForTicket: anyone. Where a ticket's escalations stand.
func (e *Escalations) ForTicket(ticketID uint64) (out []escalations.Escalation, err error) {
	defer guard("Escalations.ForTicket", &err)
	if _, err = e.c.sess.anyone(); err != nil {
		return nil, err
	}
	return e.c.escalations.ForTicket(ticketID)
}

// Get: anyone.
func (e *Escalations) Get(id uint64) (out escalations.Escalation, err error) {
	defer guard("Escalations.Get", &err)
	if _, err = e.c.sess.anyone(); err != nil {
		return out, err
	}
	return e.c.escalations.Get(id)
}

// Investigate: the manager or the owner (checked in Go). Step 3.
func (e *Escalations) Investigate(id, version uint64, in escalations.Investigation) (out escalations.Escalation, err error) {
	defer guard("Escalations.Investigate", &err)
	me, err := e.c.sess.anyone()
	if err != nil {
		return out, err
	}
	// The estimate is the ticket's due time now: lists re-read it.
	if out, err = e.c.escalations.Investigate(escPerson(me), id, version, in); err == nil {
		e.c.ticketsChanged.poke()
	}
	return out, err
}

// UpdateTemplates: anyone. The templates that fit the customer update.
func (e *Escalations) UpdateTemplates() (out []templates.Template, err error) {
	defer guard("Escalations.UpdateTemplates", &err)
	if _, err = e.c.sess.anyone(); err != nil {
		return nil, err
	}
	return e.c.escalations.UpdateTemplates()
}

// Draft: the manager or the owner. Step 4's email, filled in.
func (e *Escalations) Draft(id, templateID uint64) (out replies.Composed, err error) {
	defer guard("Escalations.Draft", &err)
	me, err := e.c.sess.anyone()
	if err != nil {
		return out, err
	}
	return e.c.escalations.Draft(escPerson(me), id, templateID)
}

// Communicate: the manager or the owner. Step 4: the update goes out as a
// reply on the ticket.
func (e *Escalations) Communicate(id, version uint64, body string) (out escalations.Escalation, err error) {
	defer guard("Escalations.Communicate", &err)
	me, err := e.c.sess.anyone()
	if err != nil {
		return out, err
	}
	if out, err = e.c.escalations.Communicate(escPerson(me), id, version, body); err == nil {
		e.c.ticketsChanged.poke()
	}
	return out, err
}

// Close: who escalated it, the ticket's assignee or the owner (checked in
// Go). Step 5: the outcome recorded and the ticket resolved.
func (e *Escalations) Close(id, version uint64, in escalations.Closing) (out escalations.Escalation, err error) {
	defer guard("Escalations.Close", &err)
	me, err := e.c.sess.anyone()
	if err != nil {
		return out, err
	}
	if out, err = e.c.escalations.Close(escPerson(me), id, version, in); err == nil {
		e.c.ticketsChanged.poke()
	}
	return out, err
}

// Counts: anyone. The sidebar's figures.
func (e *Escalations) Counts() (out escalations.Counts, err error) {
	defer guard("Escalations.Counts", &err)
	if _, err = e.c.sess.anyone(); err != nil {
		return out, err
	}
	return e.c.escalations.Counts()
}

// Board: owner only. Every open escalation, late first, and the latest closed.
func (e *Escalations) Board() (out escalations.Board, err error) {
	defer guard("Escalations.Board", &err)
	if _, err = e.c.sess.owner(); err != nil {
		return out, err
	}
	return e.c.escalations.Board()
}

// Settings: owner only.
func (e *Escalations) Settings() (out escalations.Settings, err error) {
	defer guard("Escalations.Settings", &err)
	if _, err = e.c.sess.owner(); err != nil {
		return out, err
	}
	return e.c.escalations.Settings()
}

// SaveSettings: owner only. Who is the manager, and whether they are emailed.
func (e *Escalations) SaveSettings(st escalations.Settings) (out escalations.Settings, err error) {
	defer guard("Escalations.SaveSettings", &err)
	if _, err = e.c.sess.owner(); err != nil {
		return out, err
	}
	return e.c.escalations.SaveSettings(st)
}

package app

import (
	"shopdesk/backend/mailsettings"
	"shopdesk/backend/settings"
	"shopdesk/backend/tickets"
	"shopdesk/backend/users"
)

// GettingStarted is the owner's first steps on a new desk, each read from
// what the data file holds now, so a step ticks itself off when done.
type GettingStarted struct {
	// MailConnected: the shop's own mail server is set up and test mode is off.
	MailConnected bool `json:"mailConnected"`
	// RepAdded: someone besides the owner can sign in.
	RepAdded bool `json:"repAdded"`
	// TicketLogged: the desk has a ticket.
	TicketLogged bool `json:"ticketLogged"`
	// Dismissed: the owner closed the card; it stays closed.
	Dismissed bool `json:"dismissed"`
}

// GettingStarted: owner only (the steps are the owner's to take).
func (s *Settings) GettingStarted() (g GettingStarted, err error) {
	defer guard("Settings.GettingStarted", &err)
	if _, err = s.c.sess.owner(); err != nil {
		return g, err
	}
	shop, err := settings.Load(s.c.db)
	if err != nil {
		return g, err
	}
	g.Dismissed = shop.GettingStartedDismissed
	ms, err := mailsettings.Load(s.c.db)
	if err != nil {
		return g, err
	}
	g.MailConnected = ms.Configured() && !ms.TestMode
	people, err := s.c.users.List()
	if err != nil {
		return g, err
	}
	for _, p := range people {
		g.RepAdded = g.RepAdded || (p.Active && p.Role == users.Rep)
	}
	g.TicketLogged = s.c.tickets.Counts(0)[tickets.ViewAll] > 0
	return g, nil
}

// DismissGettingStarted: owner only. Hides the getting-started card for good.
func (s *Settings) DismissGettingStarted() (err error) {
	defer guard("Settings.DismissGettingStarted", &err)
	if _, err = s.c.sess.owner(); err != nil {
		return err
	}
	yes := true
	_, err = settings.Update(s.c.db, settings.Change{GettingStartedDismissed: &yes})
	return err
}

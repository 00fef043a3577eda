package app_test

import (
	"errors"
	"testing"

	"shopdesk/app"
	"shopdesk/backend/mail"
	"shopdesk/backend/mailsettings"
	"shopdesk/backend/settings"
	"shopdesk/backend/store/storetest"
	"shopdesk/backend/tickets"
	"shopdesk/backend/users"
)

func TestGettingStartedTicksItselfOff(t *testing.T) {
	db := storetest.Open(t)
	a, err := app.New(db, db.Path(), nil, app.Options{Runtime: &recorder{mail: make(chan struct{}, 1)}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(a.Stop)
	a.Users().Cost = 4
	if _, err := a.Session.Setup(app.SetupInput{StoreName: "Lamp & Co", Name: "Maya", Email: "maya@shop.test", Password: "correct horse"}); err != nil {
		t.Fatal(err)
	}
	g, err := a.Settings.GettingStarted()
	if err != nil {
		t.Fatal(err)
	}
	if g != (app.GettingStarted{}) {
		t.Fatalf("a new desk = %+v, want every step still to do", g)
	}
	if _, err := a.People.Add(usersRep()); err != nil {
		t.Fatal(err)
	}
	if _, err := a.Tickets.Create(tickets.NewTicket{Subject: "Hi", Channel: "phone", CustomerName: "Ann", Message: "Hello"}); err != nil {
		t.Fatal(err)
	}
	if err := a.Mail.SaveSettings(mailsettings.Settings{Host: "smtp.example.com", Port: 587, Security: mail.SecuritySTARTTLS, FromAddress: "help@shop.example"}, nil); err != nil {
		t.Fatal(err)
	}
	g, _ = a.Settings.GettingStarted()
	if !g.MailConnected || !g.RepAdded || !g.TicketLogged || g.Dismissed {
		t.Errorf("after each step = %+v, want all done, not dismissed", g)
	}
	if err := a.Settings.DismissGettingStarted(); err != nil {
		t.Fatal(err)
	}
	// The settings form does not bring it back; the data file keeps it.
	if err := a.Settings.Save(settings.Shop{StoreName: "Lamp & Co", Targets: settings.DefaultTargets()}); err != nil {
		t.Fatal(err)
	}
	if shop, _ := settings.Load(db); !shop.GettingStartedDismissed {
		t.Error("dismissing the card was not kept in the data file")
	}
}

func TestGettingStartedIsTheOwners(t *testing.T) {
	s := newShop(t)
	s.signIn(t, s.rep, "battery staple")
	if _, err := s.a.Settings.GettingStarted(); !errors.Is(err, app.ErrOwnerOnly) {
		t.Errorf("as a rep: %v", err)
	}
	if err := s.a.Settings.DismissGettingStarted(); !errors.Is(err, app.ErrOwnerOnly) {
		t.Errorf("as a rep: %v", err)
	}
}

func usersRep() users.NewPerson {
	return users.NewPerson{Name: "Raj", Email: "raj@shop.test", Role: users.Rep, Password: "battery staple"}
}

package app_test

import (
	"strings"
	"testing"
	"time"

	"shopdesk/backend/orders"
	"shopdesk/backend/tickets"
)

func TestAPlaybookStepOffersItsReplyAndWhatTheOrderSays(t *testing.T) {
	s := newShop(t)
	today := time.Now().Format("2006-01-02")
	o, err := s.a.Orders.Save(0, 0, orders.Input{Number: "#3001", Name: "Dana Fox", Email: "dana@example.com", PlacedAt: today, FulfilledAt: today,
		Fulfilment: orders.Fulfilled, Carrier: "DHL", Tracking: "JD014600003", Currency: "USD",
		Items: []orders.Item{{Product: "Linen shirt", SKU: "LS", Quantity: 1, UnitPrice: 5900}}})
	if err != nil {
		t.Fatal(err)
	}
	s.signIn(t, s.rep, "battery staple")
	delay, err := s.a.Tickets.Create(tickets.NewTicket{Subject: "Still not here", CustomerID: o.CustomerID, OrderNumber: "3001", Message: "Where is it?", Category: "shipping_delay"})
	if err != nil {
		t.Fatal(err)
	}
	on, err := s.a.Playbooks.ForTicket(delay.ID)
	if err != nil || len(on) != 1 {
		t.Fatalf("playbooks %+v %v", on, err)
	}
	step := on[0].Steps[0]
	if step.ReplyName != "Shipping delay update" || step.ReplyID == 0 || !strings.Contains(step.Live, "DHL tracking JD014600003") {
		t.Fatalf("the delay step: %+v", step)
	}
	// The suggested reply composes with the tracking number filled in.
	c, err := s.a.Templates.Compose(step.ReplyID, delay.ID, nil)
	if err != nil || !strings.Contains(c.Text, "JD014600003") {
		t.Fatalf("composed %+v %v", c, err)
	}
	cancel, _ := s.a.Tickets.Create(tickets.NewTicket{Subject: "Cancel please", CustomerID: o.CustomerID, OrderNumber: "3001", Message: "Changed my mind.", Category: "cancellation"})
	on, _ = s.a.Playbooks.ForTicket(cancel.ID)
	if !strings.Contains(on[0].Steps[0].Live, "has shipped") {
		t.Fatalf("the cancellation step: %q", on[0].Steps[0].Live)
	}
	// Closing with its required step unticked is refused through the app too.
	resolved := tickets.StatusResolved
	if _, err := s.a.Tickets.Update(cancel.ID, cancel.Version, tickets.Change{Status: &resolved}); err == nil || !strings.Contains(err.Error(), "say why") {
		t.Fatalf("closed with a required step open: %v", err)
	}
	if _, err := s.a.Playbooks.Tick(cancel.ID, on[0].PlaybookID, on[0].Steps[0].ID, true); err != nil {
		t.Fatal(err)
	}
	if _, err := s.a.Tickets.Update(cancel.ID, cancel.Version, tickets.Change{Status: &resolved}); err != nil {
		t.Fatalf("closing once ticked: %v", err)
	}
	list, _ := s.a.Playbooks.List()
	if _, err := s.a.Playbooks.Save(list[0]); err == nil {
		t.Fatal("a rep changed a playbook")
	}
}

package app_test

import (
	"strings"
	"testing"
	"time"

	"shopdesk/backend/orders"
	"shopdesk/backend/returns"
	"shopdesk/backend/tickets"
)

// The refund limit is the backend's rule, so it holds for every call a
// rep can make, whatever the window shows.
func TestARepCannotGoPastTheRefundLimitThroughTheWindowsCalls(t *testing.T) {
	s := newShop(t)
	s.signIn(t, s.owner, "correct horse")
	p, err := s.a.Returns.Policy()
	if err != nil {
		t.Fatal(err)
	}
	p.RepLimit = 5000
	if _, err := s.a.Returns.SavePolicy(p); err != nil {
		t.Fatal(err)
	}
	today := time.Now().Format("2006-01-02")
	big, err := s.a.Orders.Save(0, 0, orders.Input{Number: "#2001", Name: "Ann Lee", Email: "ann@example.com", PlacedAt: today, DeliveredAt: today,
		Currency: "USD", Items: []orders.Item{{Product: "Wool blanket", SKU: "WB", Quantity: 1, UnitPrice: 14900}}})
	if err != nil {
		t.Fatal(err)
	}
	tk, err := s.a.Tickets.Create(tickets.NewTicket{Subject: "Blanket has a hole", CustomerID: big.CustomerID, OrderNumber: "2001", Message: "It arrived torn.", Category: "complaint"})
	if err != nil {
		t.Fatal(err)
	}
	s.a.Session.SignOut()
	s.signIn(t, s.rep, "battery staple")
	if _, err := s.a.Returns.SavePolicy(p); err == nil {
		t.Fatal("a rep changed the return policy")
	}
	d, err := s.a.Returns.Draft(tk.ID, 0)
	if err != nil || d.OrderID != big.ID || len(d.Items) != 1 || d.Reason != returns.NotAsDescribed {
		t.Fatalf("draft from the ticket %+v %v", d, err)
	}
	v, err := s.a.Returns.Start(returns.NewRequest{OrderID: d.OrderID, TicketID: tk.ID, Reason: returns.Damaged, Wish: returns.WantRefund,
		Items: []returns.ItemRequest{{Line: 1, Quantity: 1}}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.a.Returns.Act(v.Request.ID, v.Request.Version, returns.Action{Kind: returns.Approve}); err == nil || !strings.Contains(err.Error(), "only the owner") {
		t.Fatalf("a rep approved 149.00 over a 50.00 limit: %v", err)
	}
	n, _ := s.a.Returns.Counts()
	if n.NeedsOwner != 1 {
		t.Fatalf("needs owner %d", n.NeedsOwner)
	}
	if ov, _ := s.a.Orders.Get(big.ID); len(ov.Returns) != 1 || len(ov.Tickets) != 1 {
		t.Fatalf("the order view lists %d returns and %d tickets", len(ov.Returns), len(ov.Tickets))
	}
	if err := func() error {
		s.a.Session.SignOut()
		s.signIn(t, s.owner, "correct horse")
		return s.a.Orders.Delete(big.ID)
	}(); err == nil {
		t.Fatal("an order with a return was deleted")
	}
}

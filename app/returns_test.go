package app_test

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"shopdesk/backend/customers"
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

func TestTheCustomerListSortsByWhatCustomersBought(t *testing.T) {
	s := newShop(t)
	s.signIn(t, s.owner, "correct horse")
	buy := func(n, email string, cents int64) {
		t.Helper()
		if _, err := s.a.Orders.Save(0, 0, orders.Input{Number: n, Email: email, PlacedAt: "2026-01-02", Currency: "USD",
			Items: []orders.Item{{Product: "Mug", Quantity: 1, UnitPrice: cents}}}); err != nil {
			t.Fatal(err)
		}
	}
	buy("#1", "ann@example.com", 1000)
	buy("#2", "ann@example.com", 1000)
	buy("#3", "bo@example.com", 5000)
	if _, err := s.a.Tickets.Create(tickets.NewTicket{Subject: "Where is it", CustomerEmail: "cy@example.com", Message: "?"}); err != nil {
		t.Fatal(err)
	}
	names := func(sort string) string {
		p, err := s.a.Customers.List(customersQuery(sort))
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for i, c := range p.Items {
			out = append(out, c.Name+"/"+strconv.Itoa(p.Stats[i].Orders)+"/"+strconv.FormatInt(p.Stats[i].Spent, 10)+"/"+strconv.Itoa(p.Stats[i].OpenTickets))
		}
		return strings.Join(out, " ")
	}
	if got := names("spent"); got != "Bo/1/5000/0 Ann/2/2000/0 Cy/0/0/1" {
		t.Errorf("by spent: %s", got)
	}
	if got := names("orders"); got != "Ann/2/2000/0 Bo/1/5000/0 Cy/0/0/1" {
		t.Errorf("by orders: %s", got)
	}
	if got := names("open"); !strings.HasPrefix(got, "Cy/0/0/1") {
		t.Errorf("by open tickets: %s", got)
	}
	if _, err := s.a.Customers.List(customersQuery("shoe size")); err == nil {
		t.Error("an unknown sort was accepted")
	}
}

func customersQuery(sort string) customers.ListQuery {
	return customers.ListQuery{Sort: sort, Desc: true, Limit: 10}
}

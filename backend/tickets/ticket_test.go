package tickets_test

import (
	"errors"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"shopdesk/backend/customers"
	"shopdesk/backend/tickets"
)

func TestCreateNumbersTicketsAndSetsTargets(t *testing.T) {
	d := newDesk(t)
	a := d.create(t, tickets.NewTicket{Priority: tickets.Urgent})
	b := d.create(t, tickets.NewTicket{Channel: "chat"})
	if a.Number != 1001 || b.Number != 1002 {
		t.Errorf("numbers = #%d, #%d; want #1001, #1002", a.Number, b.Number)
	}
	if a.Status != tickets.StatusNew {
		t.Errorf("status = %s, want new", a.Status)
	}
	// Default targets: urgent first response in 1h; live chat in 10 minutes.
	if got := a.FirstResponseDue.Sub(a.CreatedAt); got != time.Hour {
		t.Errorf("urgent first response due after %v, want 1h", got)
	}
	if got := b.FirstResponseDue.Sub(b.CreatedAt); got != 10*time.Minute {
		t.Errorf("chat first response due after %v, want 10m", got)
	}
	if got := b.ResolutionDue.Sub(b.CreatedAt); got != 24*time.Hour {
		t.Errorf("normal resolution due after %v, want 24h", got)
	}
}

func TestKnownEmailAttachesToTheSameCustomer(t *testing.T) {
	d := newDesk(t)
	a := d.create(t, tickets.NewTicket{CustomerEmail: "Ann.Lee@Example.com", CustomerName: "Ann Lee"})
	b := d.create(t, tickets.NewTicket{CustomerEmail: "ann.lee@example.COM", CustomerName: "Somebody Else"})
	if a.CustomerID != b.CustomerID {
		t.Fatalf("same address in another case made a second customer (%d, %d)", a.CustomerID, b.CustomerID)
	}
	c, err := d.cust.Get(a.CustomerID)
	if err != nil {
		t.Fatal(err)
	}
	if c.Name != "Ann Lee" {
		t.Errorf("a known customer's name was replaced: %q", c.Name)
	}
	det, err := d.t.Get(b.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(det.Others) != 1 || det.Others[0].ID != a.ID {
		t.Errorf("the customer's other tickets = %+v, want ticket %d", det.Others, a.ID)
	}
}

func TestBadInputIsRefusedClearly(t *testing.T) {
	d := newDesk(t)
	cases := []struct {
		name string
		in   tickets.NewTicket
		want string
	}{
		{"empty subject", tickets.NewTicket{Subject: "   ", CustomerEmail: "a@b.co", Message: "hi"}, "subject is empty"},
		{"10 MB subject", tickets.NewTicket{Subject: strings.Repeat("x", 10<<20), CustomerEmail: "a@b.co", Message: "hi"}, "subject is too long"},
		{"malformed email", tickets.NewTicket{Subject: "s", CustomerEmail: "ann at example", Message: "hi"}, "not an email address"},
		{"email with a display name", tickets.NewTicket{Subject: "s", CustomerEmail: "Ann <ann@example.com>", Message: "hi"}, "not an email address"},
		{"empty message", tickets.NewTicket{Subject: "s", CustomerEmail: "a@b.co", Message: " \n "}, "message is empty"},
		{"unknown priority", tickets.NewTicket{Subject: "s", CustomerEmail: "a@b.co", Message: "hi", Priority: "whenever"}, "priority \"whenever\" is not known"},
		{"unknown channel", tickets.NewTicket{Subject: "s", CustomerEmail: "a@b.co", Message: "hi", Channel: "pigeon"}, "channel \"pigeon\" is not known"},
		{"10 MB message", tickets.NewTicket{Subject: "s", CustomerEmail: "a@b.co", Message: strings.Repeat("y", 10<<20)}, "message is too long"},
		{"unknown assignee", tickets.NewTicket{Subject: "s", CustomerEmail: "a@b.co", Message: "hi", AssigneeID: 999}, "assignee no longer exists"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := d.t.Create(d.rep, c.in)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("err = %v, want it to say %q", err, c.want)
			}
		})
	}
	if n := d.t.Counts(0)[tickets.ViewAll]; n != 0 {
		t.Errorf("%d tickets were created from bad input", n)
	}
	if _, err := d.t.Get(424242); !errors.Is(err, tickets.ErrNotFound) {
		t.Errorf("unknown id: err = %v", err)
	}
	if _, _, err := d.t.AddMessage(d.rep, 424242, tickets.Reply, "hi"); !errors.Is(err, tickets.ErrNotFound) {
		t.Errorf("reply to unknown id: err = %v", err)
	}
}

func TestHTMLIsKeptAsText(t *testing.T) {
	d := newDesk(t)
	evil := `<script>alert("x")</script><img src=x onerror=alert(1)>`
	tk := d.create(t, tickets.NewTicket{Subject: evil, CustomerName: evil, Message: evil})
	det, err := d.t.Get(tk.ID)
	if err != nil {
		t.Fatal(err)
	}
	if det.Ticket.Subject != evil || det.Messages[0].Body != evil || det.Customer.Name != evil {
		t.Errorf("text was altered: %q / %q / %q", det.Ticket.Subject, det.Messages[0].Body, det.Customer.Name)
	}
}

func TestConversationAndEvents(t *testing.T) {
	d := newDesk(t)
	tk := d.create(t, tickets.NewTicket{})
	d.clock.add(7 * time.Minute)
	if _, _, err := d.t.AddMessage(d.rep, tk.ID, tickets.Note, "Checked the courier: stuck in Leeds."); err != nil {
		t.Fatal(err)
	}
	d.clock.add(3 * time.Minute)
	got, _, err := d.t.AddMessage(d.rep, tk.ID, tickets.Reply, "Sorry! A new one ships today.")
	if err != nil {
		t.Fatal(err)
	}
	if got.FirstResponseAt == nil || got.FirstResponseAt.Sub(got.CreatedAt) != 10*time.Minute {
		t.Errorf("first response = %v, want 10m after creation (a note is not a response)", got.FirstResponseAt)
	}
	if got.Status != tickets.StatusOpen {
		t.Errorf("after a reply, status = %s, want open", got.Status)
	}
	got, _, _ = d.t.AddMessage(d.rep, tk.ID, tickets.Reply, "Tracking: 123.")
	if got.FirstResponseAt.Sub(got.CreatedAt) != 10*time.Minute {
		t.Error("a second reply moved the first response time")
	}
	d.clock.add(time.Hour)
	got, err = d.t.Update(d.owner, tk.ID, got.Version, tickets.Change{Status: ptr(tickets.StatusResolved)})
	if err != nil {
		t.Fatal(err)
	}
	if got.ResolvedAt == nil {
		t.Fatal("resolved ticket has no resolution time")
	}
	// The customer writes again: the ticket reopens.
	got, _, _ = d.t.AddMessage(d.rep, tk.ID, tickets.FromCustomer, "Still nothing!")
	if got.Status != tickets.StatusOpen || got.ResolvedAt != nil {
		t.Errorf("customer message on a resolved ticket: status %s, resolvedAt %v", got.Status, got.ResolvedAt)
	}
	det, _ := d.t.Get(tk.ID)
	var kinds []string
	for _, e := range det.Events {
		kinds = append(kinds, string(e.Kind))
	}
	want := "created noted replied first_reply status assigned replied status resolved customer_message status reopened"
	if strings.Join(kinds, " ") != want {
		t.Errorf("events:\n got %s\nwant %s", strings.Join(kinds, " "), want)
	}
	if len(det.Messages) != 5 || det.Messages[1].Kind != tickets.Note || det.Messages[4].AuthorID != 0 {
		t.Errorf("conversation = %+v", det.Messages)
	}
	if det.Messages[4].AuthorName != "Ann" {
		t.Errorf("customer message author = %q, want the customer's name", det.Messages[4].AuthorName)
	}
}

func TestSecondSaveDoesNotOverwriteTheFirst(t *testing.T) {
	d := newDesk(t)
	tk := d.create(t, tickets.NewTicket{})
	// Both read version 1.
	if _, err := d.t.Update(d.owner, tk.ID, tk.Version, tickets.Change{Priority: ptr(tickets.High)}); err != nil {
		t.Fatal(err)
	}
	_, err := d.t.Update(d.rep, tk.ID, tk.Version, tickets.Change{Priority: ptr(tickets.Low)})
	var conflict *tickets.ConflictError
	if !errors.As(err, &conflict) {
		t.Fatalf("second save: err = %v, want a conflict", err)
	}
	if !strings.Contains(err.Error(), "Maya changed this ticket") {
		t.Errorf("conflict message does not say who: %v", err)
	}
	det, _ := d.t.Get(tk.ID)
	if det.Ticket.Priority != tickets.High {
		t.Errorf("priority = %s: the second save overwrote the first", det.Ticket.Priority)
	}
}

func TestAssignAndPriorityChangeTheTargets(t *testing.T) {
	d := newDesk(t)
	tk := d.create(t, tickets.NewTicket{Priority: tickets.Low})
	got, err := d.t.Update(d.rep, tk.ID, tk.Version, tickets.Change{AssigneeID: ptr(d.rep.ID), Priority: ptr(tickets.Urgent)})
	if err != nil {
		t.Fatal(err)
	}
	if got.AssigneeID != d.rep.ID {
		t.Errorf("assignee = %d", got.AssigneeID)
	}
	if got.FirstResponseDue.Sub(got.CreatedAt) != time.Hour {
		t.Errorf("raising priority to urgent kept the low target: due %v after creation", got.FirstResponseDue.Sub(got.CreatedAt))
	}
	if _, err := d.t.Update(d.rep, tk.ID, got.Version, tickets.Change{AssigneeID: ptr(uint64(999))}); err == nil {
		t.Error("assigning to nobody-that-exists was accepted")
	}
	same, err := d.t.Update(d.rep, tk.ID, got.Version, tickets.Change{Priority: ptr(tickets.Urgent)})
	if err != nil || same.Version != got.Version {
		t.Errorf("a change to the same value made a new version (%v, %d→%d)", err, got.Version, same.Version)
	}
}

func TestOverdueAndPending(t *testing.T) {
	d := newDesk(t)
	tk := d.create(t, tickets.NewTicket{}) // normal: first response due in 4h
	d.clock.add(5 * time.Hour)
	det, _ := d.t.Get(tk.ID)
	if !det.Overdue {
		t.Error("5h without a reply should be overdue")
	}
	if n := d.t.Counts(0)[tickets.ViewOverdue]; n != 1 {
		t.Errorf("overdue count = %d, want 1", n)
	}
	if _, err := d.t.Update(d.rep, tk.ID, det.Ticket.Version, tickets.Change{Status: ptr(tickets.StatusPending)}); err != nil {
		t.Fatal(err)
	}
	det, _ = d.t.Get(tk.ID)
	if det.Overdue {
		t.Error("a ticket waiting on the customer is not overdue")
	}
}

func TestDeleteRemovesEverything(t *testing.T) {
	d := newDesk(t)
	tk := d.create(t, tickets.NewTicket{OrderNumber: "SD-1001", Message: "zebra lamp broken"})
	keep := d.create(t, tickets.NewTicket{Message: "zebra rug lovely"})
	if err := d.t.Delete(tk.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := d.t.Get(tk.ID); !errors.Is(err, tickets.ErrNotFound) {
		t.Errorf("deleted ticket still readable: %v", err)
	}
	p, _ := d.t.List(tickets.Query{Search: "zebra"})
	if len(p.Items) != 1 || p.Items[0].ID != keep.ID {
		t.Errorf("search after delete = %v, want only %d", ids(p), keep.ID)
	}
	p, _ = d.t.List(tickets.Query{Search: "SD-1001"})
	if len(p.Items) != 0 {
		t.Errorf("order search still finds the deleted ticket")
	}
	if err := d.t.Delete(tk.ID); !errors.Is(err, tickets.ErrNotFound) {
		t.Errorf("second delete: %v", err)
	}
	// The customer still has one ticket, so they cannot be deleted yet.
	if err := d.cust.Delete(keep.CustomerID); !errors.Is(err, customers.ErrHasTickets) {
		t.Errorf("deleting a customer with tickets: %v", err)
	}
}

func TestOnlyAnEmailTicketNeedsAnAddress(t *testing.T) {
	d := newDesk(t)
	cases := []struct {
		name    string
		channel tickets.Channel
		ok      bool
	}{
		{"phone", "phone", true},
		{"chat", "chat", true},
		{"email", "email", false},
		{"no channel means email", "", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tk, err := d.t.Create(d.rep, tickets.NewTicket{Subject: "Rang about a parcel", Channel: c.channel,
				CustomerName: "Tom Baker", CustomerPhone: "07700 900123", Message: "Where is it?"})
			if !c.ok {
				if !errors.Is(err, tickets.ErrNoEmailAddress) {
					t.Fatalf("err = %v, want %v", err, tickets.ErrNoEmailAddress)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			det, err := d.t.Get(tk.ID)
			if err != nil {
				t.Fatal(err)
			}
			if det.Customer.Name != "Tom Baker" || det.Customer.Email != "" || det.Customer.Phone != "07700 900123" {
				t.Errorf("customer = %+v", det.Customer)
			}
		})
	}
	// Two callers with no address are two customers, never merged.
	a := d.create(t, tickets.NewTicket{Channel: "phone", CustomerName: "Tom Baker", CustomerEmail: " ", Message: "one"})
	b := d.create(t, tickets.NewTicket{Channel: "chat", CustomerName: "Ann Lee", CustomerEmail: " ", Message: "two"})
	if a.CustomerID == b.CustomerID {
		t.Error("two customers without an address were merged")
	}
	if _, err := d.t.Create(d.rep, tickets.NewTicket{Subject: "x", Channel: "phone", Message: "y"}); err == nil {
		t.Error("a phone ticket with neither name nor address was accepted")
	}
}

// TestPreviewsAreNeverCutInsideACharacter: the list's preview of a long
// message in German with emoji ends on a whole character.
func TestPreviewsAreNeverCutInsideACharacter(t *testing.T) {
	d := newDesk(t)
	body := strings.Repeat("Grüße 🙂 ", 40)
	tk := d.create(t, tickets.NewTicket{Subject: "Grüße 🙂 aus Köln", Message: body})
	p, err := d.t.List(tickets.Query{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{tk.Preview, p.Items[0].Preview} {
		if !utf8.ValidString(s) || !strings.HasSuffix(s, "…") || utf8.RuneCountInString(s) != tickets.MaxPreview {
			t.Errorf("preview = %q (%d characters), want %d whole characters ending in …", s, utf8.RuneCountInString(s), tickets.MaxPreview)
		}
	}
	if p.Items[0].Subject != "Grüße 🙂 aus Köln" {
		t.Errorf("subject = %q", p.Items[0].Subject)
	}
	// An unknown value in an error message is clipped on a whole character too.
	_, err = d.t.Create(d.rep, tickets.NewTicket{Subject: "x", CustomerEmail: "a@b.co", Message: "y", Channel: tickets.Channel(strings.Repeat("🙂", 40))})
	if err == nil || !utf8.ValidString(err.Error()) {
		t.Errorf("err = %v", err)
	}
}

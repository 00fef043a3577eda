package replies_test

import (
	"errors"
	"strings"
	"testing"

	"shopdesk/backend/replies"
	"shopdesk/backend/sending/sendingtest"
	"shopdesk/backend/tickets"
)

func TestAReplyToACustomerWithNoAddressIsLoggedNotEmailed(t *testing.T) {
	d := sendingtest.Start(t)
	ts := d.Tickets
	s := replies.New(d.DB, ts, d.Sending.Wake)
	maya := tickets.Actor{ID: 1, Name: "Maya"}
	tk, err := ts.Create(maya, tickets.NewTicket{Subject: "Called about a late parcel", Channel: "phone",
		CustomerName: "Tom Baker", CustomerPhone: "+44 20 7946 0000", Message: "Rang to ask where his order is."})
	if err != nil {
		t.Fatalf("a phone ticket with no email address was refused: %v", err)
	}
	msg, err := s.Reply(maya, tk.ID, "Told him on the phone it ships tomorrow.")
	if err != nil {
		t.Fatal(err)
	}
	if msg.ID != 0 {
		t.Errorf("an email was queued for a customer with no address: %+v", msg)
	}
	if out, _ := d.Sending.Outbox("", 10); len(out) != 0 {
		t.Errorf("outbox has %d messages, want none", len(out))
	}
	det, err := ts.Get(tk.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(det.Messages) != 2 || det.Messages[1].Kind != tickets.Reply {
		t.Fatalf("conversation = %+v, want the reply logged", det.Messages)
	}
	if det.Ticket.FirstResponseAt == nil {
		t.Error("the logged reply did not count as the first response")
	}
}

func TestAReplyWithANearMissIsNotSent(t *testing.T) {
	d := sendingtest.Start(t)
	ts := d.Tickets
	s := replies.New(d.DB, ts, d.Sending.Wake)
	maya := tickets.Actor{ID: 1, Name: "Maya"}
	tk, _ := ts.Create(maya, tickets.NewTicket{Subject: "Late", CustomerEmail: "ann@example.com", Message: "where?"})
	_, err := s.Reply(maya, tk.ID, "Hi [Custmer Name], your [Order] ships today.")
	var near *replies.NearMissError
	if !errors.As(err, &near) || !strings.Contains(err.Error(), "[Custmer Name]: did you mean [Customer Name]?") {
		t.Fatalf("err = %v, want a did-you-mean", err)
	}
	if out, _ := d.Sending.Outbox("", 10); len(out) != 0 {
		t.Error("the refused reply was queued")
	}
	// "[Order]" is a word here, not a placeholder: the corrected reply goes.
	if _, err := s.Reply(maya, tk.ID, "Hi Ann, your [Order] ships today."); err != nil {
		t.Fatalf("a reply with [Order] in it was refused: %v", err)
	}
}

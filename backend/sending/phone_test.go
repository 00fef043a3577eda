package sending_test

import (
	"testing"

	"shopdesk/backend/tickets"
)

func TestAReplyToACustomerWithNoAddressIsLoggedNotEmailed(t *testing.T) {
	s, ts, _ := start(t)
	maya := tickets.Actor{ID: 1, Name: "Maya"}
	tk, err := ts.Create(maya, tickets.NewTicket{Subject: "Called about a late parcel", Channel: "phone",
		CustomerName: "Tom Baker", CustomerPhone: "+44 20 7946 0000", Message: "Rang to ask where his order is."})
	if err != nil {
		t.Fatalf("a phone ticket with no email address was refused: %v", err)
	}
	msg, err := s.Reply(ts, maya, tk.ID, "Told him on the phone it ships tomorrow.")
	if err != nil {
		t.Fatal(err)
	}
	if msg.ID != 0 {
		t.Errorf("an email was queued for a customer with no address: %+v", msg)
	}
	if out, _ := s.Outbox("", 10); len(out) != 0 {
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

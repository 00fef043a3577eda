package sending_test

import (
	"errors"
	"testing"

	"shopdesk/backend/mail"
	"shopdesk/backend/mail/mailtest"
	"shopdesk/backend/mailsettings"
	"shopdesk/backend/outbox"
	"shopdesk/backend/replies"
	"shopdesk/backend/sending"
	"shopdesk/backend/sending/sendingtest"
	"shopdesk/backend/tickets"
)

func TestTestInboxRepliesGoToCustomersOnlyWhenTheOwnerSays(t *testing.T) {
	d := sendingtest.Start(t)
	s, ts := d.Sending, d.Tickets
	rs := replies.New(d.DB, ts, s.Wake)
	maya := tickets.Actor{ID: 1, Name: "Maya"}
	tk, err := ts.Create(maya, tickets.NewTicket{Subject: "Where is my order", CustomerEmail: "aaron@example.com", CustomerName: "Aaron", Message: "?"})
	if err != nil {
		t.Fatal(err)
	}
	reply, err := rs.Reply(maya, tk.ID, "It ships today.")
	if err != nil {
		t.Fatal(err)
	}
	d.WaitFor(t, outbox.StateSent)
	emails, err := s.TicketEmails(tk.ID)
	if err != nil || len(emails) != 1 || emails[0].Route != outbox.RouteTestInbox {
		t.Fatalf("ticket emails = %+v, %v; want one in the test inbox", emails, err)
	}
	if _, err := s.SendForReal([]uint64{reply.ID}); !errors.Is(err, sending.ErrStillTestMode) {
		t.Fatalf("send for real before mail is set up: %v", err)
	}

	srv := mailtest.Start(t)
	real := mailsettings.Settings{Host: srv.Host, Port: srv.Port, Security: mail.SecurityNone, FromAddress: "help@shop.example"}
	if _, err := mailsettings.Save(d.DB, d.Passwords, real, nil); err != nil {
		t.Fatal(err)
	}
	if err := s.Reconfigure(); err != nil {
		t.Fatal(err)
	}
	only, err := s.OnlyInTestInbox(10)
	if err != nil || len(only) != 1 || only[0].ID != reply.ID {
		t.Fatalf("only in the test inbox = %+v, %v", only, err)
	}
	if n := len(srv.Messages()); n != 0 {
		t.Fatalf("setting up mail sent %d messages by itself", n)
	}
	if _, err := s.SendForReal([]uint64{reply.ID}); err != nil {
		t.Fatal(err)
	}
	d.WaitFor(t, outbox.StateSent)
	if got := srv.WaitMessages(t, 1); got[0].To[0] != "aaron@example.com" {
		t.Fatalf("the real server got %v", got[0].To)
	}
	if emails, _ := s.TicketEmails(tk.ID); emails[0].Route != outbox.RouteServer {
		t.Errorf("after sending for real, route = %q", emails[0].Route)
	}
}

package replies_test

import (
	"strings"
	"testing"

	"shopdesk/backend/outbox"
	"shopdesk/backend/replies"
	"shopdesk/backend/sending/sendingtest"
	"shopdesk/backend/testinbox"
	"shopdesk/backend/tickets"
)

func TestReplyReachesTheTestInboxThreaded(t *testing.T) {
	d := sendingtest.Start(t)
	ts := d.Tickets
	s := replies.New(d.DB, ts, d.Sending.Wake)
	tk, err := ts.Create(tickets.Actor{ID: 1, Name: "Maya"}, tickets.NewTicket{Subject: "Lamp arrived broken", CustomerEmail: "zoe@example.com", CustomerName: "<b>Zoë</b>", Message: "cracked"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Reply(tickets.Actor{ID: 1, Name: "Maya"}, tk.ID, "So sorry, <Zoë>! A new lamp ships today."); err != nil {
		t.Fatal(err)
	}
	d.WaitFor(t, outbox.StateSent)
	items, err := testinbox.Items(d.DB, 10)
	if err != nil || len(items) != 1 {
		t.Fatalf("test inbox = %d messages, %v", len(items), err)
	}
	if items[0].View.HTML != "" {
		t.Error("the list row carries the HTML body")
	}
	whole, err := testinbox.ItemByID(d.DB, items[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	v := whole.View
	if v.Subject != "Re: Lamp arrived broken [#1001]" {
		t.Errorf("subject = %q", v.Subject)
	}
	if !strings.Contains(v.To, "zoe@example.com") || !strings.Contains(v.To, "<b>Zoë</b>") {
		t.Errorf("to = %q", v.To)
	}
	if v.InReplyTo == "" || !strings.Contains(v.References, v.InReplyTo) {
		t.Errorf("not threaded: in-reply-to %q, references %q", v.InReplyTo, v.References)
	}
	if len(v.Parts) != 2 || v.Parts[0] != "text/plain" || v.Parts[1] != "text/html" {
		t.Errorf("parts = %v, want text then html", v.Parts)
	}
	if !strings.Contains(v.HTML, "&lt;Zoë&gt;") {
		t.Errorf("html part not escaped: %q", v.HTML)
	}
	det, _ := ts.Get(tk.ID)
	if det.Ticket.FirstResponseAt == nil || len(det.Messages) != 2 {
		t.Errorf("the reply did not join the conversation as the first response")
	}
}

func TestAReplyThatCannotBeQueuedIsNotKept(t *testing.T) {
	d := sendingtest.Start(t)
	ts := d.Tickets
	s := replies.New(d.DB, ts, d.Sending.Wake)
	if _, err := s.Reply(tickets.Actor{ID: 1, Name: "Maya"}, 999, "hello"); err == nil {
		t.Fatal("reply to an unknown ticket was accepted")
	}
	if out, _ := d.Sending.Outbox("", 10); len(out) != 0 {
		t.Errorf("outbox has %d messages from a failed reply", len(out))
	}
}

func TestAReplyWithAnUnfilledPlaceholderIsNotSent(t *testing.T) {
	d := sendingtest.Start(t)
	ts := d.Tickets
	s := replies.New(d.DB, ts, d.Sending.Wake)
	tk, _ := ts.Create(tickets.Actor{ID: 1, Name: "Maya"}, tickets.NewTicket{Subject: "Late", CustomerEmail: "ann@example.com", Message: "where?"})
	_, err := s.Reply(tickets.Actor{ID: 1, Name: "Maya"}, tk.ID, "Your tracking number is [Tracking Number] [sic].")
	if err == nil || !strings.Contains(err.Error(), "fill in [Tracking Number]") {
		t.Fatalf("err = %v", err)
	}
	det, _ := ts.Get(tk.ID)
	if len(det.Messages) != 1 {
		t.Error("the refused reply joined the conversation")
	}
	if out, _ := d.Sending.Outbox("", 10); len(out) != 0 {
		t.Error("the refused reply was queued")
	}
}

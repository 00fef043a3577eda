package sending_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"shopdesk/backend/customers"
	"shopdesk/backend/mail"
	"shopdesk/backend/outbox"
	"shopdesk/backend/sending"
	"shopdesk/backend/store/storetest"
	"shopdesk/backend/tickets"
)

func start(t *testing.T) (*sending.Service, *tickets.Service, chan outbox.Change) {
	t.Helper()
	db := storetest.Open(t)
	cs := customers.NewService(db)
	ts, err := tickets.New(db, cs.Dir)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	s := sending.New(db, sending.Secrets{File: filepath.Join(dir, "secret"), Account: filepath.Join(dir, "shop.db")})
	changes := make(chan outbox.Change, 100)
	s.OnChange = func(c outbox.Change) { changes <- c }
	if err := s.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Stop)
	return s, ts, changes
}

func waitFor(t *testing.T, changes chan outbox.Change, state outbox.State) outbox.Change {
	t.Helper()
	deadline := time.After(10 * time.Second)
	for {
		select {
		case c := <-changes:
			if c.State == state {
				return c
			}
		case <-deadline:
			t.Fatalf("no message reached %q", state)
		}
	}
}

func TestReplyReachesTheTestInboxThreaded(t *testing.T) {
	s, ts, changes := start(t)
	tk, err := ts.Create(tickets.Actor{ID: 1, Name: "Maya"}, tickets.NewTicket{Subject: "Lamp arrived broken", CustomerEmail: "zoe@example.com", CustomerName: "<b>Zoë</b>", Message: "cracked"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Reply(ts, tickets.Actor{ID: 1, Name: "Maya"}, tk.ID, "So sorry, <Zoë>! A new lamp ships today."); err != nil {
		t.Fatal(err)
	}
	waitFor(t, changes, outbox.StateSent)
	items, err := s.InboxList(10)
	if err != nil || len(items) != 1 {
		t.Fatalf("test inbox = %d messages, %v", len(items), err)
	}
	v := items[0].View
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
	s, ts, _ := start(t)
	if _, err := s.Reply(ts, tickets.Actor{ID: 1, Name: "Maya"}, 999, "hello"); err == nil {
		t.Fatal("reply to an unknown ticket was accepted")
	}
	if out, _ := s.Outbox("", 10); len(out) != 0 {
		t.Errorf("outbox has %d messages from a failed reply", len(out))
	}
}

func TestSettingsKeepThePasswordOutOfTheDataFile(t *testing.T) {
	s, _, _ := start(t)
	pw := "s3cret-pass"
	err := s.SaveSettings(sending.Settings{Host: "smtp.example.com", Port: 587, Security: mail.SecuritySTARTTLS,
		Username: "shop", FromAddress: "help@shop.example", TestMode: true}, &pw)
	if err != nil {
		t.Fatal(err)
	}
	st, where, err := s.Settings()
	if err != nil || !st.HasPassword || where == "" {
		t.Fatalf("settings = %+v, %q, %v", st, where, err)
	}
	// In test mode the test email goes to the built-in inbox.
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := s.TestSend(ctx, "owner@shop.example"); err != nil {
		t.Errorf("test send in test mode: %v", err)
	}
	if err := s.SaveSettings(sending.Settings{Host: "smtp.example.com", Port: 25, Security: mail.SecurityNone, FromAddress: "help@shop.example"}, nil); err == nil {
		t.Error("plain text to a server on another computer was accepted")
	}
}

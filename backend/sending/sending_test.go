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
	"shopdesk/backend/settings"
	"shopdesk/backend/store/storetest"
	"shopdesk/backend/tickets"
)

func start(t *testing.T) (*sending.Service, *tickets.Service, chan outbox.Change) {
	t.Helper()
	db := storetest.Open(t)
	if err := settings.Save(db, settings.Shop{StoreName: "Lamp & Co", Targets: settings.DefaultTargets()}); err != nil {
		t.Fatal(err)
	}
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

func TestAReplyWithAnUnfilledPlaceholderIsNotSent(t *testing.T) {
	s, ts, _ := start(t)
	tk, _ := ts.Create(tickets.Actor{ID: 1, Name: "Maya"}, tickets.NewTicket{Subject: "Late", CustomerEmail: "ann@example.com", Message: "where?"})
	_, err := s.Reply(ts, tickets.Actor{ID: 1, Name: "Maya"}, tk.ID, "Your tracking number is [Tracking Number] [sic].")
	if err == nil || !strings.Contains(err.Error(), "fill in [Tracking Number]") {
		t.Fatalf("err = %v", err)
	}
	det, _ := ts.Get(tk.ID)
	if len(det.Messages) != 1 {
		t.Error("the refused reply joined the conversation")
	}
	if out, _ := s.Outbox("", 10); len(out) != 0 {
		t.Error("the refused reply was queued")
	}
}

func TestFeedbackBatchAsksEachTicketOnce(t *testing.T) {
	s, ts, changes := start(t)
	by := tickets.Actor{ID: 1, Name: "Maya"}
	var ids []uint64
	for i, email := range []string{"ann@example.com", "bo@example.com", "cy@example.com"} {
		tk, err := ts.Create(by, tickets.NewTicket{Subject: "Question", CustomerEmail: email, Message: "hi"})
		if err != nil {
			t.Fatal(err)
		}
		if i < 2 { // the third stays open: not a candidate
			if _, err := ts.Update(by, tk.ID, tk.Version, tickets.Change{Status: ptr(tickets.StatusResolved)}); err != nil {
				t.Fatal(err)
			}
		}
		ids = append(ids, tk.ID)
	}
	cands, err := s.FeedbackCandidates(ts, 7, time.Now())
	if err != nil || len(cands) != 2 {
		t.Fatalf("candidates = %+v, %v", cands, err)
	}
	tmpl := feedbackTemplate(t, s)
	if _, err := s.StartFeedback("", tmpl, []uint64{ids[0], ids[1]}, by, nil); err == nil || !strings.Contains(err.Error(), "Survey Link") {
		t.Fatalf("a batch with no survey link: %v", err)
	}
	typed := map[string]string{"Survey Link": "https://example.com/s", "Discount Code": "THANKS10"}
	b, err := s.StartFeedback("March", tmpl, []uint64{ids[0], ids[1]}, by, typed)
	if err != nil || b.Total != 2 {
		t.Fatalf("batch = %+v, %v", b, err)
	}
	for range 2 {
		waitFor(t, changes, outbox.StateSent)
	}
	if again, _ := s.FeedbackCandidates(ts, 7, time.Now()); len(again) != 0 {
		t.Errorf("asked tickets are still candidates: %+v", again)
	}
	b2, err := s.StartFeedback("again", tmpl, []uint64{ids[0], ids[1]}, by, typed)
	if err == nil {
		t.Errorf("a second batch for the same tickets was sent: %+v", b2)
	}
	items, _ := s.InboxList(10)
	if len(items) != 2 || !strings.Contains(items[0].View.Text, "THANKS10") {
		t.Errorf("inbox = %d messages", len(items))
	}
}

func feedbackTemplate(t *testing.T, s *sending.Service) uint64 {
	t.Helper()
	c, err := s.Templates()
	if err != nil {
		t.Fatal(err)
	}
	for _, tp := range c {
		if tp.Category == "feedback" {
			return tp.ID
		}
	}
	t.Fatal("no built-in feedback template")
	return 0
}

func ptr[T any](v T) *T { return &v }

func TestStatusAndAllMessages(t *testing.T) {
	s, ts, changes := start(t)
	tk, _ := ts.Create(tickets.Actor{ID: 1, Name: "Maya"}, tickets.NewTicket{Subject: "Late", CustomerEmail: "ann@example.com", Message: "where?"})
	msg, err := s.Reply(ts, tickets.Actor{ID: 1, Name: "Maya"}, tk.ID, "On its way.")
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, changes, outbox.StateSent)
	all, err := s.Outbox("", 10)
	if err != nil || len(all) != 1 || all[0].ReplyID == 0 || all[0].ID != msg.ID {
		t.Fatalf("all messages = %+v, %v", all, err)
	}
	st, err := s.Status()
	if err != nil || !st.TestMode || st.Failed != 0 || st.Waiting != 0 {
		t.Errorf("status = %+v, %v", st, err)
	}
}

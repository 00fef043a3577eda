package feedback_test

import (
	"strings"
	"testing"
	"time"

	"shopdesk/backend/feedback"
	"shopdesk/backend/outbox"
	"shopdesk/backend/sending/sendingtest"
	"shopdesk/backend/store"
	"shopdesk/backend/templates"
	"shopdesk/backend/testinbox"
	"shopdesk/backend/tickets"
)

func TestFeedbackBatchAsksEachTicketOnce(t *testing.T) {
	d := sendingtest.Start(t)
	ts := d.Tickets
	s := feedback.New(d.DB, ts, d.Sending.Wake)
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
	cands, err := s.Candidates(7, time.Now())
	if err != nil || len(cands) != 2 {
		t.Fatalf("candidates = %+v, %v", cands, err)
	}
	tmpl := feedbackTemplate(t, d.DB)
	if _, err := s.Start("", tmpl, []uint64{ids[0], ids[1]}, by, nil); err == nil || !strings.Contains(err.Error(), "Survey Link") {
		t.Fatalf("a batch with no survey link: %v", err)
	}
	typed := map[string]string{"Survey Link": "https://example.com/s", "Discount Code": "THANKS10"}
	b, err := s.Start("March", tmpl, []uint64{ids[0], ids[1]}, by, typed)
	if err != nil || b.Total != 2 {
		t.Fatalf("batch = %+v, %v", b, err)
	}
	for range 2 {
		d.WaitFor(t, outbox.StateSent)
	}
	if again, _ := s.Candidates(7, time.Now()); len(again) != 0 {
		t.Errorf("asked tickets are still candidates: %+v", again)
	}
	b2, err := s.Start("again", tmpl, []uint64{ids[0], ids[1]}, by, typed)
	if err == nil {
		t.Errorf("a second batch for the same tickets was sent: %+v", b2)
	}
	items, _ := testinbox.Items(d.DB, 10)
	if len(items) != 2 {
		t.Fatalf("inbox = %d messages", len(items))
	}
	if whole, err := testinbox.ItemByID(d.DB, items[0].ID); err != nil || !strings.Contains(whole.View.Text, "THANKS10") {
		t.Errorf("the feedback email = %q, %v; want the code THANKS10 in it", whole.View.Text, err)
	}
}

func feedbackTemplate(t *testing.T, db *store.DB) uint64 {
	t.Helper()
	ts, err := templates.NewService(db)
	if err != nil {
		t.Fatal(err)
	}
	c, err := ts.List()
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

package main

import (
	"context"
	"fmt"
	"path/filepath"
	"sync/atomic"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/app"

	"shopdesk/backend/mail"
	"shopdesk/backend/mail/testinbox"
	"shopdesk/backend/outbox"
	"shopdesk/backend/store"
	"shopdesk/backend/templates"
	"shopdesk/backend/tickets"
)

// mailFigures measures filling a template and a 1,000-recipient feedback
// batch sent to a local go-smtp server over one reused connection, with
// the outbox's bookkeeping (fsync'd commits) included.
func mailFigures(r *report, work string) error {
	var tmpl templates.Template
	for _, t := range templates.Defaults() {
		if t.Category == "feedback" {
			tmpl = t
		}
	}
	values := map[string]string{"Customer Name": "Zoë <Zed> Adams", "Store Name": "Juniper Lane Home",
		"Your Name": "Maya", "Survey Link": "https://survey.example/s/abc?x=1&y=2", "Discount Code": "THANKS-10"}
	fill, err := measure(200, 2000, func() error {
		if _, _, _, missing := templates.Fill(tmpl, values); len(missing) > 0 {
			return fmt.Errorf("fill left %v", missing)
		}
		return nil
	})
	if err != nil {
		return err
	}
	r.add("template_fill_p95", ms(fill.pct(95)), "ms", "<=", 1)

	var rates []float64
	for run := 0; run < 3; run++ {
		rate, err := batchRate(filepath.Join(work, fmt.Sprintf("mail-%d.db", run)), 1000)
		if err != nil {
			return err
		}
		rates = append(rates, rate)
	}
	r.add("feedback_batch_1000_rate_median", median(rates), "msg/s", ">=", 200)
	return batchThroughApp(r, work, 1000)
}

// batchRate queues n feedback messages in one batch and returns messages
// per second from the commit of the batch to the last one marked sent.
func batchRate(path string, n int) (float64, error) {
	db, err := store.Open(path, store.Options{})
	if err != nil {
		return 0, err
	}
	defer db.Close()
	in, err := testinbox.Start(testinbox.Config{Store: &testinbox.Memory{}})
	if err != nil {
		return 0, err
	}
	defer in.Close()
	snd, err := mail.NewSender(in.Settings("Juniper Lane Home", "help@juniper.example"))
	if err != nil {
		return 0, err
	}
	var sent atomic.Int64
	done := make(chan struct{})
	w := outbox.NewWorker(db, snd, outbox.Options{OnChange: func(c outbox.Change) {
		if c.State == outbox.StateSent && sent.Add(1) == int64(n) {
			close(done)
		}
	}})
	ctx, cancel := context.WithCancel(context.Background())
	stopped := make(chan error, 1)
	go func() { stopped <- w.Run(ctx) }()
	defer func() { cancel(); <-stopped }()

	msgs := make([]outbox.Message, n)
	for i := range msgs {
		msgs[i] = outbox.Message{TicketID: uint64(i + 1), To: fmt.Sprintf("customer%d@example.com", i),
			ToName: "Customer", Subject: "We'd love your feedback", Text: "Thank you for shopping with us.",
			HTML: "<p>Thank you for shopping with us.</p>"}
	}
	start := time.Now()
	if err := db.Update(func(tx *bolt.Tx) error {
		_, err := outbox.CreateBatch(tx, outbox.Batch{Name: "bench", TemplateID: 1}, msgs)
		return err
	}); err != nil {
		return 0, err
	}
	w.Wake()
	select {
	case <-done:
	case <-time.After(2 * time.Minute):
		return 0, fmt.Errorf("the batch did not finish in 2 minutes (%d of %d sent)", sent.Load(), n)
	}
	return float64(n) / time.Since(start).Seconds(), nil
}

// eventRecorder is a window runtime that counts mail events.
type eventRecorder struct{ mail atomic.Int64 }

func (e *eventRecorder) Emit(event string, _ any) {
	if event == app.EventMail {
		e.mail.Add(1)
	}
}
func (e *eventRecorder) Quit() {}

// batchThroughApp sends a feedback batch the way the window does and
// measures what the window would feel meanwhile: mail events per second
// (the window re-reads progress on each) and the inbox's first page.
func batchThroughApp(r *report, work string, n int) error {
	path := filepath.Join(work, "window-batch.db")
	db, err := store.Open(path, store.Options{})
	if err != nil {
		return err
	}
	rec := &eventRecorder{}
	a, err := app.New(db, path, nil, app.Options{Runtime: rec})
	if err != nil {
		return err
	}
	defer func() { a.Stop(); db.Close() }()
	a.Users().Cost = 4
	if _, err := a.Session.Setup(app.SetupInput{StoreName: "Juniper Lane Home", Name: "Maya Chen", Email: "maya@juniper.example", Password: "demo-password"}); err != nil {
		return err
	}
	var ids []uint64
	for i := 0; i < n; i++ {
		t, err := a.Tickets.Create(tickets.NewTicket{Subject: "Where is my order?", CustomerEmail: fmt.Sprintf("c%d@example.com", i), Message: "Any news?"})
		if err != nil {
			return err
		}
		if _, err := a.Tickets.Update(t.ID, t.Version, tickets.Change{Status: ptr(tickets.StatusResolved)}); err != nil {
			return err
		}
		ids = append(ids, t.ID)
	}
	var feedback uint64
	list, err := a.Templates.List()
	if err != nil {
		return err
	}
	for _, t := range list {
		if t.Category == "feedback" {
			feedback = t.ID
		}
	}
	before := rec.mail.Load()
	start := time.Now()
	b, err := a.Feedback.Start("bench", feedback, ids, map[string]string{"Survey Link": "https://survey.example/s", "Discount Code": "THANKS-10"})
	if err != nil {
		return err
	}
	var pages timings
	for {
		t0 := time.Now()
		if _, err := a.Tickets.List(tickets.Query{View: tickets.ViewAll}); err != nil {
			return err
		}
		pages = append(pages, time.Since(t0))
		p, err := a.Feedback.Batch(b.ID)
		if err != nil {
			return err
		}
		if p.Waiting == 0 {
			break
		}
		if time.Since(start) > 2*time.Minute {
			return fmt.Errorf("the batch did not finish in 2 minutes")
		}
		time.Sleep(5 * time.Millisecond) // pace the probe like a person clicking around
	}
	// Let the trailing event of the last interval arrive, and count it
	// over the whole time the window was being told things.
	time.Sleep(150 * time.Millisecond)
	events := float64(rec.mail.Load()-before) / time.Since(start).Seconds()
	r.add("mail_events_per_s_during_batch", events, "/s", "<=", 10)
	r.add("inbox_page_p95_during_batch", ms(pages.pct(95)), "ms", "<=", 10)
	return nil
}

func ptr[T any](v T) *T { return &v }

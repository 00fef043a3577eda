package outbox

import (
	"context"
	"fmt"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/mail"
	"shopdesk/backend/mail/mailtest"
	"shopdesk/backend/store"
)

// BenchmarkBatch1000 sends a 1,000-recipient feedback batch to a local
// go-smtp server over one reused connection, with the outbox's bookkeeping
// (creating the batch, committing "sending" and "sent" with fsync) included.
// The sub-benchmarks show what the group size buys: each group costs one
// commit, and a crash can leave one group uncertain.
func BenchmarkBatch1000(b *testing.B) {
	for _, group := range []int{1, 4, DefaultGroupSize, 32} {
		b.Run(fmt.Sprintf("group=%d", group), func(b *testing.B) { benchBatch(b, group) })
	}
}

func benchBatch(b *testing.B, group int) {
	const n = 1000
	srv := mailtest.Start(b)
	st := srv.Settings()
	msgs := make([]Message, n)
	for i := range msgs {
		msgs[i] = Message{TicketID: uint64(i + 1), To: fmt.Sprintf("c%d@example.com", i), ToName: "Customer",
			Subject: "We'd love your feedback on your recent experience!",
			Text:    "Dear Customer,\n\nThank you for shopping with Leaf & Co! Please take a moment to complete this short survey: https://survey.example/s/abc.\n\nBest regards,\nSam",
			HTML:    "<!DOCTYPE html><html><body><p>Dear Customer,</p><p>Thank you for shopping with Leaf &amp; Co!</p></body></html>"}
	}
	var elapsed time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		db, err := store.Open(filepath.Join(b.TempDir(), "shopdesk.db"), store.Options{}) // fsync on
		if err != nil {
			b.Fatal(err)
		}
		sender, _ := mail.NewSender(st)
		var sent atomic.Int64
		done := make(chan struct{})
		w := NewWorker(db, sender, Options{GroupSize: group, OnChange: func(c Change) {
			if c.State == StateSent && sent.Add(1) == n {
				close(done)
			}
		}})
		conns := srv.Connections()
		ctx, cancel := context.WithCancel(context.Background())
		b.StartTimer()

		start := time.Now()
		err = db.Update(func(tx *bolt.Tx) error { _, err := CreateBatch(tx, Batch{Name: "bench"}, msgs); return err })
		if err != nil {
			b.Fatal(err)
		}
		ran := make(chan error, 1)
		go func() { ran <- w.Run(ctx) }()
		<-done
		elapsed += time.Since(start)

		b.StopTimer()
		cancel()
		if err := <-ran; err != nil {
			b.Fatal(err)
		}
		if c := srv.Connections() - conns; c != 1 {
			b.Fatalf("%d connections for one batch, want 1", c)
		}
		db.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(n*b.N)/elapsed.Seconds(), "msgs/s")
	b.ReportMetric(0, "ns/op")
}

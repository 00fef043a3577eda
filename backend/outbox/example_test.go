package outbox_test

import (
	"fmt"
	"os"
	"path/filepath"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/outbox"
	"shopdesk/backend/store"
)

func ExampleCreateBatch() {
	dir, _ := os.MkdirTemp("", "shopdesk-example")
	defer os.RemoveAll(dir)
	db, err := store.Open(filepath.Join(dir, "shopdesk.db"), store.Options{NoSync: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer db.Close()

	ask := func(name string, tickets ...uint64) {
		var msgs []outbox.Message
		for _, t := range tickets {
			msgs = append(msgs, outbox.Message{TicketID: t, To: fmt.Sprintf("customer%d@example.com", t),
				Subject: "We'd love your feedback on your recent experience!", Text: "…"})
		}
		err := db.Update(func(tx *bolt.Tx) error {
			b, err := outbox.CreateBatch(tx, outbox.Batch{Name: name}, msgs)
			if err == nil {
				fmt.Printf("%s: asking %v, skipped %v, %d waiting\n", b.Name, b.TicketIDs, b.SkippedTicketIDs, b.Waiting)
			}
			return err
		})
		if err != nil {
			fmt.Printf("%s: %v\n", name, err)
		}
	}
	ask("March", 1041, 1042, 1043)
	ask("April", 1042, 1044)
	ask("May", 1041, 1044)
	// Output:
	// March: asking [1041 1042 1043], skipped [], 3 waiting
	// April: asking [1044], skipped [1042], 1 waiting
	// May: every customer in this batch was already asked for feedback about these tickets: nothing to send
}

package testinbox_test

import (
	"fmt"
	"os"
	"path/filepath"
	"time"

	smtpinbox "shopdesk/backend/mail/testinbox"
	"shopdesk/backend/store"
	"shopdesk/backend/testinbox"
)

// The inbox keeps the newest messages within its limits and counts what
// it let go, so the inbox view can say so.
func ExampleNewStoreWithLimits() {
	dir, _ := os.MkdirTemp("", "shopdesk-example")
	defer os.RemoveAll(dir)
	db, err := store.Open(filepath.Join(dir, "shop.db"), store.Options{NoSync: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer db.Close()
	s := testinbox.NewStoreWithLimits(db, testinbox.Limits{MaxMessages: 2})
	for _, subject := range []string{"one", "two", "three"} {
		_, _ = s.Add(smtpinbox.Received{Data: []byte("Subject: " + subject + "\r\n\r\nhi\r\n"), ReceivedAt: time.Now()})
	}
	items, _ := testinbox.Items(db, 0)
	for _, it := range items {
		fmt.Println(it.View.Subject)
	}
	n, _ := testinbox.ReadNotice(db, testinbox.DefaultLimits)
	fmt.Println("dropped:", n.Dropped.Count)
	// Output:
	// three
	// two
	// dropped: 1
}

package outbox

import (
	"context"
	"errors"
	"testing"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/mail"
	"shopdesk/backend/mail/testinbox"
)

func TestInboxStoreKeepsTestMessagesInTheDataFile(t *testing.T) {
	db := openDB(t, store0())
	received := make(chan testinbox.Received, 2)
	in, err := testinbox.Start(testinbox.Config{Store: NewInboxStore(db), OnReceive: func(r testinbox.Received) { received <- r }})
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	for _, to := range []string{"a@example.com", "b@example.com"} {
		if err := mail.TestSend(context.Background(), in.Settings("Shop", "shop@leaf.example"), to); err != nil {
			t.Fatal(err)
		}
		<-received
	}
	err = db.View(func(tx *bolt.Tx) error {
		list, err := InboxList(tx, 0)
		if err != nil {
			return err
		}
		if len(list) != 2 || list[0].To[0] != "b@example.com" {
			t.Fatalf("InboxList = %d messages, newest to %v", len(list), list[0].To)
		}
		got, err := InboxGet(tx, list[1].ID)
		if err != nil || got.To[0] != "a@example.com" {
			t.Fatalf("InboxGet = %+v, %v", got, err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Update(InboxClear); err != nil {
		t.Fatal(err)
	}
	err = db.View(func(tx *bolt.Tx) error { _, err := InboxGet(tx, 1); return err })
	if !errors.Is(err, testinbox.ErrNotFound) {
		t.Fatalf("after clear: %v", err)
	}
}

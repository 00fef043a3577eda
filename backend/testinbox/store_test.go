package testinbox_test

import (
	"context"
	"errors"
	"testing"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/mail"
	smtpinbox "shopdesk/backend/mail/testinbox"
	"shopdesk/backend/store/storetest"
	"shopdesk/backend/testinbox"
)

func TestStoreKeepsTestMessagesInTheDataFile(t *testing.T) {
	db := storetest.Open(t)
	received := make(chan smtpinbox.Received, 2)
	in, err := smtpinbox.Start(smtpinbox.Config{Store: testinbox.NewStore(db), OnReceive: func(r smtpinbox.Received) { received <- r }})
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
		list, err := testinbox.List(tx, 0)
		if err != nil {
			return err
		}
		if len(list) != 2 || list[0].To[0] != "b@example.com" {
			t.Fatalf("List = %d messages, newest to %v", len(list), list[0].To)
		}
		got, err := testinbox.Get(tx, list[1].ID)
		if err != nil || got.To[0] != "a@example.com" {
			t.Fatalf("Get = %+v, %v", got, err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	items, err := testinbox.Items(db, 10)
	if err != nil || len(items) != 2 || items[0].View.Subject == "" {
		t.Fatalf("Items = %+v, %v", items, err)
	}
	if err := db.Update(testinbox.Clear); err != nil {
		t.Fatal(err)
	}
	err = db.View(func(tx *bolt.Tx) error { _, err := testinbox.Get(tx, 1); return err })
	if !errors.Is(err, smtpinbox.ErrNotFound) {
		t.Fatalf("after clear: %v", err)
	}
}

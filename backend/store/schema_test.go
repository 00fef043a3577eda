package store_test

import (
	"testing"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/store/storetest"
)

func TestTheUnusedCustomerNameIndexIsGone(t *testing.T) {
	db := storetest.Open(t)
	err := db.View(func(tx *bolt.Tx) error {
		if tx.Bucket([]byte("cust_name")) != nil {
			t.Error("a new data file still has the unused cust_name bucket")
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

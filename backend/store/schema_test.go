package store_test

import (
	"os"
	"path/filepath"
	"testing"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/store"
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

func TestTheShopIDFollowsTheFile(t *testing.T) {
	dir := t.TempDir()
	db, err := store.Open(filepath.Join(dir, "shop.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	id, err := db.ShopID()
	if err != nil || len(id) != 32 {
		t.Fatalf("ShopID = %q, %v", id, err)
	}
	db.Close()
	if err := os.Rename(filepath.Join(dir, "shop.db"), filepath.Join(dir, "moved.db")); err != nil {
		t.Fatal(err)
	}
	moved := storetest.OpenAt(t, filepath.Join(dir, "moved.db"))
	if again, err := moved.ShopID(); err != nil || again != id {
		t.Errorf("after a move ShopID = %q, %v; want %q", again, err, id)
	}
}

package store_test

import (
	"fmt"
	"os"
	"path/filepath"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/store"
)

func Example() {
	dir, _ := os.MkdirTemp("", "shopdesk")
	defer os.RemoveAll(dir)
	db, err := store.Open(filepath.Join(dir, "shop.db"), store.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer db.Close()
	_ = db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(store.BucketSettings).Put([]byte("greeting"), []byte("hello"))
	})
	_ = db.View(func(tx *bolt.Tx) error {
		fmt.Println(string(tx.Bucket(store.BucketSettings).Get([]byte("greeting"))))
		return nil
	})
	// Output: hello
}

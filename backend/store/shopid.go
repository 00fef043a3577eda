package store

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

var keyShopID = []byte("shop_id")

// ShopID is this data file's own random ID, made the first time it is
// asked for and kept in the file: it follows the file when it is copied or
// moved, so what is kept outside the file (the mail password in the
// keyring) can be found again by it, not by the file's path.
func (db *DB) ShopID() (string, error) {
	var id string
	_ = db.bolt.View(func(tx *bolt.Tx) error { id = string(tx.Bucket(bucketMeta).Get(keyShopID)); return nil })
	if id != "" {
		return id, nil
	}
	err := db.bolt.Update(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		if v := meta.Get(keyShopID); v != nil { // made meanwhile
			id = string(v)
			return nil
		}
		b := make([]byte, 16)
		if _, err := rand.Read(b); err != nil {
			return err
		}
		id = hex.EncodeToString(b)
		return meta.Put(keyShopID, []byte(id))
	})
	if err != nil {
		return "", fmt.Errorf("give the data file its ID: %w", err)
	}
	return id, nil
}

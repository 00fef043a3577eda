package store

import (
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Migration moves the schema one version forward. Migrations run in order,
// all in one transaction, after the file has been backed up.
type Migration struct {
	Name  string
	Apply func(tx *bolt.Tx) error
}

// SchemaVersion is the version this build writes.
func SchemaVersion() int { return len(Schema) }

func (db *DB) version(tx *bolt.Tx) int {
	return int(ParseU64(tx.Bucket(bucketMeta).Get(keySchemaVer)))
}

// Version reports the schema version stored in the file.
func (db *DB) Version() (v int) {
	_ = db.bolt.View(func(tx *bolt.Tx) error { v = db.version(tx); return nil })
	return v
}

func (db *DB) migrate() error {
	var have int
	_ = db.bolt.View(func(tx *bolt.Tx) error { have = db.version(tx); return nil })
	if have > len(db.migrations) {
		return ErrTooNew
	}
	if have == len(db.migrations) {
		return nil
	}
	if have > 0 {
		backup := fmt.Sprintf("%s.v%d-%s.bak", db.path, have, time.Now().UTC().Format("20060102T150405"))
		if err := db.Backup(backup); err != nil {
			return err
		}
	}
	return db.bolt.Update(func(tx *bolt.Tx) error {
		for i := have; i < len(db.migrations); i++ {
			if err := db.migrations[i].Apply(tx); err != nil {
				return fmt.Errorf("upgrade the data file (%s): %w", db.migrations[i].Name, err)
			}
		}
		return tx.Bucket(bucketMeta).Put(keySchemaVer, U64(uint64(len(db.migrations))))
	})
}

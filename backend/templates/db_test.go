package templates

import (
	"path/filepath"
	"testing"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/store"
)

// openDB opens a fresh store in a temp folder and checks its integrity when
// the test ends.
func openDB(t testing.TB) *store.DB {
	t.Helper()
	db, err := store.Open(filepath.Join(t.TempDir(), "shopdesk.db"), store.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := db.Check(); err != nil {
			t.Error(err)
		}
		db.Close()
	})
	return db
}

func update[T any](t testing.TB, db *store.DB, fn func(tx *bolt.Tx) (T, error)) (T, error) {
	t.Helper()
	var out T
	err := db.Update(func(tx *bolt.Tx) error {
		var err error
		out, err = fn(tx)
		return err
	})
	return out, err
}

// Package storetest opens throw-away data files for tests: each in its own
// temp folder, checked for integrity when the test ends.
package storetest

import (
	"path/filepath"
	"testing"

	"shopdesk/backend/store"
)

// Open returns a fresh data file that is closed and checked on cleanup.
func Open(t testing.TB) *store.DB {
	t.Helper()
	return OpenAt(t, filepath.Join(t.TempDir(), "shop.db"))
}

// OpenAt opens the data file at path, closed and checked on cleanup.
func OpenAt(t testing.TB, path string) *store.DB {
	t.Helper()
	db, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatalf("open data file: %v", err)
	}
	t.Cleanup(func() {
		if err := db.Check(); err != nil {
			t.Errorf("integrity: %v", err)
		}
		db.Close()
	})
	return db
}

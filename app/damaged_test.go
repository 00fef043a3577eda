package app_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"shopdesk/app"
	"shopdesk/backend/store"
)

func TestADamagedFileOpensTheDamagedScreen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "shop.db")
	db, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	whole, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// A copy that stopped half way.
	if err := os.WriteFile(path, whole[:len(whole)/2], 0o600); err != nil {
		t.Fatal(err)
	}
	db, openErr := store.Open(path, store.Options{})
	if db != nil || openErr == nil {
		t.Fatal("the cut-short file opened")
	}
	a, err := app.New(nil, path, openErr, app.Options{})
	if err != nil {
		t.Fatal(err)
	}
	st, err := a.Session.State()
	if err != nil {
		t.Fatal(err)
	}
	if st.OpenErrorKind != "damaged" || !strings.Contains(st.OpenError, "cut short") {
		t.Errorf("state = kind %q, %q; want the damaged screen saying the file is cut short", st.OpenErrorKind, st.OpenError)
	}
}

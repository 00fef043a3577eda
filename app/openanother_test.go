package app_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"shopdesk/app"
	"shopdesk/backend/store"
)

func TestADamagedFileIsShownAsDamaged(t *testing.T) {
	path := filepath.Join(t.TempDir(), "shop.db")
	db, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	cut := filepath.Join(t.TempDir(), "cut.db")
	if err := os.WriteFile(cut, raw[:len(raw)/2], 0o600); err != nil {
		t.Fatal(err)
	}
	_, openErr := store.Open(cut, store.Options{})
	a, err := app.New(nil, cut, openErr, app.Options{})
	if err != nil {
		t.Fatal(err)
	}
	st, err := a.Session.State()
	if err != nil || st.OpenErrorKind != app.OpenErrorDamaged || !strings.Contains(st.OpenError, "did not change it") {
		t.Errorf("state = %+v, %v; want the damage, and that the file was not changed", st, err)
	}
	// Tests have no window: the dialog cannot open, and it says so.
	if _, err := a.Session.OpenAnother(); err == nil || !strings.Contains(err.Error(), "try again") {
		t.Errorf("OpenAnother without a window = %v", err)
	}
}

func TestRestartKeepsEveryFlagButTheDataFile(t *testing.T) {
	for _, c := range []struct{ in, want []string }{
		{nil, []string{"--data", "/b.db"}},
		{[]string{"--data", "/a.db", "--allow-crash-test"}, []string{"--allow-crash-test", "--data", "/b.db"}},
		{[]string{"-data=/a.db", "--demo"}, []string{"--data", "/b.db"}},
	} {
		if got := app.RestartArgs(c.in, "/b.db"); !slices.Equal(got, c.want) {
			t.Errorf("RestartArgs(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

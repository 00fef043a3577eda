package store_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/store"
	"shopdesk/backend/store/storetest"
)

func TestOpenCreatesFileAndStampsIt(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "shop.db")
	db, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := db.Version(); got != store.SchemaVersion() {
		t.Errorf("version = %d, want %d", got, store.SchemaVersion())
	}
	db.Close()
	// Reopening the same file works and keeps the version.
	db, err = store.Open(path, store.Options{})
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer db.Close()
	if err := db.Check(); err != nil {
		t.Fatal(err)
	}
}

func TestSecondOpenSaysAlreadyOpen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "shop.db")
	db := storetest.OpenAt(t, path)
	_ = db
	start := time.Now()
	_, err := store.Open(path, store.Options{LockTimeout: 200 * time.Millisecond})
	if !errors.Is(err, store.ErrLocked) {
		t.Fatalf("second open: err = %v, want ErrLocked", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("second open took %v; it must give up quickly", d)
	}
}

func TestForeignFilesAreRefusedAndLeftAlone(t *testing.T) {
	dir := t.TempDir()
	// A bbolt file from some other program.
	other := filepath.Join(dir, "other.db")
	b, err := bolt.Open(other, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	b.Update(func(tx *bolt.Tx) error { _, err := tx.CreateBucket([]byte("widgets")); return err })
	b.Close()

	cases := map[string][]byte{
		"text file":      []byte("name,email\nann,ann@example.com\n"),
		"random bytes":   bytes.Repeat([]byte{0xde, 0xad, 0xbe, 0xef}, 5000),
		"one byte":       {0x01},
		"other bbolt db": mustRead(t, other),
	}
	for name, content := range cases {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(dir, name+".db")
			if err := os.WriteFile(path, content, 0o600); err != nil {
				t.Fatal(err)
			}
			_, err := store.Open(path, store.Options{})
			if !errors.Is(err, store.ErrNotShopdesk) {
				t.Fatalf("err = %v, want ErrNotShopdesk", err)
			}
			if got := mustRead(t, path); !bytes.Equal(got, content) {
				t.Errorf("the file was changed (%d bytes before, %d after)", len(content), len(got))
			}
		})
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestMigrationsRunInOrderAfterABackup(t *testing.T) {
	path := filepath.Join(t.TempDir(), "shop.db")
	var ran []string
	step := func(name string) store.Migration {
		return store.Migration{Name: name, Apply: func(tx *bolt.Tx) error {
			ran = append(ran, name)
			_, err := tx.CreateBucketIfNotExists([]byte(name))
			return err
		}}
	}
	v1 := []store.Migration{step("one")}
	db, err := store.Open(path, store.Options{Migrations: v1})
	if err != nil {
		t.Fatal(err)
	}
	db.Close()

	v3 := append(v1, step("two"), step("three"))
	db, err = store.Open(path, store.Options{Migrations: v3})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if want := []string{"one", "two", "three"}; !equal(ran, want) {
		t.Errorf("ran %v, want %v", ran, want)
	}
	if db.Version() != 3 {
		t.Errorf("version = %d, want 3", db.Version())
	}
	backups, _ := filepath.Glob(path + ".v1-*.bak")
	if len(backups) != 1 {
		t.Fatalf("want one backup of the v1 file, found %v", backups)
	}
	old, err := store.Open(backups[0], store.Options{Migrations: v1})
	if err != nil {
		t.Fatalf("the backup does not open: %v", err)
	}
	old.Close()
}

func TestFailedMigrationLeavesTheFileAsItWas(t *testing.T) {
	path := filepath.Join(t.TempDir(), "shop.db")
	v1 := []store.Migration{{Name: "one", Apply: func(tx *bolt.Tx) error { _, err := tx.CreateBucket([]byte("one")); return err }}}
	db, err := store.Open(path, store.Options{Migrations: v1})
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	broken := append(v1, store.Migration{Name: "two", Apply: func(tx *bolt.Tx) error {
		tx.CreateBucket([]byte("two"))
		return errors.New("boom")
	}})
	if _, err := store.Open(path, store.Options{Migrations: broken}); err == nil {
		t.Fatal("a failing migration must fail Open")
	}
	db, err = store.Open(path, store.Options{Migrations: v1})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if db.Version() != 1 {
		t.Errorf("version = %d after a failed upgrade, want 1", db.Version())
	}
	db.View(func(tx *bolt.Tx) error {
		if tx.Bucket([]byte("two")) != nil {
			t.Error("half a migration was kept")
		}
		return nil
	})
}

func TestNewerFileIsRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "shop.db")
	two := []store.Migration{{Name: "a", Apply: func(*bolt.Tx) error { return nil }}, {Name: "b", Apply: func(*bolt.Tx) error { return nil }}}
	db, err := store.Open(path, store.Options{Migrations: two})
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	if _, err := store.Open(path, store.Options{Migrations: two[:1]}); !errors.Is(err, store.ErrTooNew) {
		t.Fatalf("err = %v, want ErrTooNew", err)
	}
}

func TestBackupIsAUsableCopy(t *testing.T) {
	db := storetest.Open(t)
	db.Update(func(tx *bolt.Tx) error { return tx.Bucket(store.BucketSettings).Put([]byte("k"), []byte("v")) })
	dst := filepath.Join(t.TempDir(), "copy.db")
	if err := db.Backup(dst); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(dst + ".part"); !os.IsNotExist(err) {
		t.Error("the temporary .part file was left behind")
	}
	cp := storetest.OpenAt(t, dst)
	cp.View(func(tx *bolt.Tx) error {
		if string(tx.Bucket(store.BucketSettings).Get([]byte("k"))) != "v" {
			t.Error("the backup lacks the data")
		}
		return nil
	})
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

package store_test

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/store"
)

// goodFile writes a closed Shopdesk file with enough records for its
// buckets to span many pages, and returns its path and bytes.
func goodFile(t *testing.T) (string, []byte) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "good.db")
	db, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		for _, name := range []string{"tickets", "customers", "notes"} {
			b, err := tx.CreateBucketIfNotExists([]byte(name))
			if err != nil {
				return err
			}
			for i := range 3000 {
				if err := b.Put(store.U64(uint64(i)), bytes.Repeat([]byte(name), 20)); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return path, raw
}

// damagedCopy writes raw, changed by damage, next to the good file.
func damagedCopy(t *testing.T, raw []byte, damage func([]byte) []byte) (string, []byte) {
	t.Helper()
	bad := damage(bytes.Clone(raw))
	path := filepath.Join(t.TempDir(), "copy.db")
	if err := os.WriteFile(path, bad, 0o600); err != nil {
		t.Fatal(err)
	}
	return path, bad
}

const ps = 4096

func TestDamagedFilesAreRefusedAndLeftAsTheyWere(t *testing.T) {
	goodPath, good := goodFile(t)
	garbage := func(b []byte, page int) {
		r := rand.New(rand.NewPCG(1, uint64(page)))
		for i := page * ps; i < (page+1)*ps; i++ {
			b[i] = byte(r.Uint32())
		}
	}
	cases := []struct {
		name, want string
		damage     func([]byte) []byte
	}{
		{"truncated to half", "cut short", func(b []byte) []byte { return b[:len(b)/2] }},
		{"truncated to the header pages", "cut short", func(b []byte) []byte { return b[:2*ps] }},
		{"both header pages fail their checksum", "checksum", func(b []byte) []byte {
			clear(b[16+8 : ps]) // page 0 keeps only bbolt's magic and version
			b[ps+16+60] ^= 0xff // page 1's checksum is off
			return b
		}},
		{"garbage from page 2 on", "page", func(b []byte) []byte {
			for p := 2; p < len(b)/ps; p++ {
				garbage(b, p)
			}
			return b
		}},
		{"zeroed from page 2 on", "page", func(b []byte) []byte { clear(b[2*ps:]); return b }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path, before := damagedCopy(t, good, c.damage)
			db, err := store.Open(path, store.Options{})
			if err == nil {
				db.Close()
				t.Fatal("a damaged file opened")
			}
			var de *store.DamageError
			if !errors.Is(err, store.ErrDamaged) || !errors.As(err, &de) {
				t.Fatalf("Open = %v, want a DamageError", err)
			}
			if !strings.Contains(de.Detail, c.want) || !strings.Contains(err.Error(), "not changed") || !strings.Contains(err.Error(), "open another file") {
				t.Errorf("the error should say what is wrong (%q), that the file was not changed, and what to do: %v", c.want, err)
			}
			if after, _ := os.ReadFile(path); !bytes.Equal(after, before) {
				t.Error("a failed open changed the damaged file")
			}
			if after, _ := os.ReadFile(goodPath); !bytes.Equal(after, good) {
				t.Error("the good file changed")
			}
		})
	}
}

// Each damaged page the check reaches is reported, never a panic.
func TestAGarbagePageAnywhereIsAnErrorNotAPanic(t *testing.T) {
	_, good := goodFile(t)
	// Every few pages: root, branches, leaves, the free list, overflow.
	for p := 2; p < len(good)/ps; p += 1 + len(good)/ps/40 {
		path, before := damagedCopy(t, good, func(b []byte) []byte {
			r := rand.New(rand.NewPCG(2, uint64(p)))
			for i := p * ps; i < (p+1)*ps; i++ {
				b[i] = byte(r.Uint32())
			}
			return b
		})
		err := store.Safely(func() error {
			db, err := store.Open(path, store.Options{})
			if err != nil {
				return err
			}
			defer db.Close()
			// What start-up reads next: every record.
			return db.View(func(tx *bolt.Tx) error {
				return tx.ForEach(func(name []byte, b *bolt.Bucket) error {
					return b.ForEach(func(k, v []byte) error { return nil })
				})
			})
		})
		if err != nil && !errors.Is(err, store.ErrDamaged) && !errors.Is(err, store.ErrNotShopdesk) {
			t.Errorf("page %d: %v", p, err)
		}
		if err != nil {
			if after, _ := os.ReadFile(path); !bytes.Equal(after, before) {
				t.Errorf("page %d: a failed open changed the file", p)
			}
		}
	}
}

func TestATornHeaderPageStillOpens(t *testing.T) {
	_, good := goodFile(t)
	path, _ := damagedCopy(t, good, func(b []byte) []byte { clear(b[:ps]); return b })
	db, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatalf("bbolt keeps two header pages so one torn write is survived: %v", err)
	}
	defer db.Close()
	if v := db.Version(); v != store.SchemaVersion() {
		t.Errorf("version %d after falling back to the other header page", v)
	}
}

func TestSafelyTurnsAFaultIntoADamageError(t *testing.T) {
	path, _ := goodFile(t)
	db, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	// Cut the file short under the open map: reading past the end faults.
	if err := os.Truncate(path, 3*ps); err != nil {
		t.Fatal(err)
	}
	err = store.Safely(func() error {
		return db.View(func(tx *bolt.Tx) error {
			return tx.Bucket([]byte("notes")).ForEach(func(k, v []byte) error { return nil })
		})
	})
	if !errors.Is(err, store.ErrDamaged) {
		t.Errorf("Safely = %v, want a DamageError", err)
	}
	if err := store.Safely(func() error { panic("bad page") }); !errors.Is(err, store.ErrDamaged) || !strings.Contains(err.Error(), "bad page") {
		t.Errorf("Safely(panic) = %v", err)
	}
}

// A record bigger than the check reads in one go is left to bbolt.
func TestAFileWithAHugeRecordOpens(t *testing.T) {
	path := filepath.Join(t.TempDir(), "big.db")
	db, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucket([]byte("files"))
		if err != nil {
			return err
		}
		return b.Put([]byte("big"), bytes.Repeat([]byte("x"), 5<<20))
	})
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	db, err = store.Open(path, store.Options{})
	if err != nil {
		t.Fatalf("a healthy file with a 5 MB record: %v", err)
	}
	db.Close()
}

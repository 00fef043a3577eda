package store_test

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/store"
)

// shopFile writes a real Shopdesk file with a bucket big enough to span
// many pages, and returns its path, its bytes, its page size and one leaf
// page of that bucket that is not the root of anything.
func shopFile(t *testing.T) (path string, content []byte, pageSize int, deepLeaf int) {
	path, content, pageSize, deepLeaf, _ = shopFileRoot(t)
	return
}

// shopFileRoot is shopFile, and the page of the root bucket (the list of
// top-level buckets).
func shopFileRoot(t *testing.T) (path string, content []byte, pageSize int, deepLeaf int, rootPage int) {
	t.Helper()
	path = filepath.Join(t.TempDir(), "shop.db")
	db, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucket([]byte("things"))
		if err != nil {
			return err
		}
		for i := range 3000 {
			if err := b.Put(fmt.Appendf(nil, "key-%06d", i), bytes.Repeat([]byte{'v'}, 100)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	db.View(func(tx *bolt.Tx) error {
		root := int(tx.Bucket([]byte("things")).Root())
		rootPage = int(tx.Cursor().Bucket().Root())
		for id := 2; ; id++ {
			p, err := tx.Page(id)
			if err != nil || p == nil {
				break
			}
			if p.Type == "leaf" && id != root && id != rootPage {
				deepLeaf = id
			}
		}
		return nil
	})
	pageSize = db.Bolt().Info().PageSize
	db.Close()
	if deepLeaf == 0 {
		t.Fatal("the sample file has no deep leaf page")
	}
	return path, mustRead(t, path), pageSize, deepLeaf, rootPage
}

func TestDamagedFilesAreRefusedAndLeftAlone(t *testing.T) {
	_, good, ps, _, root := shopFileRoot(t)
	garbage := func(b []byte, at, n int) {
		rnd := rand.New(rand.NewPCG(7, uint64(at)))
		for i := at; i < at+n && i < len(b); i++ {
			b[i] = byte(rnd.Uint32())
		}
	}
	cases := map[string]func(b []byte) []byte{
		"cut to half its length":       func(b []byte) []byte { return b[:len(b)/2] },
		"cut inside the first page":    func(b []byte) []byte { return b[:200] },
		"both header pages zeroed":     func(b []byte) []byte { clear(b[:2*ps]); return b },
		"first header page zeroed":     func(b []byte) []byte { clear(b[:ps]); return b },
		"second header page zeroed":    func(b []byte) []byte { clear(b[ps : 2*ps]); return b },
		"the whole file zeroed":        func(b []byte) []byte { clear(b); return b },
		"garbage over the bucket list": func(b []byte) []byte { garbage(b, root*ps, ps); return b },
		"bucket list's flags changed":  func(b []byte) []byte { b[root*ps+8] = 0x40; return b },
	}
	for name, damage := range cases {
		t.Run(name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "damaged.db")
			content := damage(bytes.Clone(good))
			if err := os.WriteFile(p, content, 0o600); err != nil {
				t.Fatal(err)
			}
			db, err := store.Open(p, store.Options{})
			if err == nil {
				db.Close()
				t.Fatal("a damaged file opened")
			}
			var de *store.DamageError
			if !errors.Is(err, store.ErrDamaged) || !errors.As(err, &de) {
				t.Fatalf("err = %v, want a DamageError", err)
			}
			if de.Detail == "" {
				t.Error("the error does not say what is wrong")
			}
			if got := mustRead(t, p); !bytes.Equal(got, content) {
				t.Errorf("the damaged file was changed")
			}
		})
	}
}

func TestGoodFileIsByteIdenticalAfterOpenAndClose(t *testing.T) {
	path, good, _, _ := shopFile(t)
	db, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	if !bytes.Equal(mustRead(t, path), good) {
		t.Error("opening a good, current file wrote to it")
	}
}

func TestAHeaderPageCutShortByAPowerCutStillOpens(t *testing.T) {
	path, good, ps, _ := shopFile(t)
	// Break the checksum of the newer header page only: bbolt falls back
	// to the other one, as it is designed to after an interrupted write.
	b := bytes.Clone(good)
	newer := 0
	if txid(b[1*ps:]) > txid(b) {
		newer = ps
	}
	b[newer+16+56] ^= 0xff
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	db, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatalf("open after a torn header write: %v", err)
	}
	defer db.Close()
	if err := db.Check(); err != nil {
		t.Fatal(err)
	}
}

func txid(page []byte) uint64 {
	var v uint64
	for i := 7; i >= 0; i-- {
		v = v<<8 | uint64(page[16+48+i])
	}
	return v
}

func TestGarbageDeepInTheFileIsADamageErrorNotACrash(t *testing.T) {
	path, good, ps, leaf := shopFile(t)
	b := bytes.Clone(good)
	rnd := rand.New(rand.NewPCG(1, 2))
	for i := leaf * ps; i < (leaf+1)*ps; i++ {
		b[i] = byte(rnd.Uint32())
	}
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	// The start-up check reads only the top of the tree, so this opens.
	db, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	defer db.Close()
	err = store.Safely(func() error {
		return db.View(func(tx *bolt.Tx) error {
			n := 0
			return tx.Bucket([]byte("things")).ForEach(func(k, v []byte) error { n += len(k) + len(v); return nil })
		})
	})
	if !errors.Is(err, store.ErrDamaged) {
		t.Fatalf("reading the damaged page: err = %v, want ErrDamaged", err)
	}
	if !bytes.Equal(mustRead(t, path), b) {
		t.Error("the file was changed")
	}
}

func TestSafelyTurnsAMemoryFaultIntoADamageError(t *testing.T) {
	err := store.Safely(func() error {
		var p *[4]byte
		_ = p[1]
		return nil
	})
	if !errors.Is(err, store.ErrDamaged) {
		t.Fatalf("err = %v, want ErrDamaged", err)
	}
}

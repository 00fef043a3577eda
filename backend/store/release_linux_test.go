package store_test

import (
	"bytes"
	"os"
	"strconv"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/store"
	"shopdesk/backend/store/storetest"
)

// rssFileKB is this process's resident memory backed by files.
func rssFileKB(t *testing.T) int {
	t.Helper()
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Skip("no /proc/self/status")
	}
	for _, l := range strings.Split(string(b), "\n") {
		if f := strings.Fields(l); len(f) >= 2 && f[0] == "RssFile:" {
			n, _ := strconv.Atoi(f[1])
			return n
		}
	}
	t.Skip("no RssFile in /proc/self/status")
	return 0
}

func TestReleasePagesKeepsTheDataAndGivesBackTheMemory(t *testing.T) {
	db := storetest.Open(t)
	value := bytes.Repeat([]byte("x"), 3000)
	for batch := 0; batch < 8; batch++ {
		err := db.Update(func(tx *bolt.Tx) error {
			b := tx.Bucket(store.BucketSettings)
			for i := 0; i < 1000; i++ {
				if err := b.Put(store.U64(uint64(batch*1000+i)), value); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	readAll := func() {
		t.Helper()
		err := db.View(func(tx *bolt.Tx) error {
			n := 0
			err := tx.Bucket(store.BucketSettings).ForEach(func(k, v []byte) error {
				if !bytes.Equal(v, value) {
					t.Fatalf("key %x reads back wrong", k)
				}
				n++
				return nil
			})
			if n != 8000 {
				t.Errorf("read %d values, want 8000", n)
			}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	readAll()
	before := rssFileKB(t)
	if err := db.ReleasePages(); err != nil {
		t.Fatal(err)
	}
	after := rssFileKB(t)
	t.Logf("file-backed memory: %d KB before, %d KB after", before, after)
	// About 24 MB were mapped by the read; most of it must go.
	if before-after < 16_000 {
		t.Errorf("file-backed memory went from %d to %d KB, want at least 16 MB released", before, after)
	}
	readAll()
}

package store

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// Magic marks a bbolt file as Shopdesk's own.
var magic = []byte("shopdesk")

var (
	bucketMeta   = []byte("meta")
	keyMagic     = []byte("magic")
	keySchemaVer = []byte("schema")
)

// DB is an open Shopdesk data file. It is safe for concurrent use.
type DB struct {
	bolt       *bolt.DB
	path       string
	migrations []Migration
}

// Options tune Open. The zero value is what the app uses.
type Options struct {
	// LockTimeout bounds the wait for another process's file lock (default 1s).
	LockTimeout time.Duration
	// NoSync skips fsync on commit; only for generating throw-away sample data.
	NoSync bool
	// Migrations replaces Schema; only tests set it.
	Migrations []Migration
}

// Open opens or creates the data file at path, refuses files that are not
// Shopdesk's, and brings the schema up to date (backing the file up first).
func Open(path string, opts Options) (*DB, error) {
	if opts.LockTimeout == 0 {
		opts.LockTimeout = time.Second
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("create the data folder: %w", err)
	}
	fresh := false
	if st, err := os.Stat(path); errors.Is(err, os.ErrNotExist) || (err == nil && st.Size() == 0) {
		fresh = true
	} else if err != nil {
		return nil, fmt.Errorf("open the data file: %w", err)
	}
	// Look at the file before bbolt does: bbolt trusts every page, and
	// panics or faults on a damaged one.
	if !fresh {
		if err := inspect(path); err != nil {
			return nil, err
		}
	}
	var b *bolt.DB
	err := Safely(func() (err error) {
		b, err = bolt.Open(path, 0o600, &bolt.Options{Timeout: opts.LockTimeout, NoSync: opts.NoSync})
		return err
	})
	if err != nil {
		switch {
		case errors.Is(err, berrors.ErrTimeout):
			return nil, ErrLocked
		case errors.Is(err, berrors.ErrInvalid), errors.Is(err, berrors.ErrVersionMismatch), errors.Is(err, berrors.ErrChecksum):
			return nil, ErrNotShopdesk
		case errors.Is(err, ErrDamaged):
			return nil, err
		}
		return nil, fmt.Errorf("open the data file: %w", err)
	}
	db := &DB{bolt: b, path: path, migrations: opts.Migrations}
	if db.migrations == nil {
		db.migrations = Schema
	}
	if err := Safely(db.claim); err != nil {
		b.Close()
		return nil, err
	}
	if err := Safely(db.migrate); err != nil {
		b.Close()
		return nil, err
	}
	return db, nil
}

// claim checks an existing file is Shopdesk's, reading only, or stamps a
// new, empty one as Shopdesk's.
func (db *DB) claim() error {
	ours, empty := false, true
	err := db.bolt.View(func(tx *bolt.Tx) error {
		if meta := tx.Bucket(bucketMeta); meta != nil {
			ours = bytes.Equal(meta.Get(keyMagic), magic)
			empty = false
			return nil
		}
		return tx.ForEach(func([]byte, *bolt.Bucket) error { empty = false; return nil })
	})
	switch {
	case err != nil:
		return err
	case ours:
		return nil
	case !empty:
		return ErrNotShopdesk
	}
	return db.bolt.Update(func(tx *bolt.Tx) error {
		m, err := tx.CreateBucket(bucketMeta)
		if err != nil {
			return err
		}
		if err := m.Put(keyMagic, magic); err != nil {
			return err
		}
		return m.Put(keySchemaVer, U64(0))
	})
}

// Path is the file the database lives in.
func (db *DB) Path() string { return db.path }

// Close releases the file and its lock.
func (db *DB) Close() error { return db.bolt.Close() }

// View runs fn in a read-only transaction. Slices read inside are valid only
// until fn returns.
// A memory fault inside (a damaged page) panics instead of killing the
// process; Safely, or the bound call's recover, turns it into an error.
func (db *DB) View(fn func(tx *bolt.Tx) error) error {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	return db.bolt.View(fn)
}

// Update runs fn in a read-write transaction. It commits when fn returns nil
// and rolls back, leaving the file unchanged, when fn returns an error or
// panics (a memory fault on a damaged page panics too, as in View).
func (db *DB) Update(fn func(tx *bolt.Tx) error) error {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	return db.bolt.Update(fn)
}

// Bolt exposes the handle for maintenance tools (bench data, checks).
func (db *DB) Bolt() *bolt.DB { return db.bolt }

// Check walks every page and returns the first inconsistency found, or nil.
//
// It holds the writer's lock (a write transaction, rolled back): bbolt's
// check reads the free list, which a writer changes, so a check beside a
// writer races.
func (db *DB) Check() error {
	errChecked := errors.New("checked")
	err := db.bolt.Update(func(tx *bolt.Tx) error {
		for err := range tx.Check() {
			return fmt.Errorf("data file check: %w", err)
		}
		return errChecked // roll back: a check writes nothing
	})
	if err == errChecked {
		return nil
	}
	return err
}

// Backup writes a consistent copy of the database to dst: a temp file,
// fsync, then rename, so a crash never leaves half a backup under dst's name.
func (db *DB) Backup(dst string) error {
	tmp := dst + ".part"
	f, err := os.OpenFile(tmp, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o600)
	if err != nil {
		return fmt.Errorf("back up the data file: %w", err)
	}
	err = db.bolt.View(func(tx *bolt.Tx) error { _, err := tx.WriteTo(f); return err })
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, dst)
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("back up the data file: %w", err)
	}
	return nil
}

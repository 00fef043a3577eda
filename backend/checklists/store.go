package checklists

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/store"
)

var (
	// ErrNotFound is a checklist that is not (or no longer) there.
	ErrNotFound = errors.New("this checklist is no longer in Shopdesk")
	// ErrConflict is an edit of something someone else changed meanwhile.
	ErrConflict = errors.New("someone else changed this checklist while you had it open: reload it, then make your change again")
	seededKey   = []byte("seeded_defaults")
)

// Get reads one template.
func Get(tx *bolt.Tx, id uint64) (Template, error) {
	var t Template
	v := tx.Bucket(store.BucketChecklists).Get(store.U64(id))
	if v == nil {
		return t, ErrNotFound
	}
	return t, json.Unmarshal(v, &t)
}

// List reads every template, oldest first.
func List(tx *bolt.Tx) ([]Template, error) {
	out := []Template{}
	err := tx.Bucket(store.BucketChecklists).ForEach(func(k, v []byte) error {
		if len(k) != 8 {
			return nil // the seeded-defaults bucket
		}
		var t Template
		if err := json.Unmarshal(v, &t); err != nil {
			return fmt.Errorf("read checklist %d: %w", store.ParseU64(k), err)
		}
		out = append(out, t)
		return nil
	})
	return out, err
}

func put(tx *bolt.Tx, t Template) error {
	v, err := json.Marshal(t)
	if err != nil {
		return err
	}
	return tx.Bucket(store.BucketChecklists).Put(store.U64(t.ID), v)
}

// Save creates (ID 0) or updates a template. Runs already started keep the
// tasks they began with; the change shows from the next run on.
func Save(tx *bolt.Tx, t Template, now time.Time) (Template, error) {
	t, err := t.clean()
	if err != nil {
		return t, err
	}
	if t.ID == 0 {
		if t.ID, err = tx.Bucket(store.BucketChecklists).NextSequence(); err != nil {
			return t, err
		}
		t.Version, t.LastTask, t.CreatedAt = 0, 0, now.UTC()
	} else {
		old, err := Get(tx, t.ID)
		if err != nil {
			return t, err
		}
		if old.Version != t.Version {
			return t, ErrConflict
		}
		t.DefaultKey, t.LastTask, t.CreatedAt = old.DefaultKey, old.LastTask, old.CreatedAt
	}
	// Every task keeps its ID; new ones get the next free one, so a run's
	// history names the same task across edits.
	next := t.LastTask
	for _, k := range t.Tasks {
		next = max(next, k.ID)
	}
	seen := map[uint64]bool{}
	for i := range t.Tasks {
		if t.Tasks[i].ID == 0 || seen[t.Tasks[i].ID] {
			next++
			t.Tasks[i].ID = next
		}
		seen[t.Tasks[i].ID] = true
	}
	t.LastTask = next
	t.Version++
	t.UpdatedAt = now.UTC()
	return t, put(tx, t)
}

// Delete removes a template; runs of it stay in the history.
func Delete(tx *bolt.Tx, id uint64) error {
	if _, err := Get(tx, id); err != nil {
		return err
	}
	return tx.Bucket(store.BucketChecklists).Delete(store.U64(id))
}

// Seeded says whether the defaults were installed once already, so a start
// need not write.
func Seeded(tx *bolt.Tx) bool {
	seeded := tx.Bucket(store.BucketChecklists).Bucket(seededKey)
	return seeded != nil && seeded.Get([]byte(Daily().DefaultKey)) != nil
}

// SeedDefaults installs the seed's daily checklist once: one the owner
// deleted stays deleted.
func SeedDefaults(tx *bolt.Tx, now time.Time) error {
	seeded, err := tx.Bucket(store.BucketChecklists).CreateBucketIfNotExists(seededKey)
	if err != nil {
		return err
	}
	for _, d := range []Template{Daily()} {
		if seeded.Get([]byte(d.DefaultKey)) != nil {
			continue
		}
		t, err := Save(tx, d, now)
		if err != nil {
			return fmt.Errorf("install the checklist %q: %w", d.Name, err)
		}
		if err := seeded.Put([]byte(d.DefaultKey), store.U64(t.ID)); err != nil {
			return err
		}
	}
	return nil
}

package playbooks

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/store"
)

var (
	// ErrNotFound is a playbook that is not (or no longer) there.
	ErrNotFound = errors.New("this playbook is no longer in Shopdesk")
	// ErrConflict is an edit of a playbook someone else changed meanwhile.
	ErrConflict = errors.New("someone else changed this playbook while you had it open: reload it, then make your change again")
	seededKey   = []byte("seeded_defaults")
)

// Get reads one playbook.
func Get(tx *bolt.Tx, id uint64) (Playbook, error) {
	var p Playbook
	v := tx.Bucket(store.BucketPlaybooks).Get(store.U64(id))
	if v == nil {
		return p, ErrNotFound
	}
	return p, json.Unmarshal(v, &p)
}

// List reads every playbook, oldest first.
func List(tx *bolt.Tx) ([]Playbook, error) {
	out := []Playbook{}
	err := tx.Bucket(store.BucketPlaybooks).ForEach(func(k, v []byte) error {
		if len(k) != 8 {
			return nil // the seeded-defaults bucket
		}
		var p Playbook
		if err := json.Unmarshal(v, &p); err != nil {
			return fmt.Errorf("read playbook %d: %w", store.ParseU64(k), err)
		}
		out = append(out, p)
		return nil
	})
	return out, err
}

// ForCategory is the playbook that attaches itself to tickets of the
// category, if any (the oldest, when two claim it).
func ForCategory(tx *bolt.Tx, category string) (Playbook, bool, error) {
	all, err := List(tx)
	if err != nil {
		return Playbook{}, false, err
	}
	for _, p := range all {
		if contains(p.Categories, category) {
			return p, true, nil
		}
	}
	return Playbook{}, false, nil
}

// Save creates (ID 0) or updates a playbook. A category belongs to one
// playbook: saving it here takes it from any other. Tickets already working
// a playbook keep the steps they began with.
func Save(tx *bolt.Tx, p Playbook, categories []string, now time.Time) (Playbook, error) {
	p, err := p.clean(categories)
	if err != nil {
		return p, err
	}
	b := tx.Bucket(store.BucketPlaybooks)
	if p.ID == 0 {
		if p.ID, err = b.NextSequence(); err != nil {
			return p, err
		}
		p.Version, p.LastStep = 0, 0
	} else {
		old, err := Get(tx, p.ID)
		if err != nil {
			return p, err
		}
		if old.Version != p.Version {
			return p, ErrConflict
		}
		p.DefaultKey, p.LastStep = old.DefaultKey, old.LastStep
	}
	next := p.LastStep
	for _, s := range p.Steps {
		next = max(next, s.ID)
	}
	seen := map[uint64]bool{}
	for i := range p.Steps {
		if p.Steps[i].ID == 0 || seen[p.Steps[i].ID] {
			next++
			p.Steps[i].ID = next
		}
		seen[p.Steps[i].ID] = true
	}
	p.LastStep = next
	p.Version++
	p.UpdatedAt = now.UTC()
	all, err := List(tx)
	if err != nil {
		return p, err
	}
	for _, o := range all {
		if o.ID == p.ID {
			continue
		}
		kept := o.Categories[:0:0]
		for _, c := range o.Categories {
			if !contains(p.Categories, c) {
				kept = append(kept, c)
			}
		}
		if len(kept) != len(o.Categories) {
			o.Categories = kept
			o.Version++
			o.UpdatedAt = now.UTC()
			if err := put(tx, o); err != nil {
				return p, err
			}
		}
	}
	return p, put(tx, p)
}

func put(tx *bolt.Tx, p Playbook) error {
	v, err := json.Marshal(p)
	if err != nil {
		return err
	}
	return tx.Bucket(store.BucketPlaybooks).Put(store.U64(p.ID), v)
}

// Delete removes a playbook; tickets that worked it keep their steps.
func Delete(tx *bolt.Tx, id uint64) error {
	if _, err := Get(tx, id); err != nil {
		return err
	}
	return tx.Bucket(store.BucketPlaybooks).Delete(store.U64(id))
}

// Seeded says whether every default was installed once already, so a start
// need not write.
func Seeded(tx *bolt.Tx) bool {
	seeded := tx.Bucket(store.BucketPlaybooks).Bucket(seededKey)
	if seeded == nil {
		return false
	}
	for _, d := range Defaults() {
		if seeded.Get([]byte(d.DefaultKey)) == nil {
			return false
		}
	}
	return true
}

// SeedDefaults installs the seed's playbooks once: one the owner deleted
// stays deleted.
func SeedDefaults(tx *bolt.Tx, categories []string, now time.Time) error {
	seeded, err := tx.Bucket(store.BucketPlaybooks).CreateBucketIfNotExists(seededKey)
	if err != nil {
		return err
	}
	for _, d := range Defaults() {
		if seeded.Get([]byte(d.DefaultKey)) != nil {
			continue
		}
		p, err := Save(tx, d, categories, now)
		if err != nil {
			return fmt.Errorf("install the playbook %q: %w", d.Name, err)
		}
		if err := seeded.Put([]byte(d.DefaultKey), store.U64(p.ID)); err != nil {
			return err
		}
	}
	return nil
}

package templates

import (
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/store"
)

// seededBucket, nested in store.BucketTemplates, remembers which built-in
// defaults were written: default key → template ID.
var seededBucket = []byte("seeded_defaults")

// Seeded says whether every built-in template was written once already.
func Seeded(tx *bolt.Tx) bool {
	seeded := tx.Bucket(store.BucketTemplates).Bucket(seededBucket)
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

// SeedDefaults writes each built-in template that was never written before
// and returns how many it wrote. It is safe to call on every start: a
// default is written once, so one the owner deleted stays deleted, and a
// default added by a newer Shopdesk appears on its first start.
func SeedDefaults(tx *bolt.Tx) (int, error) {
	seeded, err := tx.Bucket(store.BucketTemplates).CreateBucketIfNotExists(seededBucket)
	if err != nil {
		return 0, fmt.Errorf("add the built-in templates: %w", err)
	}
	n := 0
	for _, d := range Defaults() {
		if seeded.Get([]byte(d.DefaultKey)) != nil {
			continue
		}
		t, err := Create(tx, d)
		if err != nil {
			return n, fmt.Errorf("add the built-in template %q: %w", d.Name, err)
		}
		if err := seeded.Put([]byte(d.DefaultKey), store.U64(t.ID)); err != nil {
			return n, fmt.Errorf("add the built-in templates: %w", err)
		}
		n++
	}
	return n, nil
}

// RestoreDefault puts back the original name, category, channel, subject and
// body of a built-in template, keeping its ID. It returns ErrNotBuiltIn for
// the owner's own templates.
func RestoreDefault(tx *bolt.Tx, id uint64) (Template, error) {
	t, err := Get(tx, id)
	if err != nil {
		return Template{}, err
	}
	d, ok := defaultFor(t.DefaultKey)
	if !ok {
		return Template{}, ErrNotBuiltIn
	}
	t.Name, t.Category, t.Channel, t.Subject, t.Body = d.Name, d.Category, d.Channel, d.Subject, d.Body
	t.Version++
	t.UpdatedAt = time.Now().UTC()
	return t, put(tx.Bucket(store.BucketTemplates), t)
}

package templates

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/store"
)

// Create validates t and saves it as a new template. ID, Version,
// CreatedAt and UpdatedAt are set here; the saved template is returned.
func Create(tx *bolt.Tx, t Template) (Template, error) {
	if err := Validate(t); err != nil {
		return Template{}, err
	}
	b := tx.Bucket(store.BucketTemplates)
	id, err := b.NextSequence()
	if err != nil {
		return Template{}, fmt.Errorf("save the template: %w", err)
	}
	now := time.Now().UTC()
	t.ID, t.Version, t.CreatedAt, t.UpdatedAt = id, 1, now, now
	t.BuiltIn = t.DefaultKey != ""
	return t, put(b, t)
}

// Update saves changes to an existing template. t.Version must be the
// version that was read; otherwise ErrConflict, and nothing is written.
// ID, CreatedAt, BuiltIn and DefaultKey are kept from the stored template.
func Update(tx *bolt.Tx, t Template) (Template, error) {
	old, err := Get(tx, t.ID)
	if err != nil {
		return Template{}, err
	}
	if old.Version != t.Version {
		return Template{}, ErrConflict
	}
	if err := Validate(t); err != nil {
		return Template{}, err
	}
	t.CreatedAt, t.BuiltIn, t.DefaultKey = old.CreatedAt, old.BuiltIn, old.DefaultKey
	t.Version = old.Version + 1
	t.UpdatedAt = time.Now().UTC()
	return t, put(tx.Bucket(store.BucketTemplates), t)
}

// Delete removes a template. Built-in ones may be deleted too; SeedDefaults
// will not bring them back.
func Delete(tx *bolt.Tx, id uint64) error {
	b := tx.Bucket(store.BucketTemplates)
	if b.Get(store.U64(id)) == nil {
		return ErrNotFound
	}
	return b.Delete(store.U64(id))
}

// Get reads one template.
func Get(tx *bolt.Tx, id uint64) (Template, error) {
	v := tx.Bucket(store.BucketTemplates).Get(store.U64(id))
	if v == nil {
		return Template{}, ErrNotFound
	}
	var t Template
	if err := json.Unmarshal(v, &t); err != nil {
		return Template{}, fmt.Errorf("read template %d: %w", id, err)
	}
	return t, nil
}

// List returns all templates, ordered by category (in Categories order) and
// then by name. A shop has tens of templates, so there is no paging.
func List(tx *bolt.Tx) ([]Template, error) {
	var out []Template
	err := tx.Bucket(store.BucketTemplates).ForEach(func(k, v []byte) error {
		if len(k) != 8 || v == nil { // the nested seeded_defaults bucket
			return nil
		}
		var t Template
		if err := json.Unmarshal(v, &t); err != nil {
			return fmt.Errorf("read template %d: %w", store.ParseU64(k), err)
		}
		out = append(out, t)
		return nil
	})
	slices.SortStableFunc(out, func(a, b Template) int {
		if d := categoryRank(a.Category) - categoryRank(b.Category); d != 0 {
			return d
		}
		return strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name))
	})
	return out, err
}

func put(b *bolt.Bucket, t Template) error {
	v, err := json.Marshal(t)
	if err != nil {
		return fmt.Errorf("save the template: %w", err)
	}
	if err := b.Put(store.U64(t.ID), v); err != nil {
		return fmt.Errorf("save the template: %w", err)
	}
	return nil
}

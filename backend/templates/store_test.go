package templates

import (
	"errors"
	"testing"

	bolt "go.etcd.io/bbolt"
)

func newTemplate() Template {
	return Template{Name: "Thanks", Category: "general", Channel: ChannelEmail, Subject: "Thanks [First Name]", Body: "Hi [First Name]!"}
}

func TestCreateGetUpdateDelete(t *testing.T) {
	db := openDB(t)
	created, err := update(t, db, func(tx *bolt.Tx) (Template, error) { return Create(tx, newTemplate()) })
	if err != nil {
		t.Fatal(err)
	}
	if created.ID == 0 || created.Version != 1 || created.CreatedAt.IsZero() || created.BuiltIn {
		t.Fatalf("created = %+v", created)
	}

	edit := created
	edit.Body = "Hello [First Name]!"
	saved, err := update(t, db, func(tx *bolt.Tx) (Template, error) { return Update(tx, edit) })
	if err != nil {
		t.Fatal(err)
	}
	if saved.Version != 2 || !saved.CreatedAt.Equal(created.CreatedAt) {
		t.Fatalf("saved = %+v", saved)
	}

	// A second editor still holding version 1 must not overwrite.
	stale := created
	stale.Body = "Yo [First Name]"
	if _, err := update(t, db, func(tx *bolt.Tx) (Template, error) { return Update(tx, stale) }); !errors.Is(err, ErrConflict) {
		t.Fatalf("stale update: err = %v, want ErrConflict", err)
	}

	err = db.View(func(tx *bolt.Tx) error {
		got, err := Get(tx, created.ID)
		if err == nil && got.Body != "Hello [First Name]!" {
			t.Errorf("body = %q", got.Body)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}

	if err := db.Update(func(tx *bolt.Tx) error { return Delete(tx, created.ID) }); err != nil {
		t.Fatal(err)
	}
	err = db.View(func(tx *bolt.Tx) error { _, err := Get(tx, created.ID); return err })
	if !errors.Is(err, ErrNotFound) {
		t.Fatalf("after delete: err = %v, want ErrNotFound", err)
	}
	if err := db.Update(func(tx *bolt.Tx) error { return Delete(tx, created.ID) }); !errors.Is(err, ErrNotFound) {
		t.Fatalf("second delete: err = %v", err)
	}
}

func TestCreateAndUpdateRefuseInvalidTemplates(t *testing.T) {
	db := openDB(t)
	bad := newTemplate()
	bad.Body = "Hi [Custmer Name]"
	_, err := update(t, db, func(tx *bolt.Tx) (Template, error) { return Create(tx, bad) })
	var pe *PlaceholderError
	if !errors.As(err, &pe) {
		t.Fatalf("create: err = %v, want a placeholder error", err)
	}

	good, _ := update(t, db, func(tx *bolt.Tx) (Template, error) { return Create(tx, newTemplate()) })
	good.Name = ""
	if _, err := update(t, db, func(tx *bolt.Tx) (Template, error) { return Update(tx, good) }); !errors.Is(err, ErrNoName) {
		t.Fatalf("update: err = %v, want ErrNoName", err)
	}
}

func TestSeedDefaultsWritesEachDefaultOnce(t *testing.T) {
	db := openDB(t)
	n, err := update(t, db, SeedDefaults)
	if err != nil || n != len(defaults) {
		t.Fatalf("first seed wrote %d, %v; want %d", n, err, len(defaults))
	}
	if n, err := update(t, db, SeedDefaults); err != nil || n != 0 {
		t.Fatalf("second seed wrote %d, %v; want 0", n, err)
	}

	var list []Template
	_ = db.View(func(tx *bolt.Tx) (err error) { list, err = List(tx); return err })
	if len(list) != len(defaults) {
		t.Fatalf("List has %d templates, want %d", len(list), len(defaults))
	}
	if list[0].DefaultKey != "feedback" || list[0].Subject != "We'd love your feedback on your recent experience!" || !list[0].BuiltIn {
		t.Fatalf("first listed = %+v", list[0])
	}
	clipboard := 0
	for _, tm := range list {
		if tm.Channel == ChannelClipboard {
			clipboard++
		}
	}
	if clipboard != 2 {
		t.Errorf("%d clipboard templates, want the public reply and the direct message", clipboard)
	}

	// A deleted default stays deleted.
	_ = db.Update(func(tx *bolt.Tx) error { return Delete(tx, list[0].ID) })
	if n, _ := update(t, db, SeedDefaults); n != 0 {
		t.Fatalf("seed after delete wrote %d", n)
	}
}

func TestRestoreDefault(t *testing.T) {
	db := openDB(t)
	if _, err := update(t, db, SeedDefaults); err != nil {
		t.Fatal(err)
	}
	var fb Template
	_ = db.View(func(tx *bolt.Tx) error {
		list, _ := List(tx)
		fb = list[0]
		return nil
	})
	orig := fb.Body
	fb.Body = "Rate us: [Survey Link]"
	fb, err := update(t, db, func(tx *bolt.Tx) (Template, error) { return Update(tx, fb) })
	if err != nil {
		t.Fatal(err)
	}
	restored, err := update(t, db, func(tx *bolt.Tx) (Template, error) { return RestoreDefault(tx, fb.ID) })
	if err != nil {
		t.Fatal(err)
	}
	if restored.Body != orig || restored.Version != fb.Version+1 || restored.ID != fb.ID {
		t.Fatalf("restored = %+v", restored)
	}

	own, _ := update(t, db, func(tx *bolt.Tx) (Template, error) { return Create(tx, newTemplate()) })
	if _, err := update(t, db, func(tx *bolt.Tx) (Template, error) { return RestoreDefault(tx, own.ID) }); !errors.Is(err, ErrNotBuiltIn) {
		t.Fatalf("restore own template: err = %v, want ErrNotBuiltIn", err)
	}
}

func TestAStartWithEveryDefaultInPlaceWritesNothing(t *testing.T) {
	db := openDB(t)
	if _, err := NewService(db); err != nil {
		t.Fatal(err)
	}
	st := db.Bolt().Stats()
	before := st.TxStats.GetWrite()
	if _, err := NewService(db); err != nil {
		t.Fatal(err)
	}
	st = db.Bolt().Stats()
	if after := st.TxStats.GetWrite(); after != before {
		t.Fatalf("the second start wrote %d pages", after-before)
	}
}

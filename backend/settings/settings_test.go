package settings_test

import (
	"strings"
	"sync"
	"testing"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/settings"
	"shopdesk/backend/store/storetest"
)

func ptr[T any](v T) *T { return &v }

func TestANewShopHasTheDefaultTargets(t *testing.T) {
	s, err := settings.Load(storetest.Open(t))
	if err != nil {
		t.Fatal(err)
	}
	if s.StoreName != "" || s.RememberedUser != 0 || s.Targets.ChatFirstResponse != 10 || s.Targets.FirstResponse["urgent"] != 60 {
		t.Errorf("new shop = %+v", s)
	}
}

func TestUpdateChangesOnlyWhatItSets(t *testing.T) {
	db := storetest.Open(t)
	if _, err := settings.Update(db, settings.Change{StoreName: ptr("  Lamp & Co "), Targets: ptr(settings.DefaultTargets())}); err != nil {
		t.Fatal(err)
	}
	if _, err := settings.Update(db, settings.Change{RememberedUser: ptr(uint64(7))}); err != nil {
		t.Fatal(err)
	}
	got, err := settings.Update(db, settings.Change{Website: ptr("lamp.example")})
	if err != nil {
		t.Fatal(err)
	}
	if got.StoreName != "Lamp & Co" || got.RememberedUser != 7 || got.Website != "https://lamp.example" || got.Targets.ChatFirstResponse != 10 {
		t.Errorf("after three partial updates: %+v", got)
	}
}

func TestBadSettingsAreRefusedAndNothingIsWritten(t *testing.T) {
	db := storetest.Open(t)
	if _, err := settings.Update(db, settings.Change{StoreName: ptr("Lamp & Co")}); err != nil {
		t.Fatal(err)
	}
	bad := settings.DefaultTargets()
	bad.Resolution["low"] = 0
	cases := map[string]settings.Change{
		"store name is empty":    {StoreName: ptr("   ")},
		"store name is too long": {StoreName: ptr(strings.Repeat("x", 101))},
		"resolution (low)":       {Targets: &bad, StoreName: ptr("Other name")},
	}
	for want, c := range cases {
		if _, err := settings.Update(db, c); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: err = %v", want, err)
		}
	}
	if s, _ := settings.Load(db); s.StoreName != "Lamp & Co" || s.Targets.Resolution["low"] != 48*60 {
		t.Errorf("a refused change was written: %+v", s)
	}
}

// Two changes of different fields at the same moment both land: each is
// applied to what is stored, inside its own transaction.
func TestChangesAtOnceNeverUndoOneAnother(t *testing.T) {
	db := storetest.Open(t)
	if _, err := settings.Update(db, settings.Change{StoreName: ptr("Lamp & Co")}); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for i := range 20 {
		wg.Add(2)
		go func() { defer wg.Done(); settings.Update(db, settings.Change{RememberedUser: ptr(uint64(i + 1))}) }()
		go func() { defer wg.Done(); settings.Update(db, settings.Change{Website: ptr("lamp.example")}) }()
	}
	wg.Wait()
	s, _ := settings.Load(db)
	if s.Website != "https://lamp.example" || s.RememberedUser == 0 {
		t.Errorf("a change was lost: %+v", s)
	}
}

func TestForgetEndsOnlyThatPersonsRememberedSignIn(t *testing.T) {
	db := storetest.Open(t)
	if _, err := settings.Update(db, settings.Change{StoreName: ptr("Lamp & Co"), RememberedUser: ptr(uint64(3))}); err != nil {
		t.Fatal(err)
	}
	forget := func(id uint64) {
		if err := db.Update(func(tx *bolt.Tx) error { return settings.Forget(id)(tx) }); err != nil {
			t.Fatal(err)
		}
	}
	forget(4)
	if s, _ := settings.Load(db); s.RememberedUser != 3 {
		t.Errorf("forgetting someone else ended person 3's sign-in: %+v", s)
	}
	forget(3)
	if s, _ := settings.Load(db); s.RememberedUser != 0 || s.StoreName != "Lamp & Co" {
		t.Errorf("after forgetting 3: %+v", s)
	}
}

func TestTheFormNeverChangesWhoIsRemembered(t *testing.T) {
	db := storetest.Open(t)
	if _, err := settings.Update(db, settings.Change{StoreName: ptr("Lamp & Co"), RememberedUser: ptr(uint64(3))}); err != nil {
		t.Fatal(err)
	}
	form := settings.Shop{StoreName: "Lamp and Co", Targets: settings.DefaultTargets(), RememberedUser: 99}
	if got, err := settings.Update(db, settings.Form(form)); err != nil || got.RememberedUser != 3 || got.StoreName != "Lamp and Co" {
		t.Errorf("form save = %+v, %v", got, err)
	}
}

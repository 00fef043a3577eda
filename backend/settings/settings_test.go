package settings_test

import (
	"path/filepath"
	"strings"
	"testing"

	"shopdesk/backend/settings"
	"shopdesk/backend/store"
	"shopdesk/backend/store/storetest"
)

func TestANewShopHasTheDefaultTargets(t *testing.T) {
	s, err := settings.Load(storetest.Open(t))
	if err != nil {
		t.Fatal(err)
	}
	if s.StoreName != "" || s.Targets.ChatFirstResponse != 10 || s.Targets.FirstResponse["urgent"] != 60 {
		t.Errorf("settings of a new file = %+v", s)
	}
	if err := s.Targets.Validate(); err != nil {
		t.Errorf("the defaults do not validate: %v", err)
	}
}

func TestSavedSettingsSurviveAReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "shop.db")
	db, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	in := settings.Shop{StoreName: "  Lamp & Co ", Targets: settings.DefaultTargets()}
	in.Targets.Resolution["low"] = 3 * 24 * 60
	if err := settings.Save(db, in); err != nil {
		t.Fatal(err)
	}
	db.Close()
	got, err := settings.Load(storetest.OpenAt(t, path))
	if err != nil {
		t.Fatal(err)
	}
	if got.StoreName != "Lamp & Co" || got.Targets.Resolution["low"] != 3*24*60 {
		t.Errorf("after reopening: %+v, want the trimmed name and the low target of 3 days", got)
	}
}

func TestBadSettingsAreRefusedWithWhatToDo(t *testing.T) {
	db := storetest.Open(t)
	ok := settings.Shop{StoreName: "Lamp & Co", Targets: settings.DefaultTargets()}
	if err := settings.Save(db, ok); err != nil {
		t.Fatal(err)
	}
	zero := settings.DefaultTargets()
	zero.FirstResponse["high"] = 0
	cases := []struct {
		name string
		shop settings.Shop
		want string
	}{
		{"empty name", settings.Shop{StoreName: "   ", Targets: settings.DefaultTargets()}, "store name is empty"},
		{"long name", settings.Shop{StoreName: strings.Repeat("é", 101), Targets: settings.DefaultTargets()}, "at most 100"},
		{"zero target", settings.Shop{StoreName: "X", Targets: zero}, "first-response (high) target must be between"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if err := settings.Save(db, c.shop); err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("err = %v, want %q", err, c.want)
			}
		})
	}
	if got, _ := settings.Load(db); got.StoreName != "Lamp & Co" {
		t.Errorf("a refused save changed the settings: %+v", got)
	}
}

package settings_test

import (
	"errors"
	"testing"

	"shopdesk/backend/settings"
	"shopdesk/backend/store/storetest"
)

func TestTheShopWebsiteIsCheckedAndKept(t *testing.T) {
	for in, want := range map[string]string{
		"":                             "",
		"  juniperlane.example  ":      "https://juniperlane.example",
		"https://juniperlane.example/": "https://juniperlane.example",
		"http://shop.example/home":     "http://shop.example/home",
	} {
		if got, err := settings.NormalizeWebsite(in); err != nil || got != want {
			t.Errorf("NormalizeWebsite(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, bad := range []string{"not a website", "ftp://shop.example", "https://localhost", "javascript:alert(1)", "https://user:pw@shop.example"} {
		if _, err := settings.NormalizeWebsite(bad); !errors.Is(err, settings.ErrWebsite) {
			t.Errorf("NormalizeWebsite(%q) = %v, want ErrWebsite", bad, err)
		}
	}
	db := storetest.Open(t)
	if err := settings.Save(db, settings.Shop{StoreName: "Lamp & Co", Website: "shop.example", Targets: settings.DefaultTargets()}); err != nil {
		t.Fatal(err)
	}
	if s, _ := settings.Load(db); s.Website != "https://shop.example" {
		t.Errorf("saved website = %q", s.Website)
	}
	if err := settings.Save(db, settings.Shop{StoreName: "Lamp & Co", Website: "shop", Targets: settings.DefaultTargets()}); !errors.Is(err, settings.ErrWebsite) {
		t.Errorf("a bad website was saved: %v", err)
	}
}

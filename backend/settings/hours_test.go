package settings_test

import (
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/calendar"
	"shopdesk/backend/settings"
	"shopdesk/backend/store/storetest"
)

func TestHoursSavedWithHistory(t *testing.T) {
	db := storetest.Open(t)
	w := make([]calendar.Day, 7)
	for i := range w {
		w[i] = calendar.Day{Open: "09:00", Close: "17:00", Closed: i >= 5}
	}
	shop := settings.Shop{StoreName: "Oak & Ash", Targets: settings.DefaultTargets(),
		Hours: calendar.Hours{TimeZone: "Europe/Berlin", Week: w, Holidays: []string{"2026-12-25"}}}
	t1 := time.Date(2026, 12, 1, 8, 0, 0, 0, time.UTC)
	put := func(s settings.Shop, at time.Time) error {
		return db.Update(func(tx *bolt.Tx) error { return settings.PutAt(tx, s, at) })
	}
	if err := put(shop, t1); err != nil {
		t.Fatal(err)
	}
	if err := put(shop, t1.Add(time.Hour)); err != nil { // same hours: no new schedule
		t.Fatal(err)
	}
	got, err := settings.Load(db)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.HoursHistory) != 1 || !got.HoursHistory[0].From.Equal(t1) || got.Hours.Holidays[0] != "2026-12-25" {
		t.Fatalf("history %+v, want one schedule from %s", got.HoursHistory, t1)
	}

	got.Hours.Week[1] = calendar.Day{Open: "18:00", Close: "08:00"}
	err = put(got, t1.Add(2*time.Hour))
	if err == nil || !strings.Contains(err.Error(), "business hours: Tuesday opens at 18:00 but closes at 08:00") {
		t.Errorf("bad hours saved or unclear: %v", err)
	}
}

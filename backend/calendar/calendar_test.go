package calendar_test

import (
	"strings"
	"testing"
	"time"

	"shopdesk/backend/calendar"
)

func weekdays(open, close string) []calendar.Day {
	w := make([]calendar.Day, 7)
	for i := range w {
		w[i] = calendar.Day{Open: open, Close: close, Closed: i >= 5}
	}
	return w
}

func everyDay(open, close string) []calendar.Day {
	w := make([]calendar.Day, 7)
	for i := range w {
		w[i] = calendar.Day{Open: open, Close: close}
	}
	return w
}

func at(t *testing.T, tz, s string) time.Time {
	t.Helper()
	loc, err := time.LoadLocation(tz)
	if err != nil {
		t.Fatal(err)
	}
	v, err := time.ParseInLocation("2006-01-02 15:04", s, loc)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func cal(t *testing.T, h ...calendar.Schedule) *calendar.Calendar {
	t.Helper()
	c, err := calendar.New(h)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestAddBusiness(t *testing.T) {
	berlin := calendar.Hours{TimeZone: "Europe/Berlin", Week: weekdays("09:00", "17:00")}
	ny := calendar.Hours{TimeZone: "America/New_York", Week: weekdays("09:00", "17:00")}
	berlin24 := calendar.Hours{TimeZone: "Europe/Berlin", Week: everyDay("00:00", "24:00")}
	nyNight := calendar.Hours{TimeZone: "America/New_York", Week: everyDay("00:00", "04:00")}
	holiday := berlin
	holiday.Holidays = []string{"2026-12-25"}
	from := func(h calendar.Hours) []calendar.Schedule { return []calendar.Schedule{{Hours: h}} }
	cases := []struct {
		name    string
		history []calendar.Schedule
		tz      string
		start   string
		d       time.Duration
		want    string
	}{
		{"no hours: around the clock", nil, "UTC", "2026-12-05 10:00", 4 * time.Hour, "2026-12-05 14:00"},
		{"within a working day", from(berlin), "Europe/Berlin", "2026-12-01 10:00", 4 * time.Hour, "2026-12-01 14:00"},
		{"ends exactly at closing", from(berlin), "Europe/Berlin", "2026-12-01 13:00", 4 * time.Hour, "2026-12-01 17:00"},
		{"Friday evening waits for Monday", from(berlin), "Europe/Berlin", "2026-12-04 18:30", 4 * time.Hour, "2026-12-07 13:00"},
		{"Friday afternoon runs over the weekend", from(berlin), "Europe/Berlin", "2026-12-04 16:00", 2 * time.Hour, "2026-12-07 10:00"},
		{"opened at midnight starts at nine", from(berlin), "Europe/Berlin", "2026-12-01 00:00", time.Hour, "2026-12-01 10:00"},
		{"a holiday is skipped", from(holiday), "Europe/Berlin", "2026-12-24 16:00", 2 * time.Hour, "2026-12-28 10:00"},
		{"Berlin spring forward weekend keeps local nine", from(berlin), "Europe/Berlin", "2026-03-27 16:00", 2 * time.Hour, "2026-03-30 10:00"},
		{"Berlin fall back weekend keeps local nine", from(berlin), "Europe/Berlin", "2026-10-23 16:00", 2 * time.Hour, "2026-10-26 10:00"},
		{"New York spring forward weekend", from(ny), "America/New_York", "2026-03-06 16:00", 2 * time.Hour, "2026-03-09 10:00"},
		{"Berlin spring forward day has 23 hours", from(berlin24), "Europe/Berlin", "2026-03-29 00:00", 23 * time.Hour, "2026-03-30 00:00"},
		{"Berlin fall back day has 25 hours", from(berlin24), "Europe/Berlin", "2026-10-25 00:00", 25 * time.Hour, "2026-10-26 00:00"},
		{"New York 00–04 on spring forward day is 3 hours", from(nyNight), "America/New_York", "2026-03-08 00:00", 3 * time.Hour, "2026-03-08 04:00"},
		{"New York 00–04 on fall back day is 5 hours", from(nyNight), "America/New_York", "2026-11-01 00:00", 5 * time.Hour, "2026-11-01 04:00"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := cal(t, c.history...).AddBusiness(at(t, c.tz, c.start), c.d)
			if want := at(t, c.tz, c.want); !got.Equal(want) {
				t.Errorf("got %s, want %s", got.In(want.Location()), want)
			}
		})
	}
}

func TestBusinessBetween(t *testing.T) {
	berlin := []calendar.Schedule{{Hours: calendar.Hours{TimeZone: "Europe/Berlin", Week: weekdays("09:00", "17:00")}}}
	b := func(s string) time.Time { return at(t, "Europe/Berlin", s) }
	c := cal(t, berlin...)
	cases := []struct {
		name string
		a, b string
		want time.Duration
	}{
		{"a whole week", "2026-11-30 00:00", "2026-12-07 00:00", 40 * time.Hour},
		{"the weekend counts nothing", "2026-12-04 17:00", "2026-12-07 09:00", 0},
		{"part of a day", "2026-12-01 08:00", "2026-12-01 10:30", 90 * time.Minute},
		{"backwards is zero", "2026-12-02 10:00", "2026-12-01 10:00", 0},
		{"across spring forward", "2026-03-27 16:00", "2026-03-30 10:00", 2 * time.Hour},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := c.BusinessBetween(b(tc.a), b(tc.b)); got != tc.want {
				t.Errorf("got %s, want %s", got, tc.want)
			}
		})
	}
}

// TestScheduleChangedMidTicket: hours that change after a ticket opened
// leave the time already counted alone and count the rest by the new hours.
func TestScheduleChangedMidTicket(t *testing.T) {
	b := func(s string) time.Time { return at(t, "Europe/Berlin", s) }
	nineToFive := calendar.Hours{TimeZone: "Europe/Berlin", Week: weekdays("09:00", "17:00")}
	tenToTwo := calendar.Hours{TimeZone: "Europe/Berlin", Week: weekdays("10:00", "14:00")}
	before := cal(t, calendar.Schedule{Hours: nineToFive})
	after := cal(t, calendar.Schedule{Hours: nineToFive}, calendar.Schedule{From: b("2026-12-02 00:00"), Hours: tenToTwo})

	// A ticket resolved before the change keeps its figure.
	if x, y := before.BusinessBetween(b("2026-11-30 09:00"), b("2026-12-01 17:00")), after.BusinessBetween(b("2026-11-30 09:00"), b("2026-12-01 17:00")); x != y || x != 16*time.Hour {
		t.Errorf("figure before the change: %s then %s, want 16h both", x, y)
	}
	// Opened Tuesday 15:00 with 4h: 2h on Tuesday by the old hours, 2h on
	// Wednesday by the new ones (from 10:00).
	if got, want := after.AddBusiness(b("2026-12-01 15:00"), 4*time.Hour), b("2026-12-02 12:00"); !got.Equal(want) {
		t.Errorf("due %s, want %s", got, want)
	}
	if got := after.BusinessBetween(b("2026-12-01 15:00"), b("2026-12-02 12:00")); got != 4*time.Hour {
		t.Errorf("between %s, want 4h", got)
	}
}

func TestValidate(t *testing.T) {
	bad := func(f func(*calendar.Hours)) calendar.Hours {
		h := calendar.Hours{TimeZone: "Europe/Berlin", Week: weekdays("09:00", "17:00")}
		f(&h)
		return h
	}
	cases := []struct {
		name string
		h    calendar.Hours
		want string
	}{
		{"unknown zone", bad(func(h *calendar.Hours) { h.TimeZone = "Mars/Olympus" }), "time zone \"Mars/Olympus\" is not known"},
		{"closes before it opens", bad(func(h *calendar.Hours) { h.Week[1] = calendar.Day{Open: "17:00", Close: "09:00"} }), "Tuesday opens at 17:00 but closes at 09:00"},
		{"not a time", bad(func(h *calendar.Hours) { h.Week[0].Open = "9am" }), "Monday hours \"9am\""},
		{"25 o'clock", bad(func(h *calendar.Hours) { h.Week[0].Close = "25:00" }), "are not times"},
		{"six days", bad(func(h *calendar.Hours) { h.Week = h.Week[:6] }), "the week has 6 days"},
		{"all closed", bad(func(h *calendar.Hours) {
			h.Week = weekdays("", "")
			for i := range h.Week {
				h.Week[i].Closed = true
			}
		}), "every day is closed"},
		{"bad holiday", bad(func(h *calendar.Hours) { h.Holidays = []string{"25.12.2026"} }), "holiday \"25.12.2026\" is not a date"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := c.h.Validate()
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("got %v, want an error with %q", err, c.want)
			}
		})
	}
	if err := (calendar.Hours{}).Validate(); err != nil {
		t.Errorf("no hours (around the clock) refused: %v", err)
	}
	if err := bad(func(h *calendar.Hours) { h.Week[0].Close = "24:00" }).Validate(); err != nil {
		t.Errorf("open until midnight refused: %v", err)
	}
}

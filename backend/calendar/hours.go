package calendar

import (
	"fmt"
	"strings"
	"time"
	_ "time/tzdata" // time zones work without the system's zoneinfo
)

// Day is one weekday's opening hours, "09:00" to "17:00" local time.
// Close may be "24:00" (open until midnight).
type Day struct {
	Closed bool   `json:"closed"`
	Open   string `json:"open"`
	Close  string `json:"close"`
}

// Hours is one schedule: a time zone, the week, and holidays.
type Hours struct {
	// TimeZone is an IANA name such as "Europe/Berlin"; "" means UTC.
	TimeZone string `json:"timeZone"`
	// Week has seven days, Monday first, or none for open around the clock.
	Week []Day `json:"week"`
	// Holidays are closed all day, as "2026-12-25".
	Holidays []string `json:"holidays"`
}

// Weekdays names Week's entries, Monday first.
var Weekdays = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

// compiled is Hours checked and ready to answer.
type compiled struct {
	loc      *time.Location
	week     [7][2]int // by time.Weekday: open, close in minutes; open < 0: closed
	allWeek  bool
	holidays map[[3]int]bool
}

func clockMinutes(s string) (int, bool) {
	var h, m int
	if len(s) != 5 || s[2] != ':' {
		return 0, false
	}
	if _, err := fmt.Sscanf(s, "%02d:%02d", &h, &m); err != nil || m > 59 || h > 24 || h == 24 && m != 0 {
		return 0, false
	}
	return h*60 + m, true
}

// Validate checks the schedule and says what to fix.
func (h Hours) Validate() error {
	_, err := h.compile()
	return err
}

func (h Hours) compile() (*compiled, error) {
	c := &compiled{holidays: map[[3]int]bool{}}
	var err error
	if c.loc, err = time.LoadLocation(h.TimeZone); err != nil || strings.EqualFold(h.TimeZone, "local") {
		return nil, fmt.Errorf("time zone %q is not known: pick one from the list, such as Europe/Berlin", h.TimeZone)
	}
	switch len(h.Week) {
	case 0:
		c.allWeek = true
	case 7:
		open := false
		for i, d := range h.Week {
			wd := (i + 1) % 7 // Week is Monday first; time.Weekday is Sunday first
			if d.Closed {
				c.week[wd] = [2]int{-1, -1}
				continue
			}
			o, ok1 := clockMinutes(d.Open)
			cl, ok2 := clockMinutes(d.Close)
			if !ok1 || !ok2 {
				return nil, fmt.Errorf("%s hours %q–%q are not times: write them as 09:00 and 17:00", Weekdays[i], d.Open, d.Close)
			}
			if o >= cl {
				return nil, fmt.Errorf("%s opens at %s but closes at %s: the closing time must be later", Weekdays[i], d.Open, d.Close)
			}
			c.week[wd], open = [2]int{o, cl}, true
		}
		if !open {
			return nil, fmt.Errorf("every day is closed: open at least one day, or clear the hours to count every hour")
		}
	default:
		return nil, fmt.Errorf("the week has %d days: give all seven, Monday first", len(h.Week))
	}
	for _, s := range h.Holidays {
		d, err := time.Parse(time.DateOnly, s)
		if err != nil {
			return nil, fmt.Errorf("holiday %q is not a date: write it as 2026-12-25", s)
		}
		c.holidays[[3]int{d.Year(), int(d.Month()), d.Day()}] = true
	}
	return c, nil
}

// day returns the open interval of the local day y-m-d (normalised), and
// whether the shop opens that day. time.Date places wall times that a DST
// change skips or repeats, so such days are an hour shorter or longer.
func (c *compiled) day(y int, m time.Month, d int) (from, to time.Time, open bool) {
	mid := time.Date(y, m, d, 0, 0, 0, 0, c.loc)
	y, m, d = mid.Date()
	if c.holidays[[3]int{y, int(m), d}] {
		return mid, mid, false
	}
	if c.allWeek {
		return mid, time.Date(y, m, d+1, 0, 0, 0, 0, c.loc), true
	}
	w := c.week[mid.Weekday()]
	if w[0] < 0 {
		return mid, mid, false
	}
	return time.Date(y, m, d, 0, w[0], 0, 0, c.loc), time.Date(y, m, d, 0, w[1], 0, 0, c.loc), true
}

// OpenOn is when the shop opens and closes on the local date y-m-d, and
// whether it opens at all (a holiday or a closed weekday does not). Open
// around the clock is midnight to midnight.
func (h Hours) OpenOn(y int, m time.Month, d int) (from, to time.Time, open bool, err error) {
	c, err := h.compile()
	if err != nil {
		return from, to, false, err
	}
	from, to, open = c.day(y, m, d)
	return from, to, open, nil
}

// Location is the schedule's time zone (UTC when it cannot be loaded).
func (h Hours) Location() *time.Location {
	if loc, err := time.LoadLocation(h.TimeZone); err == nil && !strings.EqualFold(h.TimeZone, "local") {
		return loc
	}
	return time.UTC
}

package settings

import (
	"reflect"
	"time"

	"shopdesk/backend/calendar"
)

// withHistory records s.Hours in s.HoursHistory from now on when they
// differ from the hours in effect, so that time already counted keeps the
// hours it was counted by.
func (s *Shop) withHistory(now time.Time) {
	var cur calendar.Hours
	if n := len(s.HoursHistory); n > 0 {
		cur = s.HoursHistory[n-1].Hours
	}
	if sameHours(cur, s.Hours) {
		return
	}
	s.HoursHistory = append(s.HoursHistory, calendar.Schedule{From: now.UTC(), Hours: s.Hours})
}

func sameHours(a, b calendar.Hours) bool {
	norm := func(h calendar.Hours) calendar.Hours {
		if len(h.Holidays) == 0 {
			h.Holidays = nil
		}
		if len(h.Week) == 0 {
			h.Week = nil
			if h.Holidays == nil {
				return calendar.Hours{} // around the clock, in any zone
			}
		}
		return h
	}
	return reflect.DeepEqual(norm(a), norm(b))
}

// Calendar is the shop's business calendar, from the hours' history.
func (s Shop) Calendar() (*calendar.Calendar, error) {
	return calendar.New(s.HoursHistory)
}

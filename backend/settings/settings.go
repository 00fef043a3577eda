package settings

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/calendar"
	"shopdesk/backend/store"
)

// Shop is the shop-wide settings record.
type Shop struct {
	StoreName string `json:"storeName"`
	// Website is the shop's web address ("" for none), for [Store Website].
	Website string  `json:"website"`
	Targets Targets `json:"targets"`
	// Hours are the business hours service targets count in; no weekly
	// hours means around the clock.
	Hours calendar.Hours `json:"hours"`
	// HoursHistory is every schedule with the instant it took effect,
	// oldest first; Put keeps it, the form does not change it.
	HoursHistory []calendar.Schedule `json:"hoursHistory"`
	// RememberedUser is signed in automatically at start (0: ask who is there).
	RememberedUser uint64 `json:"rememberedUser"`
	// LeaveNewUnassigned turns off assigning a new ticket to whoever
	// created it. Stored as the exception so that every shop, old or new,
	// starts with the assignment on.
	LeaveNewUnassigned bool `json:"leaveNewUnassigned"`
	// GettingStartedDismissed hides the getting-started card for good.
	GettingStartedDismissed bool `json:"gettingStartedDismissed"`
}

// Targets are service targets in minutes. First response is per priority,
// with live chat's own, faster target; resolution is per priority.
type Targets struct {
	FirstResponse     map[string]int `json:"firstResponse"`
	ChatFirstResponse int            `json:"chatFirstResponse"`
	Resolution        map[string]int `json:"resolution"`
}

// Priorities in order of urgency; tickets uses the same names.
var Priorities = []string{"urgent", "high", "normal", "low"}

// DefaultTargets come from the source documents: live chat answered in under
// 10 minutes, email within a few hours, everything resolved within 24 hours
// (low priority gets a working-day's slack on top).
func DefaultTargets() Targets {
	return Targets{
		FirstResponse:     map[string]int{"urgent": 60, "high": 120, "normal": 240, "low": 480},
		ChatFirstResponse: 10,
		Resolution:        map[string]int{"urgent": 8 * 60, "high": 24 * 60, "normal": 24 * 60, "low": 48 * 60},
	}
}

const maxTarget = 60 * 24 * 60 // 60 days

// Validate checks every target is a sensible number of minutes.
func (t Targets) Validate() error {
	check := func(what string, m int) error {
		if m < 1 || m > maxTarget {
			return fmt.Errorf("%s target must be between 1 minute and 60 days: change it and save again", what)
		}
		return nil
	}
	for _, p := range Priorities {
		if err := check("first-response ("+p+")", t.FirstResponse[p]); err != nil {
			return err
		}
		if err := check("resolution ("+p+")", t.Resolution[p]); err != nil {
			return err
		}
	}
	return check("live-chat first-response", t.ChatFirstResponse)
}

var key = []byte("shop")

// Get reads the settings inside tx, with defaults for anything unset.
func Get(tx *bolt.Tx) (Shop, error) {
	s := Shop{Targets: DefaultTargets()}
	if v := tx.Bucket(store.BucketSettings).Get(key); v != nil {
		if err := json.Unmarshal(v, &s); err != nil {
			return s, fmt.Errorf("read settings: %w", err)
		}
	}
	return s, nil
}

// Put validates and writes the settings inside tx; changed hours take
// effect now.
func Put(tx *bolt.Tx, s Shop) error { return PutAt(tx, s, time.Now()) }

// PutAt is Put with changed hours taking effect at now.
func PutAt(tx *bolt.Tx, s Shop, now time.Time) error {
	s.StoreName = strings.TrimSpace(s.StoreName)
	if s.StoreName == "" {
		return fmt.Errorf("store name is empty: type your shop's name")
	}
	if utf8.RuneCountInString(s.StoreName) > 100 {
		return fmt.Errorf("store name is too long: use at most 100 characters")
	}
	website, err := NormalizeWebsite(s.Website)
	if err != nil {
		return err
	}
	s.Website = website
	if err := s.Targets.Validate(); err != nil {
		return err
	}
	if s.Hours.TimeZone == "" {
		s.Hours.TimeZone = "UTC"
	}
	if err := s.Hours.Validate(); err != nil {
		return fmt.Errorf("business hours: %w", err)
	}
	// The history is the file's: a caller's copy may be stale.
	cur, err := Get(tx)
	if err != nil {
		return err
	}
	s.HoursHistory = cur.HoursHistory
	s.withHistory(now)
	v, err := json.Marshal(s)
	if err != nil {
		return err
	}
	return tx.Bucket(store.BucketSettings).Put(key, v)
}

// Load is Get in its own read transaction.
func Load(db *store.DB) (s Shop, err error) {
	err = db.View(func(tx *bolt.Tx) error { s, err = Get(tx); return err })
	return s, err
}

// Save is Put in its own write transaction.
func Save(db *store.DB, s Shop) error {
	return db.Update(func(tx *bolt.Tx) error { return Put(tx, s) })
}

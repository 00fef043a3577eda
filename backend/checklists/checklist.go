// Package checklists keeps the shift's checklists: templates the owner
// edits (the seed's Daily Customer Service Operations Checklist is
// installed on first start) and each person's run of them for a day,
// created the first time it is needed, with due times from the shop's
// business hours.
package checklists

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"shopdesk/backend/calendar"
	"shopdesk/backend/limits"
)

// Timeframe is when in the shift a task is due.
type Timeframe string

const (
	StartOfShift Timeframe = "start_of_shift"
	Morning      Timeframe = "morning"
	Throughout   Timeframe = "throughout_the_day"
	AsNeeded     Timeframe = "as_needed" // never late
	EndOfShift   Timeframe = "end_of_shift"
	AtTime       Timeframe = "at" // Task.At, a clock time
)

// Timeframes in the order a shift runs.
var Timeframes = []Timeframe{StartOfShift, Morning, Throughout, AsNeeded, EndOfShift, AtTime}

// Audience is who a checklist is for.
type Audience string

const (
	Everyone Audience = "everyone"
	ForRole  Audience = "role"   // Template.Role
	ForOne   Audience = "person" // Template.PersonID
)

// Days is which days a checklist runs.
type Days string

const (
	EveryDay Days = "every_day"
	Weekdays Days = "weekdays" // Monday to Friday
	Chosen   Days = "chosen"   // Template.Weekdays
)

// Links into the app a task may carry.
const (
	LinkInbox   = "inbox-due"      // the inbox, soonest due first
	LinkRefunds = "returns-refund" // the returns queue's To refund tab
	LinkMetrics = "metrics-today"  // today's figures
	LinkSummary = "eod-summary"    // the end-of-day summary
)

// Links are the places a task can open.
var Links = []string{LinkInbox, LinkRefunds, LinkMetrics, LinkSummary}

// Task is one line of a checklist.
type Task struct {
	ID        uint64    `json:"id"` // unique within its template
	Title     string    `json:"title"`
	Timeframe Timeframe `json:"timeframe"`
	At        string    `json:"at"`   // "14:30" when Timeframe is AtTime
	Note      string    `json:"note"` // guidance, the seed's Notes column
	Link      string    `json:"link"` // "" or one of Links
}

// Template is a checklist as the owner set it up.
type Template struct {
	ID       uint64   `json:"id"`
	Name     string   `json:"name"`
	Audience Audience `json:"audience"`
	Role     string   `json:"role"`
	PersonID uint64   `json:"personId"`
	Days     Days     `json:"days"`
	// Weekdays are the chosen days, 0 Monday … 6 Sunday.
	Weekdays   []int  `json:"weekdays"`
	Tasks      []Task `json:"tasks"`
	DefaultKey string `json:"defaultKey,omitempty"`
	// LastTask is the highest task ID ever given: a removed task's ID is
	// never given to a new one, so history and statistics by task hold.
	LastTask  uint64    `json:"lastTask"`
	Version   uint64    `json:"version"`
	CreatedAt time.Time `json:"createdAt" ts_type:"string"`
	UpdatedAt time.Time `json:"updatedAt" ts_type:"string"`
}

// Limits on a checklist.
const (
	MaxName  = 100
	MaxTasks = 60
	MaxTitle = 200
	MaxNote  = 1_000
)

// clean checks a template and says what to fix.
func (t Template) clean() (Template, error) {
	t.Name = strings.TrimSpace(t.Name)
	switch {
	case t.Name == "":
		return t, fmt.Errorf("the checklist has no name: type one, such as Daily operations")
	case utf8.RuneCountInString(t.Name) > MaxName:
		return t, fmt.Errorf("the checklist's name is too long: use at most %d characters", MaxName)
	case len(t.Tasks) == 0:
		return t, fmt.Errorf("the checklist has no tasks: add at least one")
	case len(t.Tasks) > MaxTasks:
		return t, fmt.Errorf("the checklist has %d tasks: keep it to %d, or split it in two", len(t.Tasks), MaxTasks)
	}
	if err := limits.Line("the checklist's name", t.Name); err != nil {
		return t, err
	}
	switch t.Audience {
	case "", Everyone:
		t.Audience = Everyone
	case ForRole:
		if t.Role != "owner" && t.Role != "rep" {
			return t, fmt.Errorf("choose who the checklist is for: everyone, the owner, the reps or one person")
		}
	case ForOne:
		if t.PersonID == 0 {
			return t, fmt.Errorf("choose the person the checklist is for")
		}
	default:
		return t, fmt.Errorf("choose who the checklist is for: everyone, a role or one person")
	}
	switch t.Days {
	case "", EveryDay:
		t.Days = EveryDay
	case Weekdays:
	case Chosen:
		if len(t.Weekdays) == 0 {
			return t, fmt.Errorf("choose the days the checklist runs")
		}
		for _, d := range t.Weekdays {
			if d < 0 || d > 6 {
				return t, fmt.Errorf("a checklist day must be Monday to Sunday")
			}
		}
	default:
		return t, fmt.Errorf("choose when the checklist runs: every day, weekdays or chosen days")
	}
	for i := range t.Tasks {
		k := &t.Tasks[i]
		k.Title, k.Note = strings.TrimSpace(k.Title), strings.TrimSpace(k.Note)
		switch {
		case k.Title == "":
			return t, fmt.Errorf("task %d has no title", i+1)
		case utf8.RuneCountInString(k.Title) > MaxTitle:
			return t, fmt.Errorf("task %d's title is too long: use at most %d characters", i+1, MaxTitle)
		case utf8.RuneCountInString(k.Note) > MaxNote:
			return t, fmt.Errorf("task %d's note is too long: keep it under %d characters", i+1, MaxNote)
		case !slices.Contains(Timeframes, k.Timeframe):
			return t, fmt.Errorf("task %d (%s): choose when it is due: start of shift, morning, throughout the day, as needed, end of shift or a time", i+1, limits.Clip(k.Title, 40))
		case k.Link != "" && !slices.Contains(Links, k.Link):
			return t, fmt.Errorf("task %d (%s) links to %q, which is not a place in Shopdesk", i+1, limits.Clip(k.Title, 40), limits.Clip(k.Link, 30))
		}
		if k.Timeframe == AtTime {
			if _, ok := clock(k.At); !ok {
				return t, fmt.Errorf("task %d (%s): type the time it is due as 14:30", i+1, limits.Clip(k.Title, 40))
			}
		} else {
			k.At = ""
		}
		if err := limits.Line("a task's title", k.Title); err != nil {
			return t, err
		}
	}
	return t, nil
}

func clock(s string) (int, bool) {
	var h, m int
	if len(s) != 5 || s[2] != ':' {
		return 0, false
	}
	if _, err := fmt.Sscanf(s, "%02d:%02d", &h, &m); err != nil || h > 23 || m > 59 {
		return 0, false
	}
	return h*60 + m, true
}

// withinHours refuses a task due at a clock time the shop is closed on a
// day the checklist runs: it would be late before anyone could do it.
func (t Template) withinHours(h calendar.Hours) error {
	if len(h.Week) != 7 {
		return nil // open around the clock
	}
	for i, k := range t.Tasks {
		if k.Timeframe != AtTime {
			continue
		}
		at, _ := clock(k.At)
		for wd, day := range h.Week {
			if day.Closed || !t.appliesTo(t.PersonID, t.Role, wd) {
				continue
			}
			open, _ := clock(day.Open)
			close, ok := clock(day.Close)
			if day.Close == "24:00" {
				close, ok = 24*60, true
			}
			if ok && (at < open || at > close) {
				return fmt.Errorf("task %d (%s) is due at %s, but on %ss the shop is open %s to %s: choose a time within business hours",
					i+1, limits.Clip(k.Title, 40), k.At, calendar.Weekdays[wd], day.Open, day.Close)
			}
		}
	}
	return nil
}

// appliesTo says whether the checklist is for this person on a weekday
// (0 Monday … 6 Sunday).
func (t Template) appliesTo(personID uint64, role string, weekday int) bool {
	switch t.Audience {
	case ForRole:
		if role != t.Role {
			return false
		}
	case ForOne:
		if personID != t.PersonID {
			return false
		}
	}
	switch t.Days {
	case Weekdays:
		return weekday < 5
	case Chosen:
		return slices.Contains(t.Weekdays, weekday)
	}
	return true
}

// Daily is the seed's Daily Customer Service Operations Checklist, word for
// word: every day, for everyone.
func Daily() Template {
	return Template{Name: "Daily Customer Service Operations Checklist", Audience: Everyone, Days: EveryDay, DefaultKey: "daily",
		Tasks: []Task{
			{ID: 1, Title: "Log in to the order management and CRM system.", Timeframe: StartOfShift, Note: "Verify system functionality."},
			{ID: 2, Title: "Review and prioritize open tickets (order issues, returns, etc.).", Timeframe: StartOfShift, Note: "Identify high-priority cases (e.g., shipping delays).", Link: LinkInbox},
			{ID: 3, Title: "Check emails, live chat, and social media messages.", Timeframe: StartOfShift, Note: "Respond to all unresolved inquiries."},
			{ID: 4, Title: "Monitor daily metrics (response time, ticket backlog, CSAT).", Timeframe: Morning, Note: "Track KPIs using dashboards.", Link: LinkMetrics},
			{ID: 5, Title: "Communicate with the warehouse team about order or shipping issues.", Timeframe: Morning, Note: "Ensure real-time updates."},
			{ID: 6, Title: "Process pending refunds, returns, and exchanges.", Timeframe: Throughout, Note: "Follow company policies.", Link: LinkRefunds},
			{ID: 7, Title: "Update customers about delays or out-of-stock items.", Timeframe: AsNeeded, Note: "Proactively send updates."},
			{ID: 8, Title: "Escalate unresolved issues (e.g., fraud cases, VIP complaints).", Timeframe: AsNeeded, Note: "Log details in the CRM."},
			{ID: 9, Title: "Review the end-of-day report and update the team log.", Timeframe: EndOfShift, Note: "Prepare for the next shift.", Link: LinkSummary},
		}}
}

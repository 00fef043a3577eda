package checklists

import (
	"bytes"
	"encoding/json"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/calendar"
	"shopdesk/backend/store"
)

// Outcome is how a task of a day turned out, as the owner reads it.
type Outcome string

const (
	Done      Outcome = "done"       // ticked by its due time
	DoneLate  Outcome = "done_late"  // ticked after its due time
	Skipped   Outcome = "skipped"    // the day is over and it was not ticked
	LateNow   Outcome = "late"       // today, past due, not ticked yet
	Open      Outcome = "open"       // today, not due yet
	NotNeeded Outcome = "not_needed" // as needed, and not done: never counted against anyone
)

// HistoryTask is a task of a past (or today's) run with its outcome.
type HistoryTask struct {
	RunTask
	Outcome Outcome `json:"outcome"`
}

// DayRun is one checklist a person had on a day: the run, or, when nobody
// opened it, Missing with the template's tasks all skipped.
type DayRun struct {
	TemplateID uint64        `json:"templateId"`
	Name       string        `json:"name"`
	Missing    bool          `json:"missing"`
	Tasks      []HistoryTask `json:"tasks"`
	History    []Tick        `json:"history"`
	Done       int           `json:"done"`
	Counted    int           `json:"counted"` // tasks that count (not as needed)
	Late       int           `json:"late"`
}

// PersonDay is one person's checklists of a day.
type PersonDay struct {
	PersonID uint64   `json:"personId"`
	Name     string   `json:"name"`
	Runs     []DayRun `json:"runs"`
}

// Day is every person's checklists on one of the shop's days.
type Day struct {
	Date   string      `json:"date"`
	Closed bool        `json:"closed"` // the shop did not open: no checklists were due
	Today  bool        `json:"today"`
	People []PersonDay `json:"people"`
}

// ParseDay reads a shop-local date as 2026-12-03.
func ParseDay(date string, loc *time.Location) (time.Time, error) {
	d, err := time.ParseInLocation("2006-01-02", date, loc)
	if err != nil {
		return d, fmt.Errorf("%q is not a date: use the form 2026-12-03", date)
	}
	return d, nil
}

// DayOf is the people's checklists on date: each run as it was kept, and
// for every checklist that applied with no run, a missing one, so a day
// nobody opened Shopdesk shows as such. Checklists that apply are judged
// by the templates as they are now.
func DayOf(tx *bolt.Tx, people []Person, h calendar.Hours, date string, now time.Time) (Day, error) {
	loc := h.Location()
	d, err := ParseDay(date, loc)
	if err != nil {
		return Day{}, err
	}
	out := Day{Date: date, People: []PersonDay{}}
	local := now.In(loc)
	todayStr := local.Format("2006-01-02")
	if date > todayStr {
		return out, fmt.Errorf("%s has not happened yet: choose today or a day before", date)
	}
	out.Today = date == todayStr
	_, _, open, err := shift(h, d.Year(), d.Month(), d.Day())
	if err != nil {
		return out, err
	}
	out.Closed = !open
	templates, err := List(tx)
	if err != nil {
		return out, err
	}
	for _, p := range people {
		pd, err := personDay(tx, p, templates, d, date, open, out.Today, now)
		if err != nil {
			return out, err
		}
		out.People = append(out.People, pd)
	}
	return out, nil
}

func personDay(tx *bolt.Tx, p Person, templates []Template, d time.Time, date string, open, today bool, now time.Time) (PersonDay, error) {
	pd := PersonDay{PersonID: p.ID, Name: p.Name, Runs: []DayRun{}}
	seen := map[uint64]bool{}
	prefix := store.Key(store.U64(p.ID), []byte(date))
	c := tx.Bucket(store.BucketRuns).Cursor()
	for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix) && len(k) == len(prefix)+8; k, v = c.Next() {
		var r Run
		if err := json.Unmarshal(v, &r); err != nil {
			return pd, fmt.Errorf("read %s's checklist of %s: %w", p.Name, date, err)
		}
		seen[r.TemplateID] = true
		pd.Runs = append(pd.Runs, judge(r, today, now))
	}
	if !open {
		return pd, nil
	}
	weekday := (int(d.Weekday()) + 6) % 7
	for _, t := range templates {
		// A checklist made after the day was not missed on it.
		if seen[t.ID] || !t.appliesTo(p.ID, p.Role, weekday) || t.CreatedAt.After(endOfDay(d)) {
			continue
		}
		if today {
			continue // today's run is made when the person opens it; not missing yet
		}
		r := Run{TemplateID: t.ID, Name: t.Name, PersonID: p.ID, Date: date}
		for _, k := range t.Tasks {
			r.Tasks = append(r.Tasks, RunTask{Task: k})
		}
		dr := judge(r, false, now)
		dr.Missing = true
		pd.Runs = append(pd.Runs, dr)
	}
	return pd, nil
}

func endOfDay(d time.Time) time.Time { return d.AddDate(0, 0, 1) }

// judge gives each task of a run its outcome.
func judge(r Run, today bool, now time.Time) DayRun {
	dr := DayRun{TemplateID: r.TemplateID, Name: r.Name, History: r.History, Tasks: make([]HistoryTask, len(r.Tasks))}
	if dr.History == nil {
		dr.History = []Tick{}
	}
	for i, k := range r.Tasks {
		ht := HistoryTask{RunTask: k}
		switch {
		case k.Done && k.Due != nil && k.DoneAt != nil && k.DoneAt.After(*k.Due):
			ht.Outcome = DoneLate
		case k.Done:
			ht.Outcome = Done
		case k.Timeframe == AsNeeded:
			ht.Outcome = NotNeeded
		case !today:
			ht.Outcome = Skipped
		case k.Due != nil && now.After(*k.Due):
			ht.Outcome, ht.Late = LateNow, true
		default:
			ht.Outcome = Open
		}
		if ht.Outcome != NotNeeded {
			dr.Counted++
		}
		if k.Done {
			dr.Done++
		}
		if ht.Outcome == DoneLate || ht.Outcome == LateNow {
			dr.Late++
		}
		dr.Tasks[i] = ht
	}
	return dr
}

// Rate is a completion rate: tasks done of the tasks that counted.
type Rate struct {
	Done    int `json:"done"`
	Counted int `json:"counted"`
	Late    int `json:"late"` // done late
	Skipped int `json:"skipped"`
	// MissedDays are days a checklist applied and no run was opened.
	MissedDays int `json:"missedDays"`
}

func (r *Rate) add(dr DayRun) {
	for _, k := range dr.Tasks {
		switch k.Outcome {
		case Done:
			r.Done++
		case DoneLate:
			r.Done++
			r.Late++
		case Skipped:
			r.Skipped++
		}
		if k.Outcome != NotNeeded {
			r.Counted++
		}
	}
	if dr.Missing {
		r.MissedDays++
	}
}

// PersonRate is one person's completion over the window.
type PersonRate struct {
	PersonID uint64 `json:"personId"`
	Name     string `json:"name"`
	Rate
}

// TaskRate is one task's completion over the window, across people.
type TaskRate struct {
	TemplateID uint64 `json:"templateId"`
	TaskID     uint64 `json:"taskId"`
	Title      string `json:"title"`
	Rate
}

// Completion is the completion rates over the days before today.
type Completion struct {
	From    string       `json:"from"`
	To      string       `json:"to"`
	Days    int          `json:"days"`
	People  []PersonRate `json:"people"`
	Tasks   []TaskRate   `json:"tasks"`
	Overall Rate         `json:"overall"`
}

// CompletionOf is each person's and each task's completion rate over the
// days finished days before today (today is still going), closed days left
// out. As-needed tasks not done do not count.
func CompletionOf(tx *bolt.Tx, people []Person, h calendar.Hours, days int, now time.Time) (Completion, error) {
	if days < 1 || days > 366 {
		return Completion{}, fmt.Errorf("choose between 1 and 366 days")
	}
	loc := h.Location()
	y, m, d := now.In(loc).Date()
	first := time.Date(y, m, d-days, 0, 0, 0, 0, loc)
	out := Completion{Days: days, From: first.Format("2006-01-02"), To: time.Date(y, m, d-1, 0, 0, 0, 0, loc).Format("2006-01-02")}
	templates, err := List(tx)
	if err != nil {
		return out, err
	}
	tasks := map[[2]uint64]*TaskRate{}
	var order [][2]uint64
	for _, p := range people {
		pr := PersonRate{PersonID: p.ID, Name: p.Name}
		for i := 0; i < days; i++ {
			day := time.Date(y, m, d-days+i, 0, 0, 0, 0, loc)
			_, _, open, err := shift(h, day.Year(), day.Month(), day.Day())
			if err != nil {
				return out, err
			}
			pd, err := personDay(tx, p, templates, day, day.Format("2006-01-02"), open, false, now)
			if err != nil {
				return out, err
			}
			for _, dr := range pd.Runs {
				pr.add(dr)
				out.Overall.add(dr)
				for _, k := range dr.Tasks {
					key := [2]uint64{dr.TemplateID, k.ID}
					tr := tasks[key]
					if tr == nil {
						tr = &TaskRate{TemplateID: dr.TemplateID, TaskID: k.ID, Title: k.Title}
						tasks[key] = tr
						order = append(order, key)
					}
					tr.add(DayRun{Tasks: []HistoryTask{k}, Missing: dr.Missing})
				}
			}
		}
		out.People = append(out.People, pr)
	}
	for _, key := range order {
		out.Tasks = append(out.Tasks, *tasks[key])
	}
	if out.People == nil {
		out.People = []PersonRate{}
	}
	if out.Tasks == nil {
		out.Tasks = []TaskRate{}
	}
	return out, nil
}

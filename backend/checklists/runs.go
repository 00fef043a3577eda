package checklists

import (
	"encoding/json"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/calendar"
	"shopdesk/backend/limits"
	"shopdesk/backend/store"
)

// RunTask is a task in one day's run: a copy of the template's task as it
// was when the run began, with its due time and whether it is done.
type RunTask struct {
	Task
	Due    *time.Time `json:"due,omitempty" ts_type:"string"`
	Done   bool       `json:"done"`
	DoneAt *time.Time `json:"doneAt,omitempty" ts_type:"string"`
	DoneBy string     `json:"doneBy"`
	// Comment is what the person noted ("warehouse says Tuesday").
	Comment string `json:"comment"`
	// Late is worked out when the run is read: due and not done.
	Late bool `json:"late"`
	// Live is the figure behind a linked task, as it is now ("14 open,
	// 3 urgent, 2 overdue"); ticking the task does not hide it.
	Live string `json:"live"`
}

// Tick is one change to a run: a task ticked or unticked, a note.
type Tick struct {
	At      time.Time `json:"at" ts_type:"string"`
	ByID    uint64    `json:"byId"`
	By      string    `json:"by"`
	TaskID  uint64    `json:"taskId"`
	Done    bool      `json:"done"`
	Comment string    `json:"comment"`
}

// Run is one person's checklist for one day.
type Run struct {
	TemplateID      uint64    `json:"templateId"`
	TemplateVersion uint64    `json:"templateVersion"`
	Name            string    `json:"name"`
	PersonID        uint64    `json:"personId"`
	Date            string    `json:"date"` // the shop's local date, 2026-12-03
	Tasks           []RunTask `json:"tasks"`
	History         []Tick    `json:"history"`
	CreatedAt       time.Time `json:"createdAt" ts_type:"string"`
	Version         uint64    `json:"version"`
}

// Person is whose day it is, or who ticks.
type Person struct {
	ID    uint64
	Name  string
	Role  string // "owner" or "rep"
	Owner bool
}

// The shift when the shop keeps no hours (open around the clock): tasks
// are due as in a nine-to-five day.
const (
	defaultOpen  = 9 * 60
	defaultClose = 17 * 60
)

func runKey(person uint64, date string, template uint64) []byte {
	return store.Key(store.U64(person), []byte(date), store.U64(template))
}

// shift is the day's opening hours in the shop's zone, and whether it opens.
func shift(h calendar.Hours, y int, m time.Month, d int) (open, close time.Time, ok bool, err error) {
	if len(h.Week) == 0 {
		loc := h.Location()
		mid := time.Date(y, m, d, 0, 0, 0, 0, loc)
		// A holiday still closes a shop that keeps no weekly hours.
		if _, _, on, err := h.OpenOn(y, m, d); err != nil || !on {
			return mid, mid, false, err
		}
		return time.Date(y, m, d, 0, defaultOpen, 0, 0, loc), time.Date(y, m, d, 0, defaultClose, 0, 0, loc), true, nil
	}
	open, close, ok, err = h.OpenOn(y, m, d)
	return open, close, ok, err
}

// due is when a task of the day is due: an hour into the shift for the
// start of it, noon (or two hours in, for a shop opening late) for the
// morning, the close for throughout the day and the end of the shift, the
// clock time for a time, never for as needed.
func due(k Task, open, close time.Time) *time.Time {
	var t time.Time
	switch k.Timeframe {
	case AsNeeded:
		return nil
	case StartOfShift:
		t = open.Add(time.Hour)
	case Morning:
		y, m, d := open.Date()
		t = time.Date(y, m, d, 12, 0, 0, 0, open.Location())
		if !t.After(open.Add(time.Hour)) {
			t = open.Add(2 * time.Hour)
		}
	case AtTime:
		mins, _ := clock(k.At)
		y, m, d := open.Date()
		t = time.Date(y, m, d, 0, mins, 0, 0, open.Location())
	default:
		t = close
	}
	if t.After(close) {
		t = close
	}
	t = t.UTC()
	return &t
}

// Today is the person's runs for the shop's local day at now, each created
// the first time it is asked for from the checklist as it is then. A day
// the shop is closed has none.
func Today(tx *bolt.Tx, p Person, h calendar.Hours, now time.Time) ([]Run, error) {
	loc := h.Location()
	local := now.In(loc)
	y, m, d := local.Date()
	open, close, ok, err := shift(h, y, m, d)
	if err != nil {
		return nil, err
	}
	date := fmt.Sprintf("%04d-%02d-%02d", y, m, d)
	out := []Run{}
	if !ok {
		return out, nil
	}
	weekday := (int(local.Weekday()) + 6) % 7
	templates, err := List(tx)
	if err != nil {
		return nil, err
	}
	runs := tx.Bucket(store.BucketRuns)
	for _, t := range templates {
		if !t.appliesTo(p.ID, p.Role, weekday) {
			continue
		}
		key := runKey(p.ID, date, t.ID)
		var r Run
		if v := runs.Get(key); v != nil {
			if err := json.Unmarshal(v, &r); err != nil {
				return nil, fmt.Errorf("read today's run of %q: %w", t.Name, err)
			}
		} else {
			r = Run{TemplateID: t.ID, TemplateVersion: t.Version, Name: t.Name, PersonID: p.ID, Date: date,
				History: []Tick{}, CreatedAt: now.UTC(), Version: 1}
			for _, k := range t.Tasks {
				r.Tasks = append(r.Tasks, RunTask{Task: k, Due: due(k, open, close)})
			}
			if err := putRun(tx, r); err != nil {
				return nil, err
			}
		}
		out = append(out, r.withLate(now))
	}
	return out, nil
}

func putRun(tx *bolt.Tx, r Run) error {
	v, err := json.Marshal(r)
	if err != nil {
		return err
	}
	return tx.Bucket(store.BucketRuns).Put(runKey(r.PersonID, r.Date, r.TemplateID), v)
}

// withLate flags the tasks due before now and not done.
func (r Run) withLate(now time.Time) Run {
	tasks := make([]RunTask, len(r.Tasks))
	for i, k := range r.Tasks {
		k.Late = !k.Done && k.Due != nil && now.After(*k.Due)
		tasks[i] = k
	}
	r.Tasks = tasks
	return r
}

// Mark ticks (done) or unticks a task of a run, with an optional comment.
// A person marks their own runs; the owner anyone's. Every change is kept
// in the run's history, unticking included.
func Mark(tx *bolt.Tx, by Person, personID uint64, date string, templateID, taskID uint64, done bool, comment string, now time.Time) (Run, error) {
	if !by.Owner && by.ID != personID {
		return Run{}, fmt.Errorf("this is another person's checklist: only they or the owner can tick it")
	}
	if err := limits.Body("the note", comment); err != nil {
		return Run{}, err
	}
	if len([]rune(comment)) > MaxNote {
		return Run{}, fmt.Errorf("the note is too long: keep it under %d characters", MaxNote)
	}
	v := tx.Bucket(store.BucketRuns).Get(runKey(personID, date, templateID))
	if v == nil {
		return Run{}, fmt.Errorf("there is no such checklist for %s: open today's checklist again", date)
	}
	var r Run
	if err := json.Unmarshal(v, &r); err != nil {
		return r, err
	}
	i := -1
	for j, k := range r.Tasks {
		if k.ID == taskID {
			i = j
		}
	}
	if i < 0 {
		return r, fmt.Errorf("that task is not on this checklist")
	}
	k := &r.Tasks[i]
	at := now.UTC()
	if done {
		k.Done, k.DoneAt, k.DoneBy = true, &at, by.Name
	} else {
		k.Done, k.DoneAt, k.DoneBy = false, nil, ""
	}
	k.Comment = comment
	r.History = append(r.History, Tick{At: at, ByID: by.ID, By: by.Name, TaskID: taskID, Done: done, Comment: comment})
	r.Version++
	return r.withLate(now), putRun(tx, r)
}

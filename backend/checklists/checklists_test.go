package checklists_test

import (
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/calendar"
	"shopdesk/backend/checklists"
	"shopdesk/backend/store"
	"shopdesk/backend/store/storetest"
)

var (
	rep   = checklists.Person{ID: 7, Name: "Riley Rep", Role: "rep"}
	other = checklists.Person{ID: 8, Name: "Sam Rep", Role: "rep"}
	owner = checklists.Person{ID: 1, Name: "Maya Owner", Role: "owner", Owner: true}
)

// berlin9to5 is Monday to Friday, 9 to 5 in Berlin, closed at the weekend
// and on Christmas Day.
func berlin9to5() calendar.Hours {
	week := make([]calendar.Day, 7)
	for i := range week {
		week[i] = calendar.Day{Open: "09:00", Close: "17:00", Closed: i >= 5}
	}
	return calendar.Hours{TimeZone: "Europe/Berlin", Week: week, Holidays: []string{"2026-12-25"}}
}

func seeded(t *testing.T) *store.DB {
	t.Helper()
	db := storetest.Open(t)
	if err := db.Update(func(tx *bolt.Tx) error { return checklists.SeedDefaults(tx, time.Now()) }); err != nil {
		t.Fatal(err)
	}
	return db
}

func today(t *testing.T, db *store.DB, p checklists.Person, h calendar.Hours, now time.Time) []checklists.Run {
	t.Helper()
	var runs []checklists.Run
	err := db.Update(func(tx *bolt.Tx) (err error) { runs, err = checklists.Today(tx, p, h, now); return err })
	if err != nil {
		t.Fatal(err)
	}
	return runs
}

func at(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestTheSeedsDailyChecklistIsInstalledOnce(t *testing.T) {
	db := seeded(t)
	var list []checklists.Template
	db.Update(func(tx *bolt.Tx) error {
		if err := checklists.SeedDefaults(tx, time.Now()); err != nil {
			return err
		}
		list, _ = checklists.List(tx)
		return nil
	})
	if len(list) != 1 || list[0].Name != "Daily Customer Service Operations Checklist" || len(list[0].Tasks) != 9 {
		t.Fatalf("after seeding twice: %+v", list)
	}
	if list[0].Tasks[1].Title != "Review and prioritize open tickets (order issues, returns, etc.)." || list[0].Tasks[1].Link != checklists.LinkInbox {
		t.Fatalf("task 2: %+v", list[0].Tasks[1])
	}
	db.Update(func(tx *bolt.Tx) error { return checklists.Delete(tx, list[0].ID) })
	db.Update(func(tx *bolt.Tx) error { return checklists.SeedDefaults(tx, time.Now()) })
	db.View(func(tx *bolt.Tx) error { list, _ = checklists.List(tx); return nil })
	if len(list) != 0 {
		t.Fatalf("a deleted default came back: %+v", list)
	}
}

func TestDueTimesFollowTheShopsHours(t *testing.T) {
	db := seeded(t)
	// Thursday 3 December 2026, 08:00 in Berlin (07:00 UTC).
	runs := today(t, db, rep, berlin9to5(), at("2026-12-03T07:00:00Z"))
	if len(runs) != 1 || runs[0].Date != "2026-12-03" {
		t.Fatalf("runs %+v", runs)
	}
	want := map[checklists.Timeframe]string{
		checklists.StartOfShift: "2026-12-03T09:00:00Z", // 10:00 Berlin
		checklists.Morning:      "2026-12-03T11:00:00Z", // noon
		checklists.Throughout:   "2026-12-03T16:00:00Z", // 17:00, the close
		checklists.EndOfShift:   "2026-12-03T16:00:00Z",
	}
	for _, k := range runs[0].Tasks {
		if k.Timeframe == checklists.AsNeeded {
			if k.Due != nil {
				t.Errorf("%q is as needed, yet due %v", k.Title, k.Due)
			}
			continue
		}
		if k.Due == nil || k.Due.Format(time.RFC3339) != want[k.Timeframe] {
			t.Errorf("%q (%s) due %v, want %s", k.Title, k.Timeframe, k.Due, want[k.Timeframe])
		}
		if k.Late {
			t.Errorf("%q late at 08:00", k.Title)
		}
	}
	// Saturday and Christmas Day: the shop is closed, there is no run.
	if runs := today(t, db, rep, berlin9to5(), at("2026-12-05T10:00:00Z")); len(runs) != 0 {
		t.Fatalf("a run on Saturday: %+v", runs)
	}
	if runs := today(t, db, rep, berlin9to5(), at("2026-12-25T10:00:00Z")); len(runs) != 0 {
		t.Fatalf("a run on Christmas Day: %+v", runs)
	}
}

func TestTheDayTurnsAtTheShopsMidnightAndAcrossDST(t *testing.T) {
	db := seeded(t)
	h := berlin9to5()
	// 23:30 UTC on Thursday is 00:30 on Friday in Berlin: Friday's run.
	if runs := today(t, db, rep, h, at("2026-12-03T23:30:00Z")); len(runs) != 1 || runs[0].Date != "2026-12-04" {
		t.Fatalf("just after midnight in Berlin: %+v", runs)
	}
	// Monday 30 March 2026, the day after clocks went forward: 10:00 is
	// 08:00 UTC (summer time), not 09:00.
	runs := today(t, db, rep, h, at("2026-03-30T05:00:00Z"))
	if len(runs) != 1 || runs[0].Tasks[0].Due.Format(time.RFC3339) != "2026-03-30T08:00:00Z" {
		t.Fatalf("after the change to summer time: %+v", runs[0].Tasks[0].Due)
	}
	// Open around the clock: a nine-to-five shift in the shop's zone.
	runs = today(t, db, other, calendar.Hours{TimeZone: "America/New_York"}, at("2026-12-06T15:00:00Z"))
	if len(runs) != 1 || runs[0].Tasks[0].Due.Format(time.RFC3339) != "2026-12-06T15:00:00Z" {
		t.Fatalf("around the clock: %+v", runs)
	}
}

func TestTicksAreKeptAndLateIsWorkedOut(t *testing.T) {
	db := seeded(t)
	h := berlin9to5()
	runs := today(t, db, rep, h, at("2026-12-03T08:00:00Z"))
	r := runs[0]
	mark := func(by checklists.Person, task uint64, done bool, note string, now time.Time) (checklists.Run, error) {
		var out checklists.Run
		err := db.Update(func(tx *bolt.Tx) (err error) {
			out, err = checklists.Mark(tx, by, rep.ID, r.Date, r.TemplateID, task, done, note, now)
			return err
		})
		return out, err
	}
	if _, err := mark(rep, 1, true, "", at("2026-12-03T08:05:00Z")); err != nil {
		t.Fatal(err)
	}
	if _, err := mark(rep, 5, true, "warehouse says Tuesday", at("2026-12-03T08:10:00Z")); err != nil {
		t.Fatal(err)
	}
	got, err := mark(rep, 5, false, "warehouse says Tuesday", at("2026-12-03T08:20:00Z"))
	if err != nil {
		t.Fatal(err)
	}
	if got.Tasks[4].Done || got.Tasks[4].Comment != "warehouse says Tuesday" || len(got.History) != 3 || got.History[2].Done {
		t.Fatalf("untick: task %+v history %+v", got.Tasks[4], got.History)
	}
	if _, err := mark(other, 2, true, "", at("2026-12-03T08:30:00Z")); err == nil || !strings.Contains(err.Error(), "another person's") {
		t.Fatalf("another rep ticked Riley's checklist: %v", err)
	}
	if _, err := mark(owner, 2, true, "done for Riley", at("2026-12-03T08:31:00Z")); err != nil {
		t.Fatalf("the owner ticks a rep's task: %v", err)
	}
	// At 11:00 Berlin the start-of-shift task 3 is an hour late; the
	// as-needed ones never are.
	runs = today(t, db, rep, h, at("2026-12-03T10:00:00Z"))
	late := map[uint64]bool{}
	for _, k := range runs[0].Tasks {
		late[k.ID] = k.Late
	}
	if !late[3] || late[1] || late[2] || late[7] || late[8] || late[4] {
		t.Fatalf("late at 11:00: %v", late)
	}
}

func TestAnEditChangesFutureRunsOnly(t *testing.T) {
	db := seeded(t)
	h := berlin9to5()
	started := today(t, db, rep, h, at("2026-12-03T08:00:00Z"))[0]
	err := db.Update(func(tx *bolt.Tx) error {
		tp, err := checklists.Get(tx, started.TemplateID)
		if err != nil {
			return err
		}
		tp.Tasks = append(tp.Tasks[:1], checklists.Task{Title: "Check the courier's delay page.", Timeframe: checklists.AtTime, At: "14:30"})
		if _, err := checklists.Save(tx, tp, time.Now()); err != nil {
			return err
		}
		// A stale copy is refused.
		if _, err := checklists.Save(tx, tp, time.Now()); err != checklists.ErrConflict {
			t.Errorf("stale save: %v", err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if again := today(t, db, rep, h, at("2026-12-03T12:00:00Z"))[0]; len(again.Tasks) != 9 {
		t.Fatalf("today's started run changed: %d tasks", len(again.Tasks))
	}
	next := today(t, db, rep, h, at("2026-12-04T08:00:00Z"))[0]
	if len(next.Tasks) != 2 || next.Tasks[1].ID != 10 || next.Tasks[1].Due.Format(time.RFC3339) != "2026-12-04T13:30:00Z" {
		t.Fatalf("tomorrow's run: %+v", next.Tasks)
	}
}

func TestBadChecklistsAreRefused(t *testing.T) {
	db := seeded(t)
	for name, change := range map[string]func(*checklists.Template){
		"no name":  func(c *checklists.Template) { c.Name = " " },
		"no tasks": func(c *checklists.Template) { c.Tasks = nil },
		"time":     func(c *checklists.Template) { c.Tasks[0].Timeframe, c.Tasks[0].At = checklists.AtTime, "25:00" },
		"link":     func(c *checklists.Template) { c.Tasks[0].Link = "https://example.com" },
		"days":     func(c *checklists.Template) { c.Days, c.Weekdays = checklists.Chosen, nil },
		"role":     func(c *checklists.Template) { c.Audience, c.Role = checklists.ForRole, "boss" },
		"untitled": func(c *checklists.Template) { c.Tasks[0].Title = "" },
	} {
		c := checklists.Daily()
		change(&c)
		err := db.Update(func(tx *bolt.Tx) error { _, err := checklists.Save(tx, c, time.Now()); return err })
		if err == nil {
			t.Errorf("%s: saved", name)
		}
	}
}

func TestAChecklistForTheOwnersOnWeekdaysOnly(t *testing.T) {
	db := seeded(t)
	c := checklists.Template{Name: "Owner's Monday", Audience: checklists.ForRole, Role: "owner", Days: checklists.Chosen, Weekdays: []int{0},
		Tasks: []checklists.Task{{Title: "Read last week's summary.", Timeframe: checklists.Morning}}}
	if err := db.Update(func(tx *bolt.Tx) error { _, err := checklists.Save(tx, c, time.Now()); return err }); err != nil {
		t.Fatal(err)
	}
	monday := at("2026-11-30T08:00:00Z")
	if n := len(today(t, db, owner, berlin9to5(), monday)); n != 2 {
		t.Fatalf("the owner has %d runs on Monday, want 2", n)
	}
	if n := len(today(t, db, rep, berlin9to5(), monday)); n != 1 {
		t.Fatalf("a rep has %d runs on Monday, want 1", n)
	}
	if n := len(today(t, db, owner, berlin9to5(), at("2026-12-01T08:00:00Z"))); n != 1 {
		t.Fatalf("the owner has %d runs on Tuesday, want 1", n)
	}
}

func TestOpeningTodaysRunAgainWritesNothing(t *testing.T) {
	db := storetest.Open(t)
	s, err := checklists.NewServiceAt(db, func() time.Time { return at("2026-12-03T10:00:00Z") })
	if err != nil {
		t.Fatal(err)
	}
	if runs, err := s.Today(rep); err != nil || len(runs) != 1 {
		t.Fatalf("first open: %v %v", runs, err)
	}
	st := db.Bolt().Stats()
	before := st.TxStats.GetWrite()
	if runs, err := s.Today(rep); err != nil || len(runs) != 1 {
		t.Fatalf("second open: %v %v", runs, err)
	}
	st = db.Bolt().Stats()
	if after := st.TxStats.GetWrite(); after != before {
		t.Fatalf("the second open wrote %d pages", after-before)
	}
}

package checklists_test

import (
	"strings"
	"sync"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/checklists"
	"shopdesk/backend/settings"
	"shopdesk/backend/store/storetest"
)

func outcomes(dr checklists.DayRun) map[uint64]checklists.Outcome {
	out := map[uint64]checklists.Outcome{}
	for _, k := range dr.Tasks {
		out[k.ID] = k.Outcome
	}
	return out
}

func TestADayShowsDoneLateSkippedAndTheChecklistNobodyOpened(t *testing.T) {
	db := storetest.Open(t)
	db.Update(func(tx *bolt.Tx) error { return checklists.SeedDefaults(tx, at("2026-11-01T00:00:00Z")) })
	h := berlin9to5()
	// Thursday 3 December: Riley ticks task 1 on time and task 3 at 11:00
	// Berlin, an hour after it was due; Sam never opens Shopdesk.
	r := today(t, db, rep, h, at("2026-12-03T08:00:00Z"))[0]
	for _, m := range []struct {
		task uint64
		when string
	}{{1, "2026-12-03T08:30:00Z"}, {3, "2026-12-03T10:00:00Z"}} {
		if err := db.Update(func(tx *bolt.Tx) error {
			_, err := checklists.Mark(tx, rep, rep.ID, r.Date, r.TemplateID, m.task, true, "", at(m.when))
			return err
		}); err != nil {
			t.Fatal(err)
		}
	}
	day := func(date string, now time.Time) checklists.Day {
		t.Helper()
		var d checklists.Day
		if err := db.View(func(tx *bolt.Tx) (err error) {
			d, err = checklists.DayOf(tx, []checklists.Person{rep, other}, h, date, now)
			return err
		}); err != nil {
			t.Fatal(err)
		}
		return d
	}
	// Read the next morning.
	d := day("2026-12-03", at("2026-12-04T07:00:00Z"))
	if d.Today || d.Closed || len(d.People) != 2 {
		t.Fatalf("day: %+v", d)
	}
	riley := d.People[0].Runs[0]
	got := outcomes(riley)
	if got[1] != checklists.Done || got[3] != checklists.DoneLate || got[2] != checklists.Skipped || got[7] != checklists.NotNeeded || riley.Missing {
		t.Fatalf("Riley's day: %v", got)
	}
	if riley.Done != 2 || riley.Counted != 7 || riley.Late != 1 {
		t.Fatalf("Riley's figures: done %d of %d, late %d", riley.Done, riley.Counted, riley.Late)
	}
	if sam := d.People[1].Runs; len(sam) != 1 || !sam[0].Missing || outcomes(sam[0])[1] != checklists.Skipped {
		t.Fatalf("Sam's day: %+v", sam)
	}
	// The same day, read at noon: task 2 is late now, Sam's is not missing yet.
	d = day("2026-12-03", at("2026-12-03T11:00:00Z"))
	if !d.Today || outcomes(d.People[0].Runs[0])[2] != checklists.LateNow || len(d.People[1].Runs) != 0 {
		t.Fatalf("today: %+v", d.People)
	}
	// Christmas Day the shop is closed: nothing was due.
	if d := day("2026-12-25", at("2026-12-28T07:00:00Z")); !d.Closed || len(d.People[0].Runs) != 0 {
		t.Fatalf("a holiday: %+v", d)
	}
	// Before the checklist existed nothing was missed.
	if d := day("2026-10-20", at("2026-12-04T07:00:00Z")); len(d.People[1].Runs) != 0 {
		t.Fatalf("a day before the checklist: %+v", d.People[1])
	}
	for _, bad := range []string{"2026-12-05", "yesterday", "2026-13-01"} {
		err := db.View(func(tx *bolt.Tx) error {
			_, err := checklists.DayOf(tx, []checklists.Person{rep}, h, bad, at("2026-12-04T07:00:00Z"))
			return err
		})
		if err == nil {
			t.Errorf("day %q: no error", bad)
		}
	}
}

func TestCompletionRatesCountFinishedOpenDaysOnly(t *testing.T) {
	db := storetest.Open(t)
	db.Update(func(tx *bolt.Tx) error { return checklists.SeedDefaults(tx, at("2026-11-01T00:00:00Z")) })
	h := berlin9to5()
	// Riley does every task but the as-needed ones on Monday 30 November
	// and Tuesday 1 December (all on time), and opens nothing after.
	for _, date := range []string{"2026-11-30", "2026-12-01"} {
		r := today(t, db, rep, h, at(date+"T07:30:00Z"))[0]
		for _, k := range r.Tasks {
			if k.Timeframe == checklists.AsNeeded {
				continue
			}
			db.Update(func(tx *bolt.Tx) error {
				_, err := checklists.Mark(tx, rep, rep.ID, date, r.TemplateID, k.ID, true, "", at(date+"T07:45:00Z"))
				return err
			})
		}
	}
	var c checklists.Completion
	// Read on Thursday 3 December over the last 7 days: Thu 26 to Wed 2;
	// the weekend is closed, so five open days.
	if err := db.View(func(tx *bolt.Tx) (err error) {
		c, err = checklists.CompletionOf(tx, []checklists.Person{rep}, h, 7, at("2026-12-03T12:00:00Z"))
		return err
	}); err != nil {
		t.Fatal(err)
	}
	p := c.People[0]
	if c.From != "2026-11-26" || c.To != "2026-12-02" || p.Counted != 5*7 || p.Done != 2*7 || p.MissedDays != 3 || p.Late != 0 {
		t.Fatalf("completion: %+v %+v", c, p)
	}
	if len(c.Tasks) != 9 || c.Tasks[0].Counted != 5 || c.Tasks[0].Done != 2 || c.Tasks[6].Counted != 0 {
		t.Fatalf("by task: %+v", c.Tasks)
	}
	if err := db.View(func(tx *bolt.Tx) error {
		_, err := checklists.CompletionOf(tx, nil, h, 0, time.Now())
		return err
	}); err == nil {
		t.Fatal("zero days accepted")
	}
}

func TestTwoPeopleTickingAtOnceLoseNothing(t *testing.T) {
	db := storetest.Open(t)
	s, err := checklists.NewService(db)
	if err != nil {
		t.Fatal(err)
	}
	now := at("2026-12-03T09:00:00Z")
	s.SetClock(func() time.Time { return now })
	runs, err := s.Today(rep)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Today(other); err != nil {
		t.Fatal(err)
	}
	r := runs[0]
	// Riley and the owner tick tasks of Riley's run while Sam ticks his own.
	var wg sync.WaitGroup
	for i, job := range []struct {
		by     checklists.Person
		person uint64
		tasks  []uint64
	}{{rep, rep.ID, []uint64{1, 3, 5}}, {owner, rep.ID, []uint64{2, 4, 6}}, {other, other.ID, []uint64{1, 2, 3}}} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, k := range job.tasks {
				if _, err := s.Mark(job.by, job.person, r.Date, r.TemplateID, k, true, ""); err != nil {
					t.Errorf("job %d task %d: %v", i, k, err)
				}
			}
		}()
	}
	wg.Wait()
	mine, _ := s.Today(rep)
	sams, _ := s.Today(other)
	done := func(r checklists.Run) (n int) {
		for _, k := range r.Tasks {
			if k.Done {
				n++
			}
		}
		return n
	}
	if done(mine[0]) != 6 || len(mine[0].History) != 6 || done(sams[0]) != 3 {
		t.Fatalf("Riley has %d done (%d in history), Sam %d", done(mine[0]), len(mine[0].History), done(sams[0]))
	}
	by := map[string]int{}
	for _, h := range mine[0].History {
		by[h.By]++
	}
	if by[rep.Name] != 3 || by[owner.Name] != 3 {
		t.Fatalf("who ticked: %v", by)
	}
}

func TestAClockTimeOutsideBusinessHoursIsRefused(t *testing.T) {
	db := storetest.Open(t)
	if err := db.Update(func(tx *bolt.Tx) error {
		shop, err := settings.Get(tx)
		if err != nil {
			return err
		}
		shop.StoreName, shop.Hours = "Hill & Hollow", berlin9to5()
		return settings.Put(tx, shop)
	}); err != nil {
		t.Fatal(err)
	}
	s, err := checklists.NewService(db)
	if err != nil {
		t.Fatal(err)
	}
	c := checklists.Template{Name: "Evening", Tasks: []checklists.Task{{Title: "Call the courier.", Timeframe: checklists.AtTime, At: "19:30"}}}
	if _, err := s.Save(c); err == nil || !strings.Contains(err.Error(), "09:00 to 17:00") {
		t.Fatalf("a task at 19:30 in a 9-to-5 shop: %v", err)
	}
	// The checklist runs every day; the weekend, closed all day, has no
	// hours to be outside of.
	c.Tasks[0].At = "16:30"
	if _, err := s.Save(c); err != nil {
		t.Fatalf("a task at 16:30: %v", err)
	}
}

// On a clock set back (a dev build), the built-in checklist is dated by
// that clock: the day it was installed counts, and a person who did not
// open it missed it.
func TestTheBuiltInChecklistIsDatedByTheServiceClock(t *testing.T) {
	db := storetest.Open(t)
	now := at("2026-12-02T15:00:00Z")
	s, err := checklists.NewServiceAt(db, func() time.Time { return now })
	if err != nil {
		t.Fatal(err)
	}
	list, err := s.List()
	if err != nil || len(list) != 1 || !list[0].CreatedAt.Equal(now) {
		t.Fatalf("built-in checklist: %+v, %v", list, err)
	}
	now = at("2026-12-03T15:00:00Z")
	c, err := s.Completion([]checklists.Person{other}, 1)
	if err != nil || c.People[0].MissedDays != 1 {
		t.Fatalf("completion: %+v, %v", c, err)
	}
}

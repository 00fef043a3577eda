package summaries

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/backend/checklists"
	"shopdesk/backend/outbox"
	"shopdesk/backend/settings"
	"shopdesk/backend/store"
	"shopdesk/backend/templates"
	"shopdesk/backend/tickets"
	"shopdesk/backend/users"
)

// Person is who prepares or emails a summary.
type Person struct {
	ID    uint64
	Name  string
	Owner bool
}

// ErrNotSaved is an email asked for before the summary was saved.
var ErrNotSaved = errors.New("save the summary first: the email sends what was saved")

// Service keeps the end-of-day summaries. Safe for concurrent use.
type Service struct {
	db   *store.DB
	tix  *tickets.Service
	wake func() // the outbox has mail
	now  func() time.Time
}

// NewService returns a Service over db; tix gives the tickets being worked now.
func NewService(db *store.DB, tix *tickets.Service, wake func()) *Service {
	return &Service{db: db, tix: tix, wake: wake, now: time.Now}
}

// SetClock replaces the clock (tests, sample data).
func (s *Service) SetClock(now func() time.Time) { s.now = now }

// may says whether by may prepare the summary of date: anyone today, the
// owner any day before.
func may(by Person, date, today string) error {
	switch {
	case date > today:
		return fmt.Errorf("%s has not happened yet: choose today or a day before", date)
	case date != today && !by.Owner:
		return fmt.Errorf("only the owner prepares the summary of a day gone by: today's is yours to prepare")
	}
	return nil
}

func (s *Service) today(tx *bolt.Tx) (settings.Shop, string, error) {
	shop, err := settings.Get(tx)
	return shop, s.now().In(shop.Hours.Location()).Format("2006-01-02"), err
}

// Day reads a day's figures as they are now, the candidates for notable
// issues and highlights, and the saved summary. people are the shop's
// active people (for the checklist figures).
func (s *Service) Day(by Person, people []checklists.Person, date string) (d Day, err error) {
	active, err := s.tix.ActiveIDs()
	if err != nil {
		return d, err
	}
	err = s.db.View(func(tx *bolt.Tx) error {
		shop, today, err := s.today(tx)
		if err != nil {
			return err
		}
		if date == "" {
			date = today
		}
		if _, _, err := dayBounds(shop.Hours, date); err != nil {
			return err
		}
		if err := may(by, date, today); err != nil {
			return err
		}
		d = Day{Date: date, Today: date == today}
		if d.Live, d.Candidates, err = figures(tx, input{date: date, hours: shop.Hours, people: people, active: active, now: s.now()}); err != nil {
			return err
		}
		if d.Candidates == nil {
			d.Candidates = []Candidate{}
		}
		saved, ok, err := get(tx, date)
		if ok {
			d.Saved = &saved
		}
		return err
	})
	return d, err
}

// Save keeps the preparer's text. The first save fixes the figures as they
// are then; a later save keeps the text it replaces as an edit. A save
// from a version someone else has saved over is refused.
func (s *Service) Save(by Person, people []checklists.Person, date string, in Text) (out Summary, err error) {
	if in, err = in.clean(); err != nil {
		return out, err
	}
	active, err := s.tix.ActiveIDs()
	if err != nil {
		return out, err
	}
	err = s.db.Update(func(tx *bolt.Tx) error {
		shop, today, err := s.today(tx)
		if err != nil {
			return err
		}
		if _, _, err := dayBounds(shop.Hours, date); err != nil {
			return err
		}
		if err := may(by, date, today); err != nil {
			return err
		}
		now := s.now().UTC()
		cur, ok, err := get(tx, date)
		if err != nil {
			return err
		}
		if (ok && cur.Version != in.Version) || (!ok && in.Version != 0) {
			return conflict(cur, date, shop)
		}
		if !ok {
			f, _, err := figures(tx, input{date: date, hours: shop.Hours, people: people, active: active, now: s.now()})
			if err != nil {
				return err
			}
			out = Summary{Date: date, Figures: f, Notable: in.Notable, Highlights: in.Highlights,
				PreparedByID: by.ID, PreparedBy: by.Name, SavedAt: now, Edits: []Edit{}, Emailed: []Sent{}}
		} else {
			out = cur
			if cur.Notable == in.Notable && cur.Highlights == in.Highlights {
				return nil // nothing changed: no edit to show
			}
			out.Edits = append(out.Edits, Edit{At: now, ByID: by.ID, By: by.Name, Notable: cur.Notable, Highlights: cur.Highlights})
			out.Notable, out.Highlights = in.Notable, in.Highlights
		}
		out.Version++
		return put(tx, out)
	})
	return out, err
}

func conflict(cur Summary, date string, shop settings.Shop) error {
	d, _ := time.ParseInLocation("2006-01-02", date, shop.Hours.Location())
	who := "someone else"
	if cur.PreparedBy != "" {
		who = cur.PreparedBy
		if n := len(cur.Edits); n > 0 {
			who = cur.Edits[n-1].By
		}
	}
	return fmt.Errorf("%s saved the summary for %s while you were writing yours: reload to see what they wrote, then add yours (your text is still in the boxes)",
		who, d.Format("Monday 2 January"))
}

// Email sends the saved summary to the owner through the outbox, from the
// end-of-day summary template.
func (s *Service) Email(by Person, date string) (out Summary, err error) {
	err = s.db.Update(func(tx *bolt.Tx) error {
		shop, today, err := s.today(tx)
		if err != nil {
			return err
		}
		if err := may(by, date, today); err != nil {
			return err
		}
		cur, ok, err := get(tx, date)
		if err != nil {
			return err
		}
		if !ok {
			return ErrNotSaved
		}
		owner, err := users.FirstOwner(tx)
		if err != nil {
			return fmt.Errorf("the shop has no active owner to email the summary to")
		}
		if owner.Email == "" {
			return fmt.Errorf("%s has no email address: add one in People, then email the summary", owner.Name)
		}
		t, err := summaryTemplate(tx)
		if err != nil {
			return err
		}
		loc := shop.Hours.Location()
		day, _ := time.ParseInLocation("2006-01-02", date, loc)
		subject, text, html, missing := templates.Fill(t, map[string]string{
			"Summary Date": day.Format("Monday 2 January 2006"), "Prepared By": cur.PreparedBy,
			"Day Summary": Render(cur, loc), "Store Name": shop.StoreName, "Your Name": by.Name,
		})
		if len(missing) > 0 {
			return fmt.Errorf("the end-of-day summary template asks for [%s], which a summary cannot fill: change the template in Templates", missing[0])
		}
		m, err := outbox.Enqueue(tx, outbox.Message{To: owner.Email, ToName: owner.Name, Subject: subject, Text: text, HTML: html})
		if err != nil {
			return fmt.Errorf("email the summary to %s: %w", owner.Name, err)
		}
		out = cur
		out.Emailed = append(out.Emailed, Sent{At: s.now().UTC(), By: by.Name, To: owner.Email, Mail: m.ID})
		out.Version++
		if s.wake != nil {
			tx.OnCommit(s.wake)
		}
		return put(tx, out)
	})
	return out, err
}

func summaryTemplate(tx *bolt.Tx) (templates.Template, error) {
	list, err := templates.List(tx)
	if err != nil {
		return templates.Template{}, err
	}
	for _, t := range list {
		if t.DefaultKey == "end_of_day_summary" {
			return t, nil
		}
	}
	return templates.Template{}, fmt.Errorf("the end-of-day summary template was deleted: restore it in Templates, then email the summary")
}

func get(tx *bolt.Tx, date string) (Summary, bool, error) {
	var s Summary
	v := tx.Bucket(store.BucketSummaries).Get([]byte(date))
	if v == nil {
		return s, false, nil
	}
	if err := json.Unmarshal(v, &s); err != nil {
		return s, false, fmt.Errorf("read the summary of %s: %w", date, err)
	}
	return s, true, nil
}

func put(tx *bolt.Tx, s Summary) error {
	v, err := json.Marshal(s)
	if err != nil {
		return err
	}
	return tx.Bucket(store.BucketSummaries).Put([]byte(s.Date), v)
}

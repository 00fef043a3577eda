package app

import (
	"shopdesk/backend/summaries"
	"shopdesk/backend/users"
)

// Summaries are the end-of-day summaries. A rep prepares today's (the
// end-of-shift task); the owner any day gone by: the rule is kept in the
// summaries package.
type Summaries struct{ c *core }

func sumPerson(p users.Person) summaries.Person {
	return summaries.Person{ID: p.ID, Name: p.Name, Owner: p.Role == users.Owner}
}

// Day: anyone (a past day: the owner). The day's figures, the candidates
// for notable issues and highlights, and the saved summary. date "" is today.
func (s *Summaries) Day(date string) (out summaries.Day, err error) {
	defer guard("Summaries.Day", &err)
	me, err := s.c.sess.anyone()
	if err != nil {
		return out, err
	}
	people, err := s.c.shiftPeople()
	if err != nil {
		return out, err
	}
	return s.c.summaries.Day(sumPerson(me), people, date)
}

// Save: anyone (a past day: the owner). The first save fixes the figures.
func (s *Summaries) Save(date string, in summaries.Text) (out summaries.Summary, err error) {
	defer guard("Summaries.Save", &err)
	me, err := s.c.sess.anyone()
	if err != nil {
		return out, err
	}
	people, err := s.c.shiftPeople()
	if err != nil {
		return out, err
	}
	return s.c.summaries.Save(sumPerson(me), people, date, in)
}

// Email: anyone (a past day: the owner). Sends the saved summary to the
// owner through the outbox.
func (s *Summaries) Email(date string) (out summaries.Summary, err error) {
	defer guard("Summaries.Email", &err)
	me, err := s.c.sess.anyone()
	if err != nil {
		return out, err
	}
	return s.c.summaries.Email(sumPerson(me), date)
}

package app

import (
	"fmt"

	"shopdesk/backend/checklists"
	"shopdesk/backend/returns"
	"shopdesk/backend/users"
)

// Checklists are the shift's checklists. Everyone works their own today;
// the owner sets them up (and may tick anyone's, a rule the backend keeps).
type Checklists struct{ c *core }

func shiftPerson(p users.Person) checklists.Person {
	return checklists.Person{ID: p.ID, Name: p.Name, Role: string(p.Role), Owner: p.Role == users.Owner}
}

// Today: anyone. The signed-in person's checklists for today.
func (k *Checklists) Today() (out []checklists.Run, err error) {
	defer guard("Checklists.Today", &err)
	me, err := k.c.sess.anyone()
	if err != nil {
		return nil, err
	}
	runs, err := k.c.checklists.Today(shiftPerson(me))
	if err != nil {
		return nil, err
	}
	k.live(runs)
	return runs, nil
}

// live puts the figures behind linked tasks beside them.
func (k *Checklists) live(runs []checklists.Run) {
	for i := range runs {
		for j := range runs[i].Tasks {
			t := &runs[i].Tasks[j]
			switch t.Link {
			case checklists.LinkInbox:
				open, urgent, overdue := k.c.tickets.Workload()
				t.Live = fmt.Sprintf("%d open, %d urgent, %d overdue", open, urgent, overdue)
			case checklists.LinkRefunds:
				if n, err := k.c.returns.Counts(); err == nil {
					t.Live = fmt.Sprintf("%d to refund, %d received and waiting to be inspected", n.Tabs[returns.TabRefund], n.Tabs[returns.TabInspect])
				}
			}
		}
	}
}

// Mark: anyone, on their own checklist (the owner on anyone's).
func (k *Checklists) Mark(personID uint64, date string, templateID, taskID uint64, done bool, comment string) (r checklists.Run, err error) {
	defer guard("Checklists.Mark", &err)
	me, err := k.c.sess.anyone()
	if err != nil {
		return r, err
	}
	r, err = k.c.checklists.Mark(shiftPerson(me), personID, date, templateID, taskID, done, comment)
	if err == nil {
		runs := []checklists.Run{r}
		k.live(runs)
		r = runs[0]
	}
	return r, err
}

// List: anyone. The checklist templates.
func (k *Checklists) List() (out []checklists.Template, err error) {
	defer guard("Checklists.List", &err)
	if _, err = k.c.sess.anyone(); err != nil {
		return nil, err
	}
	return k.c.checklists.List()
}

// Save: owner only.
func (k *Checklists) Save(t checklists.Template) (out checklists.Template, err error) {
	defer guard("Checklists.Save", &err)
	if _, err = k.c.sess.owner(); err != nil {
		return out, err
	}
	if t.Audience == checklists.ForOne {
		p, err := k.c.users.Get(t.PersonID)
		if err != nil || !p.Active {
			return out, fmt.Errorf("the checklist is for nobody: the person chosen is no longer in Shopdesk, choose someone who is")
		}
	}
	return k.c.checklists.Save(t)
}

// Delete: owner only.
func (k *Checklists) Delete(id uint64) (err error) {
	defer guard("Checklists.Delete", &err)
	if _, err = k.c.sess.owner(); err != nil {
		return err
	}
	return k.c.checklists.Delete(id)
}

// shiftPeople is everyone active as the checklists see them, owner first.
func (c *core) shiftPeople() ([]checklists.Person, error) {
	all, err := c.users.List()
	if err != nil {
		return nil, err
	}
	out := []checklists.Person{}
	for _, p := range all {
		if p.Active {
			out = append(out, shiftPerson(p))
		}
	}
	return out, nil
}

// Day: owner only. Every person's checklists on a day (2026-12-03), with
// the ones nobody opened.
func (k *Checklists) Day(date string) (out checklists.Day, err error) {
	defer guard("Checklists.Day", &err)
	if _, err = k.c.sess.owner(); err != nil {
		return out, err
	}
	people, err := k.c.shiftPeople()
	if err != nil {
		return out, err
	}
	return k.c.checklists.Day(people, date)
}

// Completion: owner only. Completion rates by person and by task over the
// last days (30 on the history screen).
func (k *Checklists) Completion(days int) (out checklists.Completion, err error) {
	defer guard("Checklists.Completion", &err)
	if _, err = k.c.sess.owner(); err != nil {
		return out, err
	}
	people, err := k.c.shiftPeople()
	if err != nil {
		return out, err
	}
	return k.c.checklists.Completion(people, days)
}

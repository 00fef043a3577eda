package app

import (
	"shopdesk/backend/checklists"
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
	return k.c.checklists.Today(shiftPerson(me))
}

// Mark: anyone, on their own checklist (the owner on anyone's).
func (k *Checklists) Mark(personID uint64, date string, templateID, taskID uint64, done bool, comment string) (r checklists.Run, err error) {
	defer guard("Checklists.Mark", &err)
	me, err := k.c.sess.anyone()
	if err != nil {
		return r, err
	}
	return k.c.checklists.Mark(shiftPerson(me), personID, date, templateID, taskID, done, comment)
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

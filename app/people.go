package app

import "shopdesk/backend/users"

// People is the shop's owner and reps. Everyone sees the list (to assign
// tickets); only the owner adds or changes people.
type People struct{ c *core }

// List: anyone signed in.
func (p *People) List() (out []users.Person, err error) {
	defer guard("People.List", &err)
	if _, err = p.c.sess.anyone(); err != nil {
		return nil, err
	}
	return p.c.users.List()
}

// Add: owner only.
func (p *People) Add(np users.NewPerson) (out users.Person, err error) {
	defer guard("People.Add", &err)
	if _, err = p.c.sess.owner(); err != nil {
		return out, err
	}
	return p.c.users.Add(np)
}

// Update: owner only.
func (p *People) Update(id uint64, c users.Change) (out users.Person, err error) {
	defer guard("People.Update", &err)
	if _, err = p.c.sess.owner(); err != nil {
		return out, err
	}
	if out, err = p.c.users.Update(id, c); err == nil {
		if cur := p.c.sess.get(); cur != nil && cur.ID == id {
			p.c.sess.set(&out)
		}
	}
	return out, err
}

// ChangePassword: anyone, for themselves, knowing their current password.
func (p *People) ChangePassword(current, next string) (err error) {
	defer guard("People.ChangePassword", &err)
	me, err := p.c.sess.anyone()
	if err != nil {
		return err
	}
	return p.c.users.ChangePassword(me.ID, current, next)
}

package app

import (
	"shopdesk/backend/settings"
	"shopdesk/backend/users"
)

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
	// A password reset ends the person's remembered sign-in, in the same
	// transaction: the new password must be typed first.
	var also []users.Also
	if c.Password != nil {
		also = append(also, settings.Forget(id))
	}
	if out, err = p.c.users.Update(id, c, also...); err == nil {
		p.c.sess.update(&out)
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
	// One backend call, one transaction: the check, the new hash and the
	// end of a remembered sign-in commit together.
	if err = p.c.users.ChangePassword(me.ID, current, next, settings.Forget(me.ID)); err != nil {
		return err
	}
	p.c.sess.confirm(me.ID) // they just typed their password
	return nil
}

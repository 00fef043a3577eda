package app

import "shopdesk/backend/settings"

// Settings is the shop's name and service targets.
type Settings struct{ c *core }

// Get: anyone signed in (nothing secret in it).
func (s *Settings) Get() (shop settings.Shop, err error) {
	defer guard("Settings.Get", &err)
	if _, err = s.c.sess.anyone(); err != nil {
		return shop, err
	}
	return settings.Load(s.c.db)
}

// Save: owner only.
func (s *Settings) Save(shop settings.Shop) (err error) {
	defer guard("Settings.Save", &err)
	if _, err = s.c.sess.owner(); err != nil {
		return err
	}
	// Only the form's fields, in one transaction, through tickets: changed
	// business hours move open tickets' due times in the same transaction;
	// who is remembered is not the form's to change.
	if err = s.c.tickets.SaveSettings(settings.Form(shop)); err != nil {
		return err
	}
	s.c.ticketsChanged.poke()
	return nil
}

// DefaultTargets: anyone signed in. For "restore defaults" in the form.
func (s *Settings) DefaultTargets() (t settings.Targets, err error) {
	defer guard("Settings.DefaultTargets", &err)
	if _, err = s.c.sess.anyone(); err != nil {
		return t, err
	}
	return settings.DefaultTargets(), nil
}

package app

import (
	"errors"
	"fmt"
	"log/slog"

	"shopdesk/backend/settings"
	"shopdesk/backend/users"
)

// Session is signing in and out, and first-run setup.
type Session struct{ c *core }

// Choice is a name on the sign-in screen.
type Choice struct {
	ID   uint64     `json:"id"`
	Name string     `json:"name"`
	Role users.Role `json:"role"`
}

// State is what the window needs to decide which screen to show.
type State struct {
	// OpenError is set when the data file could not be opened.
	OpenError string `json:"openError"`
	// OpenErrorKind is damaged, locked, foreign or other (see openanother.go).
	OpenErrorKind string        `json:"openErrorKind"`
	DataPath      string        `json:"dataPath"`
	NeedsSetup    bool          `json:"needsSetup"`
	StoreName     string        `json:"storeName"`
	People        []Choice      `json:"people"`
	Current       *users.Person `json:"current"`
	// PasswordNeeded: the owner was signed in from a remembered sign-in and
	// must type their password (Confirm) before owner-only changes.
	PasswordNeeded bool `json:"passwordNeeded"`
}

// SetupInput is the first-run form.
type SetupInput struct {
	StoreName string `json:"storeName"`
	Name      string `json:"name"`
	Email     string `json:"email"`
	Password  string `json:"password"`
}

// State: anyone, signed in or not.
func (s *Session) State() (st State, err error) {
	defer guard("Session.State", &err)
	st.DataPath = s.c.path
	st.People = []Choice{}
	if err := s.c.unopened(); err != nil {
		st.OpenError = err.Error()
		st.OpenErrorKind = openErrorKind(err)
		return st, nil
	}
	if st.NeedsSetup, err = s.c.users.NeedsSetup(); err != nil {
		return st, err
	}
	shop, err := settings.Load(s.c.db)
	if err != nil {
		return st, err
	}
	st.StoreName = shop.StoreName
	people, err := s.c.users.List()
	if err != nil {
		return st, err
	}
	for _, p := range people {
		if p.Active {
			st.People = append(st.People, Choice{ID: p.ID, Name: p.Name, Role: p.Role})
		}
	}
	st.Current = s.c.sess.get()
	st.PasswordNeeded = s.c.sess.needsPassword()
	return st, nil
}

// Setup: anyone, once, on a shop with nobody in it. It signs the owner in.
func (s *Session) Setup(in SetupInput) (p users.Person, err error) {
	defer guard("Session.Setup", &err)
	if err := s.c.unopened(); err != nil {
		return p, err
	}
	targets := settings.DefaultTargets()
	shop := settings.Change{StoreName: &in.StoreName, Targets: &targets}
	// The store name is checked first so its message comes before the
	// owner's; the owner and the settings are then written in one
	// transaction, so a failure leaves nothing half set up.
	if err := validateShop(settings.Shop{StoreName: in.StoreName, Targets: targets}); err != nil {
		return p, err
	}
	if p, err = s.c.users.Setup(users.NewPerson{Name: in.Name, Email: in.Email, Password: in.Password}, settings.In(shop)); err != nil {
		return p, err
	}
	s.c.sess.set(&p)
	return p, nil
}

func validateShop(s settings.Shop) error {
	if err := s.Targets.Validate(); err != nil {
		return err
	}
	if len([]rune(s.StoreName)) > 100 {
		return fmt.Errorf("store name is too long: use at most 100 characters")
	}
	for _, r := range s.StoreName {
		if r != ' ' {
			return nil
		}
	}
	return fmt.Errorf("store name is empty: type your shop's name")
}

// SignIn: anyone. With remember set, this person is signed in again when
// Shopdesk next starts, until they sign out.
func (s *Session) SignIn(id uint64, password string, remember bool) (p users.Person, err error) {
	defer guard("Session.SignIn", &err)
	if err := s.c.unopened(); err != nil {
		return p, err
	}
	if p, err = s.c.users.SignIn(id, password); err != nil {
		return p, err
	}
	s.c.sess.set(&p)
	return p, s.remember(map[bool]uint64{true: p.ID}[remember])
}

// Confirm: the signed-in person, with their password. It gives an owner
// signed in from a remembered sign-in their owner rights for this window.
// Wrong passwords count as at sign-in.
func (s *Session) Confirm(password string) (err error) {
	defer guard("Session.Confirm", &err)
	me, err := s.c.sess.anyone()
	if err != nil {
		return err
	}
	if _, err = s.c.users.SignIn(me.ID, password); err != nil {
		return err
	}
	s.c.sess.confirm(me.ID)
	return nil
}

// SignOut: anyone. It also forgets a remembered sign-in.
func (s *Session) SignOut() (err error) {
	defer guard("Session.SignOut", &err)
	s.c.sess.set(nil)
	if s.c.openErr != nil {
		return nil
	}
	return s.remember(0)
}

// Quit: anyone. Closes the window (and the data file).
func (s *Session) Quit() { s.c.rt.Quit() }

// remember writes who is signed in at the next start (0: nobody); only
// that field, so it never undoes a settings save made meanwhile.
func (s *Session) remember(id uint64) error {
	_, err := settings.Update(s.c.db, settings.Change{RememberedUser: &id})
	return err
}

// resumeSession signs the remembered person in at start.
func (a *App) resumeSession() {
	shop, err := settings.Load(a.c.db)
	if err != nil || shop.RememberedUser == 0 {
		return
	}
	p, err := a.c.users.Get(shop.RememberedUser)
	if err != nil || !p.Active {
		if err != nil && !errors.Is(err, users.ErrNotFound) {
			slog.Warn("resume session", "err", err)
		}
		return
	}
	a.c.sess.resume(&p)
}

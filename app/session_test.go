package app_test

import (
	"errors"
	"path/filepath"
	"sync"
	"testing"

	"shopdesk/app"
	"shopdesk/backend/settings"
	"shopdesk/backend/store"
	"shopdesk/backend/store/storetest"
	"shopdesk/backend/tickets"
	"shopdesk/backend/users"
)

// reopen starts the app again on the same data file, as after a restart.
func reopen(t *testing.T, db *store.DB) *app.App {
	t.Helper()
	a, err := app.New(db, db.Path(), nil, app.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(a.Stop)
	a.Users().Cost = 4
	return a
}

func TestARememberedOwnerNeedsTheirPasswordForOwnerThings(t *testing.T) {
	db := storetest.OpenAt(t, filepath.Join(t.TempDir(), "shop.db"))
	s := openShop(t, db)
	if _, err := s.a.Session.SignIn(s.owner.ID, "correct horse", true); err != nil {
		t.Fatal(err)
	}
	s.a.Stop()
	a := reopen(t, db)

	st, err := a.Session.State()
	if err != nil || st.Current == nil || st.Current.ID != s.owner.ID || !st.PasswordNeeded {
		t.Fatalf("after restart: state = %+v, %v; want Maya signed in, password needed", st, err)
	}
	if _, err := a.Tickets.Create(tickets.NewTicket{Subject: "Hi", CustomerEmail: "ann@example.com", Message: "Hello"}); err != nil {
		t.Errorf("the desk should open on a remembered sign-in: %v", err)
	}
	shop, err := a.Settings.Get()
	if err != nil {
		t.Fatal(err)
	}
	shop.StoreName = "Taken over"
	if err := a.Settings.Save(shop); !errors.Is(err, app.ErrPasswordNeeded) {
		t.Errorf("Settings.Save on a remembered sign-in: %v, want password needed", err)
	}
	if _, err := a.People.Add(users.NewPerson{Name: "Eve", Email: "eve@shop.test", Role: users.Owner, Password: "let me in now"}); !errors.Is(err, app.ErrPasswordNeeded) {
		t.Errorf("People.Add on a remembered sign-in: %v, want password needed", err)
	}
	if err := a.Session.Confirm("not the password"); !errors.Is(err, users.ErrWrongPassword) {
		t.Errorf("Confirm with a wrong password: %v", err)
	}
	if err := a.Settings.Save(shop); !errors.Is(err, app.ErrPasswordNeeded) {
		t.Errorf("a wrong password gave owner rights: %v", err)
	}
	if err := a.Session.Confirm("correct horse"); err != nil {
		t.Fatal(err)
	}
	if st, _ := a.Session.State(); st.PasswordNeeded {
		t.Error("still asks for the password after Confirm")
	}
	if err := a.Settings.Save(shop); err != nil {
		t.Errorf("Settings.Save after Confirm: %v", err)
	}
}

func TestAPasswordChangeEndsTheRememberedSignIn(t *testing.T) {
	db := storetest.OpenAt(t, filepath.Join(t.TempDir(), "shop.db"))
	s := openShop(t, db)
	if _, err := s.a.Session.SignIn(s.rep.ID, "battery staple", true); err != nil {
		t.Fatal(err)
	}
	if err := s.a.People.ChangePassword("wrong one", "a new staple"); !errors.Is(err, users.ErrWrongPassword) {
		t.Fatalf("change with a wrong current password: %v", err)
	}
	if err := s.a.People.ChangePassword("battery staple", "a new staple"); err != nil {
		t.Fatal(err)
	}
	if st, _ := reopen(t, db).Session.State(); st.Current != nil {
		t.Errorf("after a password change, the next start signed %s in without it", st.Current.Name)
	}
	if _, err := s.a.Session.SignIn(s.rep.ID, "a new staple", false); err != nil {
		t.Errorf("the new password does not sign in: %v", err)
	}
}

func TestAPasswordResetByTheOwnerEndsTheRememberedSignIn(t *testing.T) {
	db := storetest.OpenAt(t, filepath.Join(t.TempDir(), "shop.db"))
	s := openShop(t, db)
	if _, err := s.a.Session.SignIn(s.rep.ID, "battery staple", true); err != nil {
		t.Fatal(err)
	}
	s.signIn(t, s.owner, "correct horse")
	// Signing the owner in (not remembered) forgot Raj; remember him again
	// the way the window would, then reset his password as the owner.
	if _, err := settings.Update(db, settings.Change{RememberedUser: &s.rep.ID}); err != nil {
		t.Fatal(err)
	}
	pw := "reset by owner"
	if _, err := s.a.People.Update(s.rep.ID, users.Change{Password: &pw}); err != nil {
		t.Fatal(err)
	}
	if st, _ := reopen(t, db).Session.State(); st.Current != nil {
		t.Errorf("after a reset, the next start signed %s in without the new password", st.Current.Name)
	}
}

func TestSettingsSavesAndSignInsNeverUndoOneAnother(t *testing.T) {
	db := storetest.Open(t)
	s := openShop(t, db)
	s.signIn(t, s.owner, "correct horse")
	shop, err := s.a.Settings.Get()
	if err != nil {
		t.Fatal(err)
	}
	shop.Website = "lamp.example"
	shop.RememberedUser = 999 // not the form's to change
	var wg sync.WaitGroup
	errs := make(chan error, 40)
	for i := range 20 {
		wg.Add(2)
		go func() { defer wg.Done(); errs <- s.a.Settings.Save(shop) }()
		go func() {
			defer wg.Done()
			_, err := s.a.Session.SignIn(s.owner.ID, "correct horse", i%2 == 0 || i == 19)
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	// The last sign-in may not be i == 19; remember once more, in order.
	if _, err := s.a.Session.SignIn(s.owner.ID, "correct horse", true); err != nil {
		t.Fatal(err)
	}
	got, err := settings.Load(db)
	if err != nil {
		t.Fatal(err)
	}
	if got.Website != "https://lamp.example" {
		t.Errorf("website = %q: a sign-in undid the settings save", got.Website)
	}
	if got.RememberedUser != s.owner.ID {
		t.Errorf("remembered = %d, want %d: a settings save undid the sign-in", got.RememberedUser, s.owner.ID)
	}
}

func TestSetupWritesTheOwnerAndTheShopTogether(t *testing.T) {
	db := storetest.Open(t)
	a := reopen(t, db)
	// A bad email fails after the store name passed: nothing is written.
	if _, err := a.Session.Setup(app.SetupInput{StoreName: "Lamp & Co", Name: "Maya", Email: "nope", Password: "correct horse"}); err == nil {
		t.Fatal("bad email accepted")
	}
	if shop, _ := settings.Load(db); shop.StoreName != "" {
		t.Errorf("a refused setup wrote the store name %q", shop.StoreName)
	}
	if _, err := a.Session.Setup(app.SetupInput{StoreName: "Lamp & Co", Name: "Maya", Email: "maya@shop.test", Password: "correct horse"}); err != nil {
		t.Fatal(err)
	}
	if st, _ := a.Session.State(); st.NeedsSetup || st.StoreName != "Lamp & Co" || st.PasswordNeeded {
		t.Errorf("after setup: %+v", st)
	}
}

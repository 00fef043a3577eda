package app_test

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"shopdesk/app"
	"shopdesk/backend/customers"
	"shopdesk/backend/orders"
	"shopdesk/backend/settings"
	"shopdesk/backend/store"
	"shopdesk/backend/store/storetest"
	"shopdesk/backend/templates"
	"shopdesk/backend/tickets"
	"shopdesk/backend/users"
)

type shop struct {
	a          *app.App
	rec        *recorder
	owner, rep users.Person
}

func newShop(t *testing.T) *shop {
	t.Helper()
	return openShop(t, storetest.Open(t))
}

// recorder is a window runtime that counts the mail events it is sent.
type recorder struct {
	mail    chan struct{}
	imports chan orders.ImportReport
}

func (r *recorder) Emit(event string, data any) {
	if rep, ok := data.(orders.ImportReport); ok && event == app.EventImport && rep.State != orders.ImportRunning {
		r.imports <- rep
	}
	if event == app.EventMail {
		select {
		case r.mail <- struct{}{}:
		default:
		}
	}
}
func (r *recorder) Quit() {}

func openShop(t *testing.T, db *store.DB) *shop {
	rec := &recorder{mail: make(chan struct{}, 1), imports: make(chan orders.ImportReport, 4)}
	a, err := app.New(db, db.Path(), nil, app.Options{AllowCrashTest: true, Runtime: rec})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(a.Stop)
	a.Users().Cost = 4
	s := &shop{a: a, rec: rec}
	s.owner, err = a.Session.Setup(app.SetupInput{StoreName: "Lamp & Co", Name: "Maya", Email: "maya@shop.test", Password: "correct horse"})
	if err != nil {
		t.Fatal(err)
	}
	s.rep, err = a.People.Add(users.NewPerson{Name: "Raj", Email: "raj@shop.test", Role: users.Rep, Password: "battery staple"})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func (s *shop) signIn(t *testing.T, p users.Person, pw string) {
	t.Helper()
	if _, err := s.a.Session.SignIn(p.ID, pw, false); err != nil {
		t.Fatal(err)
	}
}

func TestRepCannotDoOwnerThings(t *testing.T) {
	s := newShop(t)
	tk, err := s.a.Tickets.Create(tickets.NewTicket{Subject: "Hi", CustomerEmail: "ann@example.com", Message: "Hello"})
	if err != nil {
		t.Fatal(err)
	}
	s.signIn(t, s.rep, "battery staple")
	owner := users.Owner
	ownerOnly := map[string]func() error{
		"People.Add": func() error {
			_, err := s.a.People.Add(users.NewPerson{Name: "X", Email: "x@shop.test", Role: users.Owner, Password: "long enough"})
			return err
		},
		"People.Update (make myself owner)": func() error {
			_, err := s.a.People.Update(s.rep.ID, users.Change{Role: &owner})
			return err
		},
		"Settings.Save": func() error {
			return s.a.Settings.Save(settings.Shop{StoreName: "Mine now", Targets: settings.DefaultTargets()})
		},
		"Tickets.Delete":   func() error { return s.a.Tickets.Delete(tk.ID, "") },
		"Customers.Delete": func() error { return s.a.Customers.Delete(tk.CustomerID) },
		"Mail.Settings":    func() error { _, err := s.a.Mail.Settings(); return err },
		"Mail.TestSend":    func() error { return s.a.Mail.TestSend("raj@shop.test") },
		"Templates.Save":   func() error { _, err := s.a.Templates.Save(templates.Template{Name: "x"}); return err },
		"Feedback.Start":   func() error { _, err := s.a.Feedback.Start("x", 1, []uint64{tk.ID}, nil); return err },
		"Mail.Resend":      func() error { _, err := s.a.Mail.Resend(1); return err },
	}
	for name, call := range ownerOnly {
		t.Run(name, func(t *testing.T) {
			if err := call(); !errors.Is(err, app.ErrOwnerOnly) {
				t.Errorf("as a rep: err = %v, want ErrOwnerOnly", err)
			}
		})
	}
	// Nothing changed.
	if _, err := s.a.Tickets.Get(tk.ID); err != nil {
		t.Errorf("the ticket is gone: %v", err)
	}
	people, _ := s.a.People.List()
	if len(people) != 2 || people[1].Role != users.Rep {
		t.Errorf("people changed: %+v", people)
	}
	// A rep works tickets and customers.
	if _, err := s.a.Tickets.Reply(tk.ID, "On it!"); err != nil {
		t.Errorf("rep reply: %v", err)
	}
	if _, err := s.a.Customers.Create(customers.Input{Email: "bo@example.com"}); err != nil {
		t.Errorf("rep adds a customer: %v", err)
	}
}

func TestSignedOutCallsAreRefused(t *testing.T) {
	s := newShop(t)
	if err := s.a.Session.SignOut(); err != nil {
		t.Fatal(err)
	}
	calls := map[string]func() error{
		"Tickets.List":   func() error { _, err := s.a.Tickets.List(tickets.Query{}); return err },
		"Tickets.Create": func() error { _, err := s.a.Tickets.Create(tickets.NewTicket{}); return err },
		"Customers.List": func() error { _, err := s.a.Customers.List(customers.ListQuery{}); return err },
		"People.List":    func() error { _, err := s.a.People.List(); return err },
		"Settings.Get":   func() error { _, err := s.a.Settings.Get(); return err },
	}
	for name, call := range calls {
		if err := call(); !errors.Is(err, app.ErrSignedOut) {
			t.Errorf("%s signed out: err = %v", name, err)
		}
	}
	st, err := s.a.Session.State()
	if err != nil || st.Current != nil || st.NeedsSetup || len(st.People) != 2 || st.StoreName != "Lamp & Co" {
		t.Errorf("state = %+v, %v", st, err)
	}
}

func TestRememberedPersonIsSignedInAtStart(t *testing.T) {
	path := filepath.Join(t.TempDir(), "shop.db")
	db, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s := openShop(t, db)
	if _, err := s.a.Session.SignIn(s.rep.ID, "battery staple", true); err != nil {
		t.Fatal(err)
	}
	s.a.Stop()
	db.Close()
	db = storetest.OpenAt(t, path)
	a, err := app.New(db, path, nil, app.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(a.Stop)
	st, _ := a.Session.State()
	if st.Current == nil || st.Current.ID != s.rep.ID {
		t.Fatalf("after restart, current = %+v, want Raj", st.Current)
	}
	a.Session.SignOut()
	a2, _ := app.New(db, path, nil, app.Options{})
	t.Cleanup(a2.Stop)
	if st, _ := a2.Session.State(); st.Current != nil {
		t.Errorf("signing out did not forget the remembered person")
	}
}

func TestPanicsBecomeErrors(t *testing.T) {
	s := newShop(t)
	for _, kind := range []string{"panic", "nil"} {
		_, err := s.a.Diagnostics.Crash(kind)
		if err == nil || !strings.Contains(err.Error(), "something went wrong") {
			t.Errorf("Crash(%q) = %v, want the calm internal-error message", kind, err)
		}
	}
	if _, err := s.a.Tickets.List(tickets.Query{}); err != nil {
		t.Errorf("after a panic the app should still work: %v", err)
	}
	off, _ := app.New(nil, "", errors.New("x"), app.Options{})
	if _, err := off.Diagnostics.Crash("panic"); err == nil || !strings.Contains(err.Error(), "crash tests are off") {
		t.Errorf("crash test without the flag: %v", err)
	}
}

func TestOpenErrorIsShownNotCrashed(t *testing.T) {
	a, err := app.New(nil, "/somewhere/shop.db", store.ErrLocked, app.Options{})
	if err != nil {
		t.Fatal(err)
	}
	st, err := a.Session.State()
	if err != nil || !strings.Contains(st.OpenError, "already open") {
		t.Errorf("state = %+v, %v", st, err)
	}
	if _, err := a.Session.SignIn(1, "x", false); !errors.Is(err, store.ErrLocked) {
		t.Errorf("sign in with no data file: %v", err)
	}
	if _, err := a.Tickets.List(tickets.Query{}); err == nil {
		t.Error("listing tickets with no data file should fail, not crash")
	}
}

func TestAnUnreadableTicketListIsShownLikeAnOpenError(t *testing.T) {
	db := storetest.Open(t)
	s := openShop(t, db)
	s.signIn(t, s.owner, "correct horse")
	tk, err := s.a.Tickets.Create(tickets.NewTicket{Subject: "Parcel", CustomerEmail: "ann@example.com", Message: "Where is it?"})
	if err != nil {
		t.Fatal(err)
	}
	s.a.Stop()
	err = db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(store.BucketTicketRows).Put(store.U64(tk.ID), []byte("garbage"))
	})
	if err != nil {
		t.Fatal(err)
	}
	// New loads the list in the background: it returns, and the window
	// opens, before the damage is found.
	a, err := app.New(db, db.Path(), nil, app.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(a.Stop)
	if err := a.Loaded(); err == nil || !strings.Contains(err.Error(), "could not be read") {
		t.Errorf("Loaded = %v, want it to say the ticket list could not be read", err)
	}
	st, err := a.Session.State()
	if err != nil || !strings.Contains(st.OpenError, "could not be read") {
		t.Errorf("state = %+v, %v; want the damage as the open error", st, err)
	}
	if _, err := a.Session.SignIn(s.owner.ID, "correct horse", false); err == nil {
		t.Error("signed in over an unreadable ticket list")
	}
}

func TestSetupValidatesBeforeCreatingAnything(t *testing.T) {
	db := storetest.Open(t)
	a, _ := app.New(db, db.Path(), nil, app.Options{})
	t.Cleanup(a.Stop)
	a.Users().Cost = 4
	if _, err := a.Session.Setup(app.SetupInput{StoreName: "  ", Name: "Maya", Email: "maya@shop.test", Password: "correct horse"}); err == nil {
		t.Fatal("empty store name accepted")
	}
	if st, _ := a.Session.State(); !st.NeedsSetup {
		t.Error("a refused setup left a half set-up shop")
	}
}

func TestARepsReplyIsEmailedToTheTestInbox(t *testing.T) {
	s := newShop(t)
	s.signIn(t, s.rep, "battery staple")
	tk, err := s.a.Tickets.Create(tickets.NewTicket{Subject: "Parcel", CustomerEmail: "ann@example.com", Message: "Where is it?"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.a.Tickets.Reply(tk.ID, "It ships today."); err != nil {
		t.Fatal(err)
	}
	timeout := time.After(10 * time.Second)
	for {
		items, err := s.a.Mail.TestInbox()
		if err != nil {
			t.Fatal(err)
		}
		if len(items) == 1 {
			if items[0].View.Subject != "Re: Parcel [#1001]" || !strings.Contains(items[0].View.Text, "It ships today.") {
				t.Errorf("received %+v", items[0].View)
			}
			return
		}
		select { // the window is told when mail changed; look again then
		case <-s.rec.mail:
		case <-timeout:
			t.Fatal("the reply never reached the test inbox")
		}
	}
}
